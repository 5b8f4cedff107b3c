// The deploy button maker: builds the link and snippets in the browser. Without JavaScript the page
// still documents the link by hand. The snippets match the ones `catalog button` prints.
(function () {
  'use strict';
  var form = document.querySelector('form.button-maker');
  if (!form) {
    return;
  }
  var base = form.getAttribute('data-deploy-base');
  var image = form.getAttribute('data-image');
  var repo = form.querySelector('#repo');
  var board = form.querySelector('#board');
  var error = form.querySelector('.maker-error');
  var output = form.querySelector('.maker-output');

  function repository(text) {
    var url;
    try {
      url = new URL(text.trim());
    } catch (e) {
      return { error: 'That is not a web address. Paste your repository\u2019s address, starting with https://.' };
    }
    if (url.protocol !== 'https:') {
      return { error: 'The address must start with https://; balenaCloud cannot fetch ' + url.protocol + ' addresses.' };
    }
    if (url.username || url.password) {
      return { error: 'Remove the user name and password from the address: the button is public.' };
    }
    var path = url.pathname.replace(/\/+$/, '').replace(/\.git$/, '');
    if (path.split('/').length < 3) {
      return { error: 'The address names no repository; it should look like https://github.com/owner/project.' };
    }
    return { url: url.origin + path };
  }

  function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  function show(id, text) {
    document.getElementById(id).textContent = text;
  }

  function build(event) {
    if (event) {
      event.preventDefault();
    }
    var result = repository(repo.value);
    if (result.error) {
      error.textContent = result.error;
      error.hidden = false;
      output.hidden = true;
      repo.setAttribute('aria-invalid', 'true');
      return;
    }
    error.hidden = true;
    repo.removeAttribute('aria-invalid');
    var link = base + '?repoUrl=' + encodeURIComponent(result.url) +
      (board.value ? '&defaultDeviceType=' + encodeURIComponent(board.value) : '');
    show('maker-url', link);
    show('maker-markdown', '[![Deploy with balena](' + image + ')](' + link + ')');
    show('maker-html', '<a href="' + escapeHtml(link) + '"><img src="' + image + '" alt="Deploy with balena"></a>');
    output.hidden = false;
    if (window.history && history.replaceState) {
      history.replaceState(null, '', '?repo=' + encodeURIComponent(repo.value.trim()) +
        (board.value ? '&board=' + encodeURIComponent(board.value) : ''));
    }
  }

  form.addEventListener('submit', build);
  var query = new URLSearchParams(window.location.search);
  if (query.get('repo')) {
    repo.value = query.get('repo');
    board.value = query.get('board') || '';
    build();
  }
})();
