/**
 * The one "link to this" helper of the reading text: every element rendered from a model node (section,
 * box, paragraph, list item, glossary entry, table) carries an anchor to its stable id, titled with the
 * source line the node starts on ("原文第 N 行").
 *
 * The anchor holds no text: its glyph (#, or a paragraph's number) is drawn by CSS generated content,
 * which a browser never puts into a copy, so selecting and copying any passage yields the source text and
 * nothing else. Its accessible name is its aria-label.
 *
 * A paragraph's number is the N of its id p-N: paragraphs are numbered in reading order through the
 * document (parser/ids.ts), so the number a reader sees, the anchor in the address and the citation's
 * 第N段 are one and the same.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { paragraphNumber } from './paragraph-number.ts';

export type SelfLinkKind = 'section' | 'paragraph';

/** The self-link of one node. With `children`, they become the link's text (a law article's number). */
export function selfLink(id: string, kind: SelfLinkKind, line: number | undefined, children: ElementContent[] = []): Element {
  const title = line ? `原文第 ${line} 行` : undefined;
  // Attributes in a fixed order (href first): hastscript keeps the order given, and stable HTML keeps builds comparable.
  if (children.length) return h('a', { href: `#${id}`, className: ['self-link-text'], title }, children);
  const n = kind === 'paragraph' ? paragraphNumber(id) : undefined;
  return h('a', {
    href: `#${id}`,
    className: ['self-link', `self-link-${kind}`],
    ariaLabel: kind === 'section' ? '链接到本节' : n ? `第${n}段，链接到此段` : '链接到此段',
    title,
    dataPagefindIgnore: '',
    dataN: n,
  });
}
