/**
 * Links the first occurrence of each glossary term on a page to its entry, as a plain link (works
 * without JavaScript). Longer terms win where two overlap.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Term } from '../parser/model.ts';

export interface TermLinker {
  entries: { term: string; href: string; title: string }[];
  /** Terms already linked on the current page. */
  seen: Set<string>;
}

/** A linker for one page; terms are matched verbatim (quotes included, as the glossary writes them). */
export function termLinker(terms: Term[], hrefOf: (id: string) => string): TermLinker {
  const entries = terms
    .filter((t) => t.term.length >= 2)
    .map((t) => ({ term: t.term, href: hrefOf(t.id), title: `名词解释：${t.term}` }))
    .sort((a, b) => b.term.length - a.term.length);
  return { entries, seen: new Set() };
}

export function linkTerms(text: string, linker: TermLinker): ElementContent[] {
  const out: ElementContent[] = [];
  let rest = text;
  for (;;) {
    let best: { index: number; entry: TermLinker['entries'][number] } | null = null;
    for (const entry of linker.entries) {
      if (linker.seen.has(entry.term)) continue;
      const index = rest.indexOf(entry.term);
      if (index >= 0 && (!best || index < best.index)) best = { index, entry };
    }
    if (!best) break;
    linker.seen.add(best.entry.term);
    if (best.index > 0) out.push({ type: 'text', value: rest.slice(0, best.index) });
    out.push(h('a', { href: best.entry.href, title: best.entry.title, className: ['term-link'] }, best.entry.term));
    rest = rest.slice(best.index + best.entry.term.length);
  }
  if (rest) out.push({ type: 'text', value: rest });
  return out;
}
