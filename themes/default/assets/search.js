// Fleet Catalog search page: Pagefind's chunked index, loaded only once somebody searches (or arrives with ?q=).
// The page is a plain GET form, so a search is a shareable URL: ?q=words&board=Raspberry+Pi+4&sort=stars.
const root = document.querySelector('[data-search-root]');
// Five results first, as Pagefind's own interface does: each shown result downloads its page's text (a few KB).
const PAGE_SIZE = 5;
const TYPING_PAUSE = 100; // ms: about the gap between the keys of a quick typist

if (root) {
  const form = root.querySelector('form.search-main');
  const input = root.querySelector('#search-input');
  const sort = root.querySelector('#search-sort');
  const status = root.querySelector('#search-status');
  const list = root.querySelector('#search-results');
  const empty = root.querySelector('.search-empty');
  const more = root.querySelector('.search-more');
  const boxes = Array.from(root.querySelectorAll('.search-filter input[type=checkbox]'));
  let loading = null;
  let counting = null;
  let totals = null;
  let latest = 0;
  let found = [];
  let shown = 0;

  // Loads Pagefind once; its index chunks then come on demand, a few kilobytes per word. Without a worker the
  // search runs on the page itself: one script fewer to download (about 12 KB), and it takes milliseconds.
  const load = () => {
    loading ??= import(root.dataset.bundleUrl + 'pagefind.js').then(async (module) => {
      await module.options({ baseUrl: root.dataset.basePath, excerptLength: 24, noWorker: true });
      await module.init();
      return module;
    });
    return loading;
  };

  // The filter index (counts per board, category...) is loaded once somebody reaches for the filters, not for
  // every first query; once loaded, every answer updates the counts.
  const loadCounts = () => {
    counting ??= load().then((module) => module.filters()).then((all) => {
      totals = all;
      updateCounts(all);
      return search();
    }).catch(() => {});
    return counting;
  };

  const chosenFilters = () => {
    const filters = {};
    for (const box of boxes) {
      if (box.checked) {
        (filters[box.name] ??= { any: [] }).any.push(box.value);
      }
    }
    return filters;
  };

  const syncUrl = () => {
    const params = new URLSearchParams();
    if (input.value.trim()) {
      params.set('q', input.value.trim());
    }
    boxes.filter((b) => b.checked).forEach((b) => params.append(b.name, b.value));
    if (sort.value) {
      params.set('sort', sort.value);
    }
    const query = params.toString();
    history.replaceState(null, '', query ? '?' + query : location.pathname);
  };

  const readUrl = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const box of boxes) {
      box.checked = params.getAll(box.name).includes(box.value);
      if (box.checked) {
        box.closest('details').open = true;
      }
    }
    sort.value = ['stars', 'updated'].includes(params.get('sort')) ? params.get('sort') : '';
  };

  const say = (text) => {
    status.textContent = text;
  };

  const search = async () => {
    const ticket = ++latest;
    const term = input.value.trim();
    const filters = chosenFilters();
    syncUrl();
    if (!term && Object.keys(filters).length === 0) {
      if (totals) {
        updateCounts(totals);
      }
      await show([], null);
      say('');
      return;
    }
    let module;
    try {
      module = await load();
    } catch {
      await show([], null);
      empty.hidden = false;
      say('Search is not available on this copy of the site. The pages below list every project.');
      return;
    }
    const options = { filters };
    if (sort.value) {
      options.sort = { [sort.value]: 'desc' };
    }
    const answer = await module.search(term || null, options);
    if (ticket !== latest || !answer) {
      return; // a newer keystroke has its own search running
    }
    if (totals) {
      updateCounts(answer.filters);
    }
    show(answer.results, term);
  };

  const updateCounts = (counts) => {
    for (const box of boxes) {
      const count = counts?.[box.name]?.[box.value] ?? 0;
      box.parentElement.querySelector('[data-count]').textContent = `(${count})`;
    }
  };

  // The first results are fetched before anything changes on screen, then drawn and announced in one step.
  const show = async (results, term) => {
    const ticket = latest;
    const pages = await Promise.all(results.slice(0, PAGE_SIZE).map((r) => r.data()));
    if (ticket !== latest) {
      return;
    }
    found = results;
    shown = pages.length;
    list.replaceChildren(...pages.map(item));
    more.hidden = shown >= found.length;
    empty.hidden = results.length > 0 || term === null;
    if (term !== null) {
      const what = term ? `for “${term}”` : 'for these filters';
      say(results.length === 0 ? `No results ${what}.` : `${results.length} ${results.length === 1 ? 'result' : 'results'} ${what}.`);
    }
  };

  const showMore = async () => {
    const ticket = latest;
    const next = found.slice(shown, shown + PAGE_SIZE);
    const pages = await Promise.all(next.map((r) => r.data()));
    if (ticket !== latest) {
      return;
    }
    const start = shown;
    pages.forEach((page) => list.appendChild(item(page)));
    shown += pages.length;
    more.hidden = shown >= found.length;
    return start;
  };

  const item = (page) => {
    const li = document.createElement('li');
    li.className = 'search-result';
    const meta = page.meta ?? {};
    if (meta.logo) {
      const logo = document.createElement('img');
      logo.className = 'result-logo';
      logo.src = meta.logo;
      logo.alt = '';
      logo.width = 48;
      logo.height = 48;
      logo.loading = 'lazy';
      li.appendChild(logo);
    } else {
      const placeholder = document.createElement('span');
      placeholder.className = 'result-logo logo-placeholder';
      placeholder.setAttribute('aria-hidden', 'true');
      placeholder.textContent = (meta.title ?? '?').slice(0, 1).toUpperCase();
      li.appendChild(placeholder);
    }
    const body = document.createElement('div');
    const title = document.createElement('h2');
    title.className = 'result-title';
    const link = document.createElement('a');
    link.href = page.url;
    link.textContent = meta.title ?? page.url;
    title.appendChild(link);
    body.appendChild(title);
    const facts = describe(page.filters ?? {});
    if (facts) {
      const line = document.createElement('p');
      line.className = 'result-facts';
      line.textContent = facts;
      body.appendChild(line);
    }
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    excerpt.append(...highlighted(page.excerpt || meta.summary || ''));
    body.appendChild(excerpt);
    li.appendChild(body);
    return li;
  };

  const describe = (filters) => {
    const parts = [...(filters.type ?? []), ...(filters.category ?? []), ...(filters.difficulty ?? [])];
    const boards = filters.board?.length ?? 0;
    if (boards > 0) {
      parts.push(boards === 1 ? `Runs on ${filters.board[0]}` : `Runs on ${boards} boards`);
    }
    return parts.join(' · ');
  };

  // Pagefind's excerpt is escaped text with <mark> around the matches: keep the text and the marks, nothing else.
  const highlighted = (html) => {
    const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstChild;
    return Array.from(parsed.childNodes).map((node) => {
      if (node.nodeName === 'MARK') {
        const mark = document.createElement('mark');
        mark.textContent = node.textContent;
        return mark;
      }
      return document.createTextNode(node.textContent);
    });
  };

  const resultLinks = () => Array.from(list.querySelectorAll('.result-title a'));

  // Down arrow from the box goes to the first result; up and down move through them; Escape returns to the box.
  const onKey = (event) => {
    const links = resultLinks();
    const at = links.indexOf(document.activeElement);
    if (event.key === 'ArrowDown' && (event.target === input || at >= 0)) {
      const next = links[at + 1];
      if (next) {
        event.preventDefault();
        next.focus();
      }
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      (links[at - 1] ?? input).focus();
    } else if (event.key === 'Escape' && at >= 0) {
      event.preventDefault();
      input.focus();
    }
  };

  let timer = 0;
  // The search, which also fetches each shown result, waits for a pause in the typing, so that a half-typed word
  // does not download results nobody sees.
  input.addEventListener('input', () => {
    clearTimeout(timer);
    if (input.value.trim().length !== 1) { // one letter matches nearly everything: wait for the next
      timer = setTimeout(search, TYPING_PAUSE);
    }
  });
  input.addEventListener('focus', () => { load().catch(() => {}); }, { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    search();
  });
  boxes.forEach((box) => box.addEventListener('change', search));
  const filters = root.querySelector('.search-filters');
  ['focusin', 'pointerenter', 'touchstart'].forEach((type) => filters.addEventListener(type, loadCounts, { once: true, passive: true }));
  sort.addEventListener('change', search);
  root.addEventListener('keydown', onKey);
  more.querySelector('button').addEventListener('click', async () => {
    const first = await showMore();
    resultLinks()[first]?.focus();
  });

  // Short filter lists start unfolded beside the results on wide screens; on a phone they would push the results down.
  if (window.matchMedia('(min-width: 60rem)').matches) {
    root.querySelectorAll('details.search-filter[data-open]').forEach((details) => { details.open = true; });
  }

  readUrl();
  if (boxes.some((b) => b.checked)) {
    loadCounts();
  } else if (input.value) {
    search();
  }
}
