// Fleet Catalog: small enhancements; every page works without them. Loaded in <head> (no inline scripts
// under the Content-Security-Policy) so the chosen colour theme applies before the page is drawn.
(function () {
  'use strict';
  var root = document.documentElement;
  var key = 'fleet-catalog-theme';
  root.classList.add('js');
  try {
    var saved = localStorage.getItem(key);
    if (saved === 'dark' || saved === 'light') {
      root.setAttribute('data-theme', saved);
    }
  } catch (e) { /* storage blocked: follow the system */ }

  var systemDark = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;

  function isDark() {
    var chosen = root.getAttribute('data-theme');
    return chosen ? chosen === 'dark' : !!(systemDark && systemDark.matches);
  }

  function wireToggle() {
    var toggle = document.querySelector('.theme-toggle');
    if (!toggle) {
      return;
    }
    var sync = function () { toggle.setAttribute('aria-pressed', String(isDark())); };
    toggle.addEventListener('click', function () {
      var next = isDark() ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try { localStorage.setItem(key, next); } catch (e) { /* this page only */ }
      sync();
    });
    if (systemDark && systemDark.addEventListener) {
      systemDark.addEventListener('change', sync);
    }
    sync();
    toggle.hidden = false;
  }

  function wireCopyButtons() {
    if (!navigator.clipboard) {
      return;
    }
    var status = document.createElement('span');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    document.body.appendChild(status);
    document.querySelectorAll('.code-block button.copy[hidden], .guide-code button.copy[hidden]').forEach(function (button) {
      var pre = button.closest('.code-block, .guide-code').querySelector('pre');
      if (!pre) {
        return;
      }
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(pre.textContent.replace(/\n$/, '')).then(function () {
          say(button, status, 'Copied');
        }, function () {
          say(button, status, 'Copy failed');
        });
      });
      button.hidden = false;
    });
  }

  function say(button, status, text) {
    button.textContent = text;
    status.textContent = text;
    setTimeout(function () { button.textContent = 'Copy'; status.textContent = ''; }, 2000);
  }

  // Search forms lead to the catalog pages without JavaScript; with it, to the search page. Nothing of the
  // search index is fetched here: the search page loads it.
  function wireSearchForms() {
    document.querySelectorAll('form.search[data-search-url]').forEach(function (form) {
      form.setAttribute('action', form.getAttribute('data-search-url'));
    });
    document.addEventListener('keydown', function (event) {
      var target = event.target;
      var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (event.key !== '/' || typing || event.ctrlKey || event.metaKey || event.altKey) {
        return;
      }
      var box = document.querySelector('#search-input, form.search[data-search-url] input[type=search]');
      if (box) {
        event.preventDefault();
        box.focus();
      }
    });
  }

  function ready() {
    wireToggle();
    wireCopyButtons();
    wireSearchForms();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }
})();
