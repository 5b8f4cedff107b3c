// catalog serve only (never in a built site): reloads the page when the site was rebuilt, and shows a
// banner when a rebuild failed (the page stays as the last good build). Served from /__catalog/ so the
// pages' Content-Security-Policy (same-origin scripts, no inline script or style) allows it. On the page
// serve shows before its first build, the stream is asked to say at once if that build is already live.
(() => {
  "use strict";
  const building = document.getElementById("catalog-serve-building") !== null;
  const events = new EventSource(building ? "/__catalog/events?building" : "/__catalog/events");
  let banner = null;

  events.addEventListener("reload", () => window.location.reload());
  events.addEventListener("failed", (event) => {
    const errors = JSON.parse(event.data).errors;
    const count = `${errors} ${errors === 1 ? "error" : "errors"}`;
    show(building
      ? `The first build failed with ${count} (see the terminal running catalog serve). Fix them and save: serve rebuilds on every change, and this page turns into the site.`
      : `The last rebuild failed with ${count} (see the terminal running catalog serve). This page is the last good build.`);
  });

  function show(message) {
    if (banner === null) {
      banner = document.createElement("div");
      banner.setAttribute("role", "alert");
      banner.id = "catalog-serve-banner";
      // Styles through the CSSOM: the policy refuses style attributes in markup, not these.
      Object.assign(banner.style, {
        position: "fixed", insetInline: "0", bottom: "0", zIndex: "2147483647", padding: "0.75rem 1rem",
        background: "#8a1c1c", color: "#fff", font: "1rem/1.4 system-ui, sans-serif",
        display: "flex", gap: "1rem", alignItems: "center", justifyContent: "space-between",
      });
      const text = document.createElement("p");
      text.style.margin = "0";
      const close = document.createElement("button");
      close.type = "button";
      close.textContent = "Dismiss";
      close.addEventListener("click", () => { banner.remove(); banner = null; });
      banner.append(text, close);
      document.body.append(banner);
    }

    banner.firstChild.textContent = message;
  }
})();
