/**
 * rehype plugin: gives every section and box heading a visible "link to this" anchor pointing at its
 * section's stable id. Runs after rehype-slug, so the anchor's text never enters a heading slug.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const HEADING = /^h[1-6]$/;

export default function rehypeSelfLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'section' && node.tagName !== 'aside') return;
      const id = node.properties.id;
      const heading = node.children.find((c): c is Element => c.type === 'element' && HEADING.test(c.tagName));
      if (typeof id !== 'string' || !heading) return;
      heading.children.push({
        type: 'element',
        tagName: 'a',
        properties: { href: `#${id}`, className: ['self-link'], ariaLabel: '链接到本节', dataPagefindIgnore: '' },
        children: [{ type: 'text', value: '#' }],
      });
    });
  };
}
