using Microsoft.Playwright;

namespace FleetCatalog.BrowserTests;

/// <summary>
/// Debian's Chromium, driven by Playwright (whose own browser downloads cannot be reached from here):
/// CHROMIUM_PATH, else /usr/bin/chromium. Missing is a failure that says how to install it, not a skip.
/// </summary>
internal static class Chromium
{
    public static string ExecutablePath()
    {
        var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } set ? set : "/usr/bin/chromium";
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException(
                $"Chromium is not at {path}. The browser tests drive Debian's Chromium: install it with `apt-get install -y chromium` " +
                "(as root, or with sudo), or set CHROMIUM_PATH to a Chromium or Chrome executable.");
    }

    public static BrowserTypeLaunchOptions LaunchOptions(string executablePath) => new()
    {
        ExecutablePath = executablePath,
        Headless = true,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync",

            // Tests never touch the internet: any host but the loopback server fails at once instead of timing out.
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        ],
    };
}
