/**
 * The search page (/sok/): results as you type, the count in a polite live region, results as a
 * list of links (Tab, or the arrow keys from the field), and /sok/?q=… filled in and searched on
 * load. This is the page's only script, with the search logic (src/lib/search/) bundled in;
 * it imports Pagefind (/pagefind/pagefind.js, modulepreloaded by SearchPreload.astro) at once,
 * and Pagefind does its work (WebAssembly, index, excerpts) in its web worker, off the main thread.
 * Content pages load no JavaScript at all: their header field is a plain form that sends the
 * reader here with ?q=….
 *
 * The page's structure is all in the HTML (SearchPage.astro): this script shows and hides
 * nothing above the results, so the layout does not shift when it starts. It holds no language:
 * what it says comes from the page's `data-text-*` attributes (src/i18n/<lang>/search.ts).
 */
import { PAGEFIND_OPTIONS, searchSite, type PagefindApi, type SearchHit } from '../../lib/search/search';
import { queryLanguage } from '../../lib/search/query';
import { format } from '../../i18n/format';

/** Wait this long after the last key before searching. */
const DEBOUNCE_MS = 120;

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) enhance(root);

/**
 * Load and set up Pagefind once; a failed load is forgotten so that the next search tries again.
 * `metaCacheTag` makes Pagefind fetch its entry file under the URL that the page preloaded.
 */
function pagefindLoader(url: string, tag: string): () => Promise<PagefindApi> {
  let pagefind: Promise<PagefindApi> | undefined;
  return () => {
    pagefind ??= (async () => {
      const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
      await api.options({ ...PAGEFIND_OPTIONS, metaCacheTag: tag });
      await api.init();
      return api;
    })();
    pagefind.catch(() => {
      pagefind = undefined;
    });
    return pagefind;
  };
}

/** A `data-text-*` string of the page with `{n}` and `{q}` filled in. */
function text(root: HTMLElement, name: 'count' | 'none' | 'failed', values: { n?: number; q?: string } = {}): string {
  const key = `text${name[0]!.toUpperCase()}${name.slice(1)}`;
  return format(root.dataset[key] ?? '', values);
}

function enhance(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const list = root.querySelector<HTMLUListElement>('.search-page__results')!;
  const none = root.querySelector<HTMLElement>('.search-page__none')!;
  const header = document.querySelector<HTMLFormElement>('.site-header form[role="search"]');
  const load = pagefindLoader(root.dataset.pagefind!, root.dataset.indexTag!);
  // The page's language data for queries (src/i18n/<lang>/search.ts), handed over by the page.
  const language = queryLanguage({
    stopWords: root.dataset.stopWords ?? '',
    spellings: JSON.parse(root.dataset.spellings ?? '{}') as Record<string, string>,
  });

  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function run(query: string): Promise<void> {
    clearTimeout(timer);
    const ticket = ++latest;
    const q = query.trim();
    setUrl(q);
    if (q === '') {
      show([], '');
      return;
    }
    try {
      const hits = await searchSite(await load(), q, language);
      if (ticket === latest) show(hits, q);
    } catch {
      if (ticket !== latest) return;
      list.replaceChildren();
      list.hidden = true;
      status.textContent = text(root, 'failed');
      none.hidden = false;
    }
  }

  function show(hits: SearchHit[], q: string): void {
    list.replaceChildren(...hits.map(resultItem));
    list.hidden = hits.length === 0;
    none.hidden = q === '' || hits.length > 0;
    status.textContent =
      q === '' ? '' : hits.length === 0 ? text(root, 'none', { q }) : text(root, 'count', { n: hits.length, q });
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), DEBOUNCE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  // On this page the header field searches here too, instead of reloading the page.
  const headerInput = header?.querySelector('input');
  if (header && headerInput) {
    header.addEventListener('submit', (event) => {
      event.preventDefault();
      input.value = headerInput.value;
      input.focus();
      void run(input.value);
    });
  }

  // Arrow keys: from the field down into the results, and between them; Escape goes back up.
  root.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll('a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const go = (el: HTMLElement | undefined) => {
      if (!el) return;
      event.preventDefault();
      el.focus();
    };
    if (event.key === 'ArrowDown')
      go(document.activeElement === input ? links[0] : at >= 0 ? links[at + 1] : undefined);
    else if (event.key === 'ArrowUp' && at >= 0) go(at === 0 ? input : links[at - 1]);
    else if (event.key === 'Escape' && at >= 0) go(input);
  });

  const initial = new URLSearchParams(location.search).get('q') ?? '';
  if (initial.trim() !== '') {
    // A value the reader has already typed (or the browser restored) wins over the address.
    if (input.value === '') input.value = initial;
    void run(input.value);
  } else {
    // The reader is here to search: set Pagefind up now (in its worker, so this costs the page nothing).
    void load().catch(() => undefined);
  }
}

/** Keep /sok/?q=… in the address bar, so that reloading, Back and sharing keep the search. */
function setUrl(q: string): void {
  const url = new URL(location.href);
  if (q) url.searchParams.set('q', q);
  else url.searchParams.delete('q');
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}

function resultItem(hit: SearchHit): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-page__result';
  const heading = document.createElement('h2');
  heading.className = 'search-page__result-title';
  const link = document.createElement('a');
  link.className = 'search-page__result-link';
  link.href = hit.url;
  link.textContent = hit.title;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-page__excerpt';
  excerpt.append(...excerptNodes(hit.excerpt, hit.title));
  li.append(heading, excerpt);
  return li;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };

/**
 * Pagefind's excerpt is escaped text with <mark> around the matched words. Build it as text
 * nodes and <mark> elements rather than through innerHTML, so nothing in it can become markup.
 * The page's <h1> is part of the indexed text, so an excerpt from the top of the page starts
 * with the title, which the result already shows: that part is left out.
 */
function excerptNodes(excerpt: string, title: string): Node[] {
  const parts: { text: string; marked: boolean }[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>' || part === '</mark>') marked = part === '<mark>';
    else if (part !== '') parts.push({ text: decode(part), marked });
  }
  const plain = parts.map((p) => p.text).join('');
  let skip = plain.startsWith(title)
    ? title.length + (/^[.:]?\s*/.exec(plain.slice(title.length))?.[0].length ?? 0)
    : 0;
  const nodes: Node[] = [];
  for (const { text: whole, marked } of parts) {
    const text = whole.slice(Math.min(skip, whole.length));
    skip = Math.max(0, skip - whole.length);
    if (text === '') continue;
    if (marked) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(text));
    }
  }
  return nodes;
}

function decode(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(#?\w+);/g, (m, name: string) => ENTITIES[name] ?? m);
}
