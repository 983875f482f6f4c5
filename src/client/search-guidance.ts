/**
 * Why a search found nothing, said on the page with a way on: the terms meet on a page but not in one
 * paragraph or sentence (offer the whole page), a filter excluded every match (offer to clear it), or the
 * terms occur, only never together on one page (offer each term alone).
 */
import type { Filters, SearchEngine } from '../search/engine.ts';
import type { Query } from '../search/text.ts';
import type { Scope } from '../search/scope.ts';

function link(text: string, href: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

const searchHref = (q: string) => `/search/?${new URLSearchParams({ q })}`;
/** A term as a query of its own: one holding a quotation mark is quoted, so the mark is searched literally. */
const asQuery = (term: string) => (/[“”]/.test(term) ? `"${term}"` : term);

/** Nodes to append to the status line after "共 0 个页面…", or none when there is nothing to suggest. */
export async function zeroResultHint(
  engine: SearchEngine,
  q: string,
  query: Query,
  filters: Filters,
  scope: Scope = 'page',
): Promise<Array<Node | string>> {
  if (scope !== 'page') {
    const page = await engine.matchQuery(query, filters);
    if (page.hits.length > 0) {
      const params = new URLSearchParams(location.search);
      params.delete('scope');
      const wider = link('不限同段同句', `/search/?${params}`);
      wider.dataset.wholePage = '';
      return [
        ` ${scope === 'paragraph' ? '没有一段' : '没有一句'}同时含有这些词；在同一页面中同时出现的有 ${page.hits.length} 个页面：`,
        wider,
        '。',
      ];
    }
  }
  if (Object.values(filters).some(Boolean)) {
    const all = await engine.matchQuery(query);
    if (all.hits.length > 0) {
      const clear = link('清除筛选', searchHref(q));
      clear.dataset.clearFilters = '';
      return [` 筛选条件以外有 ${all.hits.length} 个页面含有所查文字：`, clear, '。'];
    }
  }
  if (query.terms.length > 1) {
    const alone = await Promise.all(query.terms.map(async (t) => ({ t, pages: (await engine.matchQuery({ terms: [t] })).hits.length })));
    const found = alone.filter((a) => a.pages > 0);
    if (found.length === 0) return [];
    const nodes: Array<Node | string> = [' 没有一个页面同时含有这些词。分开查找：'];
    found.forEach((a, i) => {
      if (i) nodes.push('、');
      const l = link(`“${a.t}”`, searchHref(asQuery(a.t)));
      l.dataset.termAlone = a.t;
      nodes.push(l, document.createTextNode(`（${a.pages} 个页面）`));
    });
    nodes.push('。');
    return nodes;
  }
  return [];
}
