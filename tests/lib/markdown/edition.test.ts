/**
 * The Markdown edition read back: each document's /data/<id>.md and every page's twin, parsed with
 * remark-parse + remark-gfm (+ remark-frontmatter), must give the model's text (whitespace ignored)
 * once the editorial material is taken out — and only that: the notes taken out are counted against
 * the notes the model has. A fixture whose source text is full of Markdown syntax must come back
 * character for character, block by block. Over 300 lines: the read-back helpers (mdast → text, notes
 * taken out) serve every case here and are not used elsewhere.
 */
import type { Blockquote, Heading, Root, RootContent, Table as MdTable } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { documentMarkdown, documentNotes, pageMarkdown } from '../../../src/lib/markdown/edition.ts';
import { EDITORIAL_LABEL, strong } from '../../../src/lib/markdown/blocks.ts';
import { markdownText } from '../../../src/lib/markdown/serialize.ts';
import { hasMergedCells } from '../../../src/lib/markdown/table.ts';
import { missingHeading, navigationOf, type ReadingPage } from '../../../src/lib/navigation.ts';
import { provenanceOf } from '../../../src/lib/provenance.ts';
import { parseSeeds } from '../../../src/parser/index.ts';
import type { Division, Node, ParsedDocument } from '../../../src/parser/model.ts';
import { childrenText, nodeText } from '../../../src/parser/text.ts';
import { withoutWhitespace } from '../../../src/parser/source.ts';

const SITE = new URL('http://localhost:4321');
const reader = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const read = (markdown: string): Root => reader.parse(markdown);

interface ReadBack {
  front: Record<string, unknown>;
  /** The text blocks left once front matter and editorial material are out. */
  body: RootContent[];
  notes: string[];
  placeholders: string[];
}

const isNote = (n: RootContent): boolean => {
  if (n.type !== 'blockquote') return false;
  const first = n.children[0];
  const strong = first?.type === 'paragraph' ? first.children[0] : undefined;
  return strong?.type === 'strong' && toString(strong) === EDITORIAL_LABEL;
};

/** Splits a parsed Markdown file into front matter, editorial notes, placeholders and text. */
function readBack(markdown: string, placeholderTexts: Set<string>): ReadBack {
  const tree = read(markdown);
  const [yaml, ...rest] = tree.children;
  expect(yaml?.type).toBe('yaml');
  const notes: string[] = [];
  const placeholders: string[] = [];
  const strip = (nodes: RootContent[]): RootContent[] =>
    nodes.flatMap((n): RootContent[] => {
      if (isNote(n)) {
        notes.push(toString(n));
        return [];
      }
      if (n.type === 'heading' && placeholderTexts.has(toString(n))) {
        placeholders.push(toString(n));
        return [];
      }
      if (n.type === 'blockquote') return [{ ...n, children: strip(n.children) as Blockquote['children'] }];
      return [n];
    });
  return { front: parseYaml((yaml as { value: string }).value) as Record<string, unknown>, body: strip(rest), notes, placeholders };
}

const text = (nodes: RootContent[]) => withoutWhitespace(nodes.map((n) => toString(n)).join('\n'));

function divisions(nodes: Node[]): Division[] {
  return nodes.flatMap((n) => (n.type === 'division' ? [n, ...divisions(n.children)] : []));
}
function tables(nodes: Node[]): Node[] {
  return nodes.flatMap((n) => (n.type === 'table' ? [n] : n.type === 'division' ? tables(n.children) : []));
}
const placeholdersOf = (doc: ParsedDocument) =>
  new Set(
    divisions(doc.children)
      .filter((d) => !d.heading)
      .map(missingHeading),
  );

/**
 * How many notes a run of nodes carries: source defects on them, supplied structure, merged-cell tables.
 * Divisions of `linked` levels are only a link (a 篇 page's chapters): nothing inside them counts.
 */
function expectedNotes(doc: ParsedDocument, nodes: Node[], linked = new Set<Division['level']>()): number {
  const shown: Node[] = [];
  const collect = (ns: Node[]) =>
    ns.forEach((n) => {
      if (n.type === 'division' && linked.has(n.level)) return;
      shown.push(n);
      if (n.type === 'division') collect(n.children);
    });
  collect(nodes);
  const ids = new Set(shown.map((n) => n.id));
  const warned = doc.warnings.filter((w) => w.nodeId && ids.has(w.nodeId));
  const warnedIds = new Set(warned.map((w) => w.nodeId));
  const supplied = shown.filter((d) => d.type === 'division' && d.editorial && !warnedIds.has(d.id)).length;
  const merged = shown.filter((t) => t.type === 'table' && hasMergedCells(t)).length;
  return warned.length + supplied + merged;
}

