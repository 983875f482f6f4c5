/**
 * The search page: state in the query string (q, document, kind, region, year), results grouped by
 * document with counts and highlighted excerpts, 20 at a time (more on scroll or with the button), arrow
 * keys and Enter in the result list, counts beside the filter values. Matching runs on Pagefind
 * (search/engine.ts); the total is exact and is marked aria-busy until it is known. Zero-result hints and
 * the view kept for Back live in search-guidance.ts and search-view.ts. Over 300 lines: the rest is one
 * state machine (a run per query, cancelled by the next) that a split would have to pass around.
 */
// The engine (and Pagefind) load with the first query: the empty search page needs neither.
import type { Matches, SearchEngine, SearchResult } from '../search/engine.ts';
import { FILTER_KEYS, SCOPES, type Filters, type Scope } from '../search/records.ts';
import { parseQuery, queryKey } from '../search/text.ts';
import { focusSearchOnSlash } from './search-shortcut.ts';
import { paragraphNumber } from '../lib/paragraph-number.ts';
import { rememberView, savedView, type SavedView } from './search-view.ts';

focusSearchOnSlash();

/** Results rendered at once; the rest follow on scroll or on "more". */
const PAGE_SIZE = 20;
/** Longer queries are refused with a message (a pasted page, not a search). */
const MAX_QUERY = 500;
const FILTER_LABELS: Record<string, string> = { document: '文件', kind: '类别', region: '地区', year: '年份' };

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const selects = FILTER_KEYS.map((k) => form.querySelector<HTMLSelectElement>(`select[name="${k}"]`)!);
const scopeSelect = form.querySelector<HTMLSelectElement>('select[name="scope"]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLElement>('[data-search-results]')!;
const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;

function h<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function stateFromUrl(): { q: string; filters: Filters } {
  const params = new URLSearchParams(location.search);
  const filters: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) filters[k] = v;
  }
  scope = SCOPES.find((x) => x !== 'page' && x === params.get('scope')) ?? 'page';
  return { q: params.get('q') ?? '', filters };
}

/** 同段 / 同句 or the whole page (the `scope` parameter; search/scope.ts). */
let scope: Scope = 'page';

function stateFromForm(): { q: string; filters: Filters } {
  const filters: Filters = {};
  FILTER_KEYS.forEach((k, i) => {
    if (selects[i]!.value) filters[k] = selects[i]!.value;
  });
  scope = SCOPES.find((x) => x !== 'page' && x === scopeSelect.value) ?? 'page';
  return { q: input.value, filters };
}

function urlFor(q: string, filters: Filters): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const k of FILTER_KEYS) if (filters[k]) params.set(k, filters[k]);
  if (scope !== 'page') params.set('scope', scope);
  const s = params.toString();
  return `${location.pathname}${s ? `?${s}` : ''}`;
}

