/**
 * Source text that looks like markup (`<script>`, `</p>`, `{{`, `**`, `javascript:`, entities) must
 * render as text. The fixture tests/fixtures/hostile is a small report in the seeds' style with such
 * strings in headings and paragraphs; it is parsed with the real parser and rendered with renderNodes.
 */
import { describe, expect, it } from 'vitest';
import { Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';
import { parseSeeds } from '../../src/parser/index.ts';
import type { Division, Node } from '../../src/parser/model.ts';
import { nodeText } from '../../src/parser/text.ts';
import { renderNodes } from '../../src/lib/render.ts';

const { documents } = parseSeeds('tests/fixtures/hostile');
const doc = documents[0]!;
const html = renderNodes(doc.children, { depth: 2 });
const config = await new StaticConfigLoader().getConfigFor('fragment.html');
const dom = new Parser(config).parseHtml(`<div id="root">${html}</div>`);

/** The five characters an HTML serializer may escape, decoded (html-validate keeps entities raw). */
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (e[0] !== '#') return named[e.toLowerCase()]!;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

function all(el: HtmlElement): HtmlElement[] {
  return [el, ...el.childElements.flatMap(all)];
}

function paragraphs(nodes: Node[]): Extract<Node, { type: 'paragraph' }>[] {
  return nodes.flatMap((n) => (n.type === 'paragraph' ? [n] : n.type === 'division' ? paragraphs(n.children) : []));
}

describe('rendering hostile source text', () => {
  it('the fixture really contains the hostile strings', () => {
    const text = doc.children.map(nodeText).join('\n');
    for (const s of ['<script>', '</p>', '{{', '**', 'javascript:', 'onerror=', '<style>', '&lt;', '<!--']) {
      expect(text).toContain(s);
    }
  });

  it('creates no element, attribute or link from the text', () => {
    const tags = new Set(all(dom).map((e) => e.tagName));
    for (const forbidden of ['script', 'style', 'img', 'b', 'em']) expect(tags.has(forbidden)).toBe(false);
    for (const el of all(dom)) {
      for (const attr of el.attributes) {
        expect(attr.key).not.toMatch(/^on/i);
        expect(String(attr.value ?? '')).not.toMatch(/^\s*javascript:/i);
      }
    }
    // Only our own self-links are links.
    for (const a of dom.querySelectorAll('a')) expect(a.getAttributeValue('href')).toMatch(/^#/);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('</p><p class="x">');
  });

  it('shows every paragraph exactly as written', () => {
    const list = paragraphs(doc.children);
    expect(list.length).toBeGreaterThan(10);
    for (const p of list) {
      const el = dom.querySelector(`#${p.id}`);
      expect(el, p.id).toBeTruthy();
      // Exact: the self-link adds no text (its glyph is CSS generated content); untrimmed: a line break between runs would show as a space between Chinese characters.
      const shown = decode(el!.textContent);
      expect(shown).toBe(nodeText(p));
    }
  });

  it('shows every heading exactly as written', () => {
    const divisions = doc.children.filter((n): n is Division => n.type === 'division');
    expect(divisions.some((d) => d.heading.includes('<script>'))).toBe(true);
    for (const d of divisions) {
      const heading = dom.querySelector(`#${d.id}`)?.querySelector('h2');
      expect(heading, d.id).toBeTruthy();
      expect(decode(heading!.textContent).trim()).toBe(d.heading);
    }
  });
});
