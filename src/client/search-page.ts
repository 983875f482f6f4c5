/**
 * The search page: state in the query string (q, document, kind, region, year), results grouped by
 * document with counts and highlighted excerpts, arrow keys and Enter in the result list.
 */
import { loadEngine, FILTER_KEYS, type Engine, type Filters, type SearchOutcome, type SearchResult } from './search-engine.ts';
import { focusSearchOnSlash } from './search-shortcut.ts';
import { parseQuery, queryKey } from './search-text.ts';

focusSearchOnSlash();

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const selects = FILTER_KEYS.map((k) => form.querySelector<HTMLSelectElement>(`select[name="${k}"]`)!);
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLElement>('[data-search-results]')!;

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
  return { q: params.get('q') ?? '', filters };
}

function stateFromForm(): { q: string; filters: Filters } {
  const filters: Filters = {};
  FILTER_KEYS.forEach((k, i) => {
    if (selects[i]!.value) filters[k] = selects[i]!.value;
  });
  return { q: input.value, filters };
}

function urlFor(q: string, filters: Filters): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const k of FILTER_KEYS) if (filters[k]) params.set(k, filters[k]!);
  const s = params.toString();
  return `${location.pathname}${s ? `?${s}` : ''}`;
}

function resultLink(r: SearchResult, terms: readonly string[]): HTMLAnchorElement {
  const a = h('a', 'search-result');
  const params = new URLSearchParams();
  for (const t of terms) params.append('hl', t);
  a.href = `${r.page.url}?${params}${r.anchor ? `#${encodeURIComponent(r.anchor)}` : ''}`;
  a.dataset.searchResult = '';
  a.dataset.url = r.page.url;
  const head = h('span', 'search-result-head');
  head.append(h('span', 'search-result-title', r.page.title), h('span', 'search-result-count', `${r.count} 处`));
  const ex = h('span', 'search-result-excerpt');
  for (const part of r.excerpt) ex.append(part.mark ? h('mark', undefined, part.text) : document.createTextNode(part.text));
  a.append(head);
  const crumbs = r.page.breadcrumb.split(' › ').slice(1, -1).join(' › ');
  if (crumbs) a.append(h('span', 'search-result-breadcrumb', crumbs));
  a.append(ex);
  return a;
}

function render(outcome: SearchOutcome, q: string, elapsed: number): void {
  const { results, query } = outcome;
  const total = results.reduce((n, r) => n + r.count, 0);
  status.replaceChildren();
  if (query.terms.length === 0) {
    status.textContent = q.trim() ? '请输入要查找的文字。' : '输入词语即可逐字查找全部文件。';
  } else {
    const count = h('strong', undefined, String(results.length));
    count.dataset.resultCount = '';
    status.append('共 ', count, results.length ? ` 个页面含有所查文字，合计 ${total} 处。` : ' 个页面含有所查文字。');
  }
  const groups = new Map<string, SearchResult[]>();
  for (const r of results) {
    const g = groups.get(r.page.document) ?? [];
    g.push(r);
    groups.set(r.page.document, g);
  }
  list.replaceChildren();
  for (const [doc, rs] of groups) {
    const section = h('section', 'search-group');
    section.dataset.group = doc;
    const title = rs[0]!.page.breadcrumb.split(' › ')[0] || rs[0]!.page.title;
    const heading = h('h2', undefined, title);
    heading.append(h('span', 'search-group-meta', `${rs[0]!.page.kind} · ${rs.length} 页 · ${rs.reduce((n, r) => n + r.count, 0)} 处`));
    const ol = h('ol');
    for (const r of rs) {
      const li = h('li');
      li.append(resultLink(r, query.terms));
      ol.append(li);
    }
    section.append(heading, ol);
    list.append(section);
  }
  list.dataset.renderedQuery = q;
  list.dataset.renderedKey = queryKey(query);
  list.dataset.elapsedMs = elapsed.toFixed(1);
  list.dataset.candidates = String(outcome.candidates); // pages Pagefind proposed, before verification
  list.dataset.renderedAt = performance.now().toFixed(1); // since navigation start
  list.dataset.state = 'done';
}

let engine: Promise<Engine> | null = null;
let serial = 0;

async function run(q: string, filters: Filters, startedAt: number): Promise<void> {
  const mine = ++serial;
  list.dataset.state = 'busy';
  try {
    // Nothing to look for: answer without loading the index (it loads with the first real query).
    if (parseQuery(q).terms.length === 0) {
      render({ query: { terms: [] }, results: [], candidates: 0 }, q, performance.now() - startedAt);
      return;
    }
    engine ??= loadEngine();
    const outcome = await (await engine).search(q, filters);
    if (mine === serial) render(outcome, q, performance.now() - startedAt);
  } catch (e) {
    engine = null;
    if (mine !== serial) return;
    status.textContent = `搜索暂时不可用：${e instanceof Error ? e.message : String(e)}`;
    list.replaceChildren();
    list.dataset.state = 'error';
  }
}

function applyUrlState(): void {
  const { q, filters } = stateFromUrl();
  input.value = q;
  const header = document.querySelector<HTMLInputElement>('#site-search');
  if (header) header.value = q;
  FILTER_KEYS.forEach((k, i) => {
    const select = selects[i]!;
    select.value = filters[k] ?? '';
    // A value from an old link that no longer exists: keep it visible rather than silently dropping it.
    if (filters[k] && select.value !== filters[k]) {
      select.append(new Option(filters[k]!, filters[k]!, true, true));
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
for (const s of selects) s.addEventListener('change', () => onChange(true));
form.addEventListener('submit', (e) => {
  e.preventDefault();
  onChange(true);
});
window.addEventListener('popstate', applyUrlState);

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
form.hidden = false;
applyUrlState();