/** The result's URL with the terms to highlight on arrival, at `anchor` (null: the top of the page). */
function resultHref(url: string, terms: readonly string[], anchor: string | null): string {
  const params = new URLSearchParams();
  for (const t of terms) params.append('hl', t);
  return `${url}?${params}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
}

/** A paragraph's number as the page shows it (p-96 → 第96段); other places have none. */

/**
 * One result: its title links to the first occurrence (counted, in reading order), each excerpt — the
 * page's best passages (search/excerpts.ts) — to its own paragraph.
 */
function resultItem(r: SearchResult, terms: readonly string[]): HTMLLIElement {
  const li = h('li', 'search-result-item');
  const a = h('a', 'search-result');
  a.href = resultHref(r.url, terms, r.anchor);
  a.dataset.searchResult = '';
  a.dataset.url = r.url;
  const head = h('span', 'search-result-head');
  head.append(h('span', 'search-result-title', r.title), h('span', 'search-result-count', `${r.hit.count} 处`));
  a.append(head);
  const crumbs = r.breadcrumb.split(' › ').slice(1, -1).join(' › ');
  if (crumbs) a.append(h('span', 'search-result-breadcrumb', crumbs));
  li.append(a);
  for (const e of r.excerpts) {
    const ex = h('a', 'search-result-excerpt');
    ex.href = resultHref(r.url, terms, e.anchor);
    ex.dataset.searchExcerpt = e.anchor ?? '';
    const n = paragraphNumber(e.anchor);
    if (n) ex.append(h('span', 'search-result-para', `第${n}段`));
    for (const part of e.parts) ex.append(part.mark ? h('mark', undefined, part.text) : document.createTextNode(part.text));
    li.append(ex);
  }
  return li;
}

/** The status line; the count element is aria-busy and says so until the total is exact. */
function showCounting(): void {
  const count = h('strong', undefined, '正在统计…');
  count.dataset.resultCount = '';
  count.setAttribute('aria-busy', 'true');
  status.replaceChildren('正在查找：', count);
}

function showTotal(m: Matches): void {
  const count = h('strong', undefined, String(m.hits.length));
  count.dataset.resultCount = '';
  status.replaceChildren('共 ', count, m.hits.length ? ` 个页面含有所查文字，合计 ${m.occurrences} 处。` : ' 个页面含有所查文字。');
}

/** One run of a query: its exact matches and how many of them are on screen. */
interface Shown {
  index: SearchEngine;
  matches: Matches;
  shown: number;
  /** Pages and occurrences per document, over all matches. */
  perDoc: Map<string, { pages: number; count: number }>;
  loading: boolean;
}
let current: Shown | null = null;

async function showMore(run: Shown, mine: number): Promise<void> {
  if (run.loading || run.shown >= run.matches.hits.length) return;
  run.loading = true;
  more.disabled = true;
  const slice = run.matches.hits.slice(run.shown, run.shown + PAGE_SIZE);
  const results = await run.index.describe(run.matches.query, slice, scope);
  if (mine !== serial) return;
  for (const r of results) {
    let section = list.lastElementChild as HTMLElement | null;
    if (!section || section.dataset.group !== r.doc.id) {
      section = h('section', 'search-group');
      section.dataset.group = r.doc.id;
      const heading = h('h2', undefined, r.doc.title);
      const d = run.perDoc.get(r.doc.id)!;
      heading.append(h('span', 'search-group-meta', `${r.doc.kind} · ${d.pages} 页 · ${d.count} 处`));
      section.append(heading, h('ol'));
      list.append(section);
    }
    section.querySelector('ol')!.append(resultItem(r, run.matches.query.terms));
  }
  run.shown += slice.length;
  run.loading = false;
  const left = run.matches.hits.length - run.shown;
  more.hidden = left <= 0;
  more.disabled = false;
  more.textContent = `显示更多结果（还有 ${left} 个页面）`;
  list.dataset.shown = String(run.shown);
}

let index: Promise<SearchEngine> | null = null;

/** The select's option labels as rendered (without counts). */
function optionLabel(o: HTMLOptionElement): string {
  o.dataset.label ??= o.textContent ?? '';
  return o.dataset.label;
}

function clearFilterCounts(): void {
  for (const s of selects) for (const o of s.options) if (o.value) o.textContent = optionLabel(o);
}

/**
 * Next to every filter value, the number of matching pages it would show: the query matched with the other
 * filters only (Pagefind's index is already loaded, so these are further searches without new downloads,
 * except the fragments a 同段/同句 scope reads for candidates outside the current filters).
 */
async function showFilterCounts(idx: SearchEngine, filters: Filters, matches: Matches, mine: number): Promise<void> {
  const byBase = new Map<string, Promise<Matches>>();
  for (const [i, key] of FILTER_KEYS.entries()) {
    const base: Filters = { ...filters };
    delete base[key];
    const k = JSON.stringify(base);
    if (!byBase.has(k)) byBase.set(k, filters[key] ? idx.matchScoped(matches.query, base, scope) : Promise.resolve(matches));
    const m = await byBase.get(k)!;
    if (mine !== serial) return;
    const counts = new Map<string, number>();
    for (const hit of m.hits) {
      const doc = idx.docs.get(hit.doc)!;
      const value = key === 'document' ? doc.id : doc[key];
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    for (const o of selects[i]!.options) if (o.value) o.textContent = `${optionLabel(o)}（${counts.get(o.value) ?? 0}）`;
  }
}
let serial = 0;

function finish(q: string, query: ReturnType<typeof parseQuery>, startedAt: number, state = 'done'): void {
  list.dataset.renderedQuery = q;
  list.dataset.renderedKey = queryKey(query);
  list.dataset.elapsedMs = (performance.now() - startedAt).toFixed(1);
  list.dataset.renderedAt = performance.now().toFixed(1); // since navigation start
  list.dataset.state = state;
}

async function run(q: string, filters: Filters, startedAt: number): Promise<void> {
  const mine = ++serial;
  current = null;
  list.dataset.state = 'busy';
  more.hidden = true;
  clearFilterCounts();
  try {
    const query = parseQuery(q);
    // Nothing to look for, or too much: answer without loading the index.
    if (query.terms.length === 0 || q.length > MAX_QUERY) {
      status.textContent =
        q.length > MAX_QUERY
          ? `查询太长（${q.length} 字），请缩短到 ${MAX_QUERY} 字以内。`
          : q.trim()
            ? '请输入要查找的文字（引号和空格本身不能查找）。'
            : '输入词语即可逐字查找全部文件。';
      list.replaceChildren();
      finish(q, query, startedAt);
      return;
    }
    showCounting();
    index ??= import('../search/engine.ts').then((m) => m.SearchEngine.open());
    const idx = await index;
    if (mine !== serial) return;
    const unknown = idx.unknownFilters(filters);
    if (unknown.length) {
      status.textContent = `没有符合筛选条件的文件：${unknown.map((k) => `${FILTER_LABELS[k]}“${filters[k]}”`).join('、')}。请在上方重新选择。`;
      list.replaceChildren();
      finish(q, query, startedAt);
      return;
    }
    const matches = await idx.matchScoped(parseQuery(q, idx.table), filters, scope);
    if (mine !== serial) return;
    showTotal(matches);
    list.dataset.countedAt = performance.now().toFixed(1);
    const perDoc = new Map<string, { pages: number; count: number }>();
    for (const hit of matches.hits) {
      const d = perDoc.get(hit.doc) ?? { pages: 0, count: 0 };
      d.pages++;
      d.count += hit.count;
      perDoc.set(hit.doc, d);
    }
    if (matches.hits.length === 0) {
      const { zeroResultHint } = await import('./search-guidance.ts');
      const hint = await zeroResultHint(idx, q, matches.query, filters, scope);
      if (mine !== serial) return;
      status.append(...hint);
    }
    current = { index: idx, matches, shown: 0, perDoc, loading: false };
    list.replaceChildren();
    await showMore(current, mine);
    // Back from a result: as many results as were shown, and the scroll position (history.state).
    const saved = restoring;
    restoring = null;
    while (saved && mine === serial && current.shown < Math.min(saved.shown, matches.hits.length)) await showMore(current, mine);
    if (mine !== serial) return;
    if (saved) window.scrollTo(0, saved.scrollY);
    finish(q, matches.query, startedAt);
    // The counts beside the filter values come after the results (more searches, no more downloads).
    await showFilterCounts(idx, filters, matches, mine);
    if (mine === serial) list.dataset.filterCounts = q;
  } catch (e) {
    index = null;
    if (mine !== serial) return;
    status.textContent = `搜索暂时不可用：${e instanceof Error ? e.message : String(e)}`;
    list.replaceChildren();
    list.dataset.state = 'error';
  }
}

/** What to bring back when the page is reloaded by Back (search-view.ts). */
let restoring: SavedView | null = null;
rememberView(() => current?.shown ?? null);

function applyUrlState(): void {
  const { q, filters } = stateFromUrl();
  input.value = q;
  scopeSelect.value = scope === 'page' ? '' : scope;
  const header = document.querySelector<HTMLInputElement>('#site-search');
  if (header) header.value = q;
  FILTER_KEYS.forEach((k, i) => {
    const select = selects[i]!;
    select.value = filters[k] ?? '';
    // A value from an old link that no longer exists: keep it visible rather than silently dropping it.
    if (filters[k] && select.value !== filters[k]) {
      select.append(new Option(filters[k], filters[k], true, true));
    }
  });
  void run(q, filters, performance.now());
}

function onChange(push: boolean): void {
  const startedAt = performance.now();
  const { q, filters } = stateFromForm();
  const url = urlFor(q, filters);
  if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  void run(q, filters, startedAt);
}

input.addEventListener('input', () => onChange(false));
for (const s of [...selects, scopeSelect]) s.addEventListener('change', () => onChange(true));
form.addEventListener('submit', (e) => {
  e.preventDefault();
  onChange(true);
});
window.addEventListener('popstate', () => {
  restoring = savedView();
  applyUrlState();
});
more.addEventListener('click', () => {
  if (current) void showMore(current, serial);
});
// Reaching the button while scrolling loads the next results too.
new IntersectionObserver((entries) => {
  if (current && entries.some((e) => e.isIntersecting)) void showMore(current, serial);
}).observe(more);

// Arrow keys move between the search field and the results; Enter follows the focused link.
function resultLinks(): HTMLAnchorElement[] {
  return Array.from(list.querySelectorAll<HTMLAnchorElement>('a[data-search-result]'));
}
document.addEventListener('keydown', (e) => {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  const links = resultLinks();
  if (links.length === 0) return;
  const active = document.activeElement;
  const at = links.indexOf(active as HTMLAnchorElement);
  if (active === input) {
    if (e.key !== 'ArrowDown') return;
    e.preventDefault();
    links[0]!.focus();
  } else if (at >= 0) {
    e.preventDefault();
    if (e.key === 'ArrowDown') links[Math.min(at + 1, links.length - 1)]!.focus();
    else if (at === 0) input.focus();
    else links[at - 1]!.focus();
  }
});
form.classList.add('is-ready');
const state = history.state as { shown?: unknown; scrollY?: unknown } | null;
if (state && typeof state.shown === 'number' && typeof state.scrollY === 'number')
  restoring = { shown: state.shown, scrollY: state.scrollY };
applyUrlState();
// Arriving here, ↓ goes from the search field into the results (and typing refines the query).
if (!restoring && !location.hash) input.focus({ preventScroll: true });
