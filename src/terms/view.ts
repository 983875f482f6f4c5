/**
 * The concordance (KWIC) as HTML, one renderer for the page's default terms (Astro) and for any query
 * (browser): per term, per document in the page's order, one <li data-kwic> per occurrence — ±20
 * characters of context, the match in <mark>, a link to the paragraph — so the counts shown are the
 * rows shown. The CSV export reads these rows back (data-* attributes hold the fields).
 */
import type { DocumentText } from '../document-text/model.ts';
import type { ConcordanceLine } from './concordance.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string): string => s.replace(/[&<>"']/gu, (c) => ESCAPES[c]!);

/** lines[t][d]: occurrences of term t in document d. */
export function renderConcordance(
  terms: readonly string[],
  docs: readonly Pick<DocumentText, 'id' | 'title' | 'href'>[],
  lines: ConcordanceLine[][][],
): string {
  return terms
    .map((term, t) => {
      const total = lines[t]!.reduce((s, l) => s + l.length, 0);
      const withHits = docs.map((d, k) => [d, lines[t]![k]!] as const).filter(([, l]) => l.length > 0);
      const groups = withHits.map(
        ([d, l]) =>
          `<section class="kwic-doc" data-doc="${esc(d.id)}"><h4><a href="${esc(d.href)}">${esc(d.title)}</a> <span class="count" data-kwic-count="">${l.length}</span>处</h4><ol class="kwic-list">${l.map((x) => row(term, d.title, x)).join('')}</ol></section>`,
      );
      return `<section class="kwic-term" data-term="${esc(term)}"><h3>“${esc(term)}”：<span data-kwic-total="">${total}</span>处，见于${withHits.length}份文件</h3>${groups.join('')}</section>`;
    })
    .join('');
}

function row(term: string, title: string, x: ConcordanceLine): string {
  const data = `data-kwic="" data-term="${esc(term)}" data-document="${esc(title)}"`;
  // Where it is: the smallest division (the chapter, not the 篇), the one the link opens.
  const where = [x.division.number, x.division.heading].filter(Boolean).join(' ');
  return `<li ${data}><a href="${esc(x.href)}"><span class="kwic-left">${esc(x.left)}</span><mark>${esc(x.match)}</mark><span class="kwic-right">${esc(x.right)}</span></a>${where ? `<span class="kwic-part">${esc(where)}</span>` : ''}</li>`;
}
