/**
 * rehype plugin, the one "link to this" mechanism of the reading text: every element rendered from a
 * model node (section, box, paragraph, list item, glossary entry, table) gets an anchor to its stable id,
 * titled with the source line the node starts on ("原文第 N 行").
 *
 * The anchor holds no text: its glyph (¶, #) is drawn by CSS generated content, which a browser never
 * puts into a copy, so selecting and copying any passage yields the source text and nothing else. Its
 * accessible name is its aria-label. Runs after rehype-slug, so nothing of it enters a heading slug.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface SelfLinkOptions {
  /** Source line of each node id the text shows (model `source.line`). Elements with other ids get no link. */
  lines: ReadonlyMap<string, number>;
}

const HEADING = /^h[1-6]$/;

export type SelfLinkKind = 'section' | 'paragraph';

/** The self-link of one node. With `children`, they become the link's text (a law article's number). */
export function selfLink(id: string, kind: SelfLinkKind, line: number | undefined, children: ElementContent[] = []): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      href: `#${id}`,
      className: children.length ? ['self-link-text'] : ['self-link', `self-link-${kind}`],
      ...(children.length ? {} : { ariaLabel: kind === 'section' ? '链接到本节' : '链接到此段' }),
      ...(line ? { title: `原文第 ${line} 行` } : {}),
      dataPagefindIgnore: children.length ? undefined : '',
    },
    children,
  };
}

const isElement = (n: unknown, tag: string | RegExp): n is Element =>
  (n as Element).type === 'element' && (typeof tag === 'string' ? (n as Element).tagName === tag : tag.test((n as Element).tagName));

export default function rehypeSelfLinks(options: SelfLinkOptions) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const id = node.properties.id;
      if (typeof id !== 'string' || !options.lines.has(id)) return;
      const line = options.lines.get(id);
      const classes = (node.properties.className as string[] | undefined) ?? [];
      if (node.tagName === 'section' || node.tagName === 'aside') {
        const heading = node.children.find((c) => isElement(c, HEADING));
        if (!heading) return;
        const num = heading.children.findIndex((c) => isElement(c, 'span') && (c.properties.className as string[]).includes('num'));
        if (classes.includes('run-in') && num >= 0) {
          // A run-in heading (第一条 为了…) is its number alone: the number itself is the link, no glyph.
          const span = heading.children[num] as Element;
          heading.children[num] = { ...span, children: [selfLink(id, 'section', line, span.children)] };
        } else heading.children.push(selfLink(id, 'section', line));
      } else if (node.tagName === 'p' || node.tagName === 'li') {
        // A list item's text sits in a paragraph of its own: the link goes at the end of the text.
        const target = node.tagName === 'li' ? (node.children.find((c) => isElement(c, 'p')) ?? node) : node;
        target.children.push(selfLink(id, 'paragraph', line));
      } else if (classes.includes('term')) {
        const dd = node.children.find((c) => isElement(c, 'dd'));
        dd?.children.push(selfLink(id, 'paragraph', line));
      } else if (node.tagName === 'table') {
        const caption = node.children.find((c) => isElement(c, 'caption'));
        caption?.children.push(selfLink(id, 'section', line));
      }
    });
  };
}