/** The text a page shows: divisions listed as links to their own page show their heading only. */
function pageText(page: ReadingPage): string {
  const walk = (nodes: Node[]): string[] =>
    nodes.map((n) =>
      n.type === 'division' && page.linkLevels.has(n.level)
        ? n.heading || missingHeading(n)
        : n.type === 'division'
          ? [n.heading, ...walk(n.children)].join('\n')
          : nodeText(n),
    );
  return walk(page.nodes).join('\n');
}

const { documents } = parseSeeds('seeds');
// Reports as found on the web (tests/fixtures/reports): the same rule holds for reports we do not have.
const { documents: realReports } = parseSeeds('tests/fixtures/reports');

describe('the Markdown edition of every document', () => {
  it('covers the whole corpus', () => {
    expect(documents.length).toBe(10);
  });

  for (const doc of documents) {
    describe(doc.id, () => {
      const markdown = documentMarkdown(doc, SITE);
      const back = readBack(markdown, placeholdersOf(doc));

      it('front matter: title, region, date, kind, speaker, canonical URL, source file and SHA-256', () => {
        const source = provenanceOf(doc);
        expect(back.front).toMatchObject({
          title: doc.title,
          region: doc.region,
          kind: doc.kind,
          url: `${SITE.origin}/${doc.id}/`,
          source: { file: `seeds/${doc.file}`, sha256: source.sha256, lines: `${doc.lines.start}-${doc.lines.end}` },
        });
        expect(back.front.date).toBe(doc.date);
        expect(back.front.speaker).toBe(doc.speaker);
        expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
      });

      it("read back with remark-parse + remark-gfm, gives the model's text (whitespace ignored)", () => {
        const [title, ...body] = back.body;
        expect(title).toMatchObject({ type: 'heading', depth: 1 });
        expect(toString(title!)).toBe(doc.title);
        expect(text(body)).toBe(withoutWhitespace(childrenText(doc.children)));
      });

      it('needs no character reference: bold runs sit where CommonMark can open and close them', () => {
        // mdast-util-to-markdown writes a character as &#x…; when emphasis could not close beside it.
        expect(markdown.match(/&#x?[0-9a-f]+;/gi) ?? []).toEqual([]);
      });

      it('marks every editorial note, and nothing else, as one', () => {
        expect(back.notes.length).toBe(documentNotes(doc).length + expectedNotes(doc, doc.children));
        expect(back.placeholders.length).toBe(placeholdersOf(doc).size);
        for (const w of doc.warnings.filter((w) => w.nodeId)) expect(back.notes.some((n) => n.includes(w.message))).toBe(true);
      });

      it('every reading page has a twin that gives that page’s text', () => {
        const nav = navigationOf(doc);
        nav.pages.forEach((page, i) => {
          const twin = readBack(pageMarkdown(doc, i, SITE), placeholdersOf(doc));
          expect(twin.front.url).toBe(new URL(page.url, SITE).href);
          expect(twin.front.markdown).toBe(new URL(`${page.url}index.md`, SITE).href);
          const body = page.slug ? twin.body : twin.body.slice(1); // the landing twin opens with the document title
          expect(text(body), page.url).toBe(withoutWhitespace(pageText(page)));
          const whole = page.slug ? 0 : documentNotes(doc).length; // the landing twin carries the document's own notes
          expect(twin.notes.length, page.url).toBe(whole + expectedNotes(doc, page.nodes, page.linkLevels));
        });
      });
    });
  }
});

describe('the Markdown edition of real reports as downloaded (tests/fixtures/reports)', () => {
  it('finds them', () => expect(realReports.length).toBeGreaterThan(5));
  for (const doc of realReports) {
    it(`${doc.id}: the document file and every page twin give the model's text, notes marked`, () => {
      const source = { file: doc.file, sha256: '0'.repeat(64), lines: doc.lines, notes: [] };
      const back = readBack(documentMarkdown(doc, SITE, source), placeholdersOf(doc));
      expect(text(back.body.slice(1))).toBe(withoutWhitespace(childrenText(doc.children)));
      expect(back.notes.length).toBe(documentNotes(doc).length + expectedNotes(doc, doc.children));
      navigationOf(doc).pages.forEach((page, i) => {
        const twin = readBack(pageMarkdown(doc, i, SITE, source), placeholdersOf(doc));
        expect(text(page.slug ? twin.body : twin.body.slice(1)), page.url).toBe(withoutWhitespace(pageText(page)));
      });
    });
  }
});

describe('headings, tables and lists', () => {
  const plan = documents.find((d) => d.kind === 'plan')!;
  const tree = read(documentMarkdown(plan, SITE));
  const headings = tree.children.filter((n): n is Heading => n.type === 'heading');

  it('divisions are headings one level below their parent: 篇 h2, 章 h3, 节 h4', () => {
    const depthOf = (level: Division['level']) => {
      const d = divisions(plan.children).find((x) => x.level === level && x.heading)!;
      return headings.find((h) => toString(h) === d.heading)?.depth;
    };
    expect([depthOf('part'), depthOf('chapter'), depthOf('section')]).toEqual([2, 3, 4]);
  });

  it('a box (专栏) is a block quote that opens with its heading', () => {
    const boxes = tree.children.filter((n): n is Blockquote => n.type === 'blockquote' && n.children[0]?.type === 'heading');
    const expected = divisions(plan.children).filter((d) => d.level === 'box');
    expect(boxes.map((b) => toString(b.children[0]!))).toEqual(expected.map((d) => d.heading));
  });

  it('merged cells: each cell once, at the top-left of the area it covers, the rest of the area empty', () => {
    const table = tables(plan.children).find((t) => t.type === 'table' && hasMergedCells(t));
    if (table?.type !== 'table') throw new Error('expected a table with merged cells in the plan');
    const find = (nodes: RootContent[]): MdTable | undefined => {
      for (const n of nodes) {
        if (
          n.type === 'table' &&
          toString(n.children[0]!).replace(/\s/g, '') === withoutWhitespace(table.head[0]!.cells.map((c) => c.text).join(''))
        )
          return n;
        if (n.type === 'blockquote') {
          const t = find(n.children);
          if (t) return t;
        }
      }
      return undefined;
    };
    const found = find(tree.children)!;
    expect(found).toBeDefined();
    const grid = found.children.map((r) => r.children.map((c) => toString(c)));
    // Every row as wide as the table; cell texts in source order, each once.
    const width = grid[0]!.length;
    for (const row of grid) expect(row.length).toBe(width);
    const cells = [...table.head, ...table.body].flatMap((r) => r.cells.map((c) => c.text.replace(/\s*\n\s*/g, ' ')));
    expect(grid.flat().filter((c) => c !== '')).toEqual(cells.filter((c) => c !== ''));
    // A cell spanning two columns leaves the next position of its row empty.
    const spanning = table.head[0]!.cells.findIndex((c) => (c.colspan ?? 1) > 1);
    if (spanning >= 0) {
      const x = grid[0]!.indexOf(table.head[0]!.cells[spanning]!.text);
      expect(grid[0]![x + 1]).toBe('');
    }
    // A row-group label spanning rows sits in the first of them only.
    const group = table.body.find((r) => r.cells.some((c) => (c.rowspan ?? 1) > 1))!;
    const y = table.head.length + table.body.indexOf(group);
    const label = group.cells.find((c) => (c.rowspan ?? 1) > 1)!;
    const x = grid[y]!.indexOf(label.text.replace(/\s*\n\s*/g, ' '));
    expect(x).toBeGreaterThanOrEqual(0);
    for (let dy = 1; dy < label.rowspan!; dy++) expect(grid[y + dy]![x]).toBe('');
  });

  it("the digest's list items are one Markdown list", () => {
    const digest = documents.find((d) => d.shape === 'digest')!;
    const md = read(documentMarkdown(digest, SITE));
    const items = md.children.filter((n) => n.type === 'list').flatMap((l) => (l.type === 'list' ? l.children : []));
    const expected = (function count(nodes: Node[]): number {
      return nodes.reduce(
        (k, n) => k + (n.type === 'paragraph' && n.role === 'list-item' ? 1 : n.type === 'division' ? count(n.children) : 0),
        0,
      );
    })(digest.children);
    expect(items.length).toBe(expected);
  });
});

describe('source text full of Markdown syntax (tests/fixtures/markdown-special)', () => {
  const { documents: fixtures } = parseSeeds('tests/fixtures/markdown-special');
  const doc = fixtures[0]!;
  const markdown = documentMarkdown(doc, SITE, { file: doc.file, sha256: '0'.repeat(64), lines: doc.lines, notes: [] });
  const tree = read(markdown);

  it('the fixture really contains the syntax', () => {
    const source = childrenText(doc.children);
    for (const s of [
      '# ',
      '1. ',
      '> ',
      '- ',
      '* ',
      '**',
      '__',
      '~~',
      '| ',
      '---',
      '===',
      '[',
      '](',
      '![',
      '`',
      '\\',
      '&amp;',
      '<b>',
      '<!--',
      '[^1]',
      '- [ ]',
      'www.',
    ]) {
      expect(source).toContain(s);
    }
  });

  it('comes back block by block, character for character', () => {
    const blocks = tree.children.slice(2 + documentNotes(doc).length); // front matter, title, the document's own notes
    const expected: string[] = [];
    const walk = (nodes: Node[]) =>
      nodes.forEach((n) => {
        if (n.type === 'division') {
          expected.push(n.heading);
          walk(n.children);
        } else expected.push(nodeText(n));
      });
    walk(doc.children);
    expect(blocks.map((b) => toString(b))).toEqual(expected);
    // Nothing in it became structure: only headings (the divisions) and paragraphs.
    expect(new Set(blocks.map((b) => b.type))).toEqual(new Set(['heading', 'paragraph']));
    // No code, HTML, emphasis, image or break made from source text: only text, bold where the model
    // has a lead sentence (the pages set it in bold too), and links only where GFM itself turns a bare
    // URL into one (www.…, https://…: an autolink literal cannot be escaped, remark-gfm#33); their text
    // is the source's, as written.
    const phrasing = blocks.flatMap((b) => (b.type === 'paragraph' ? b.children : []));
    expect(new Set(phrasing.map((c) => c.type))).toEqual(new Set(['text', 'strong', 'link']));
    for (const link of phrasing.filter((c) => c.type === 'link')) {
      expect([link.url, link.url.replace(/^http:\/\//, '')]).toContain(toString(link));
    }
    const leads = (function runs(nodes: Node[]): number {
      return nodes.reduce(
        (k, n) =>
          k +
          (n.type === 'paragraph'
            ? n.content.filter((r) => r.emphasis === 'lead' || r.emphasis === 'strong').length
            : n.type === 'division'
              ? runs(n.children)
              : 0),
        0,
      );
    })(doc.children);
    expect(phrasing.filter((c) => c.type === 'strong').length).toBe(leads);
  });

  it('is escaped by the serializer, not by hand: the source characters are written as remark-stringify writes them', () => {
    expect(markdown).toContain('\\# 这一段以井号开头');
    expect(markdown).toContain('1\\. 这一段');
  });
});

describe('bold runs in Chinese text', () => {
  /** The paragraph `before` + bold `value` + `after`, serialised and parsed back: its text and its bold part. */
  function roundTrip(before: string, value: string, after: string) {
    const md = markdownText([
      {
        type: 'paragraph',
        children: [{ type: 'text', value: before }, ...strong(value, before.slice(-1), after.slice(0, 1)), { type: 'text', value: after }],
      },
    ]);
    const paragraph = read(md).children[0]!;
    const bold = paragraph.type === 'paragraph' ? paragraph.children.filter((c) => c.type === 'strong').map((c) => toString(c)) : [];
    return { md: md.trim(), text: toString(paragraph), bold };
  }

  it('a lead sentence before more text: its full stop stays outside, so the run closes', () => {
    expect(roundTrip('', '大力提振消费。', '实施提振消费专项行动。')).toEqual({
      md: '**大力提振消费**。实施提振消费专项行动。',
      text: '大力提振消费。实施提振消费专项行动。',
      bold: ['大力提振消费'],
    });
  });

  it('a glossary term between punctuation stays whole, quotes and all', () => {
    expect(roundTrip('1.', '“三高四新”美好蓝图', '：2020年9月')).toMatchObject({
      md: '1.**“三高四新”美好蓝图**：2020年9月',
      bold: ['“三高四新”美好蓝图'],
    });
  });

  it('quotes between letters go outside; spaces never touch the markers', () => {
    expect(roundTrip('加快', '“三高四新”', '建设')).toMatchObject({ text: '加快“三高四新”建设', bold: ['三高四新'] });
    expect(roundTrip('增长', ' 5.2% ', '以上')).toMatchObject({ text: '增长 5.2% 以上', bold: ['5.2%'] });
  });
});
