/**
 * The positional engine against the plain ground truth (matchSegments: substring scan of each segment
 * without whitespace), on random pages and queries, over an index built by the real indexer and read back
 * through the engine's loader; and the queries that must not crash or hang.
 */
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SearchIndex } from '../../src/search/engine.ts';
import { MANIFEST_FILE } from '../../src/search/format.ts';
import { matchSegments, normalizeText } from '../../src/search/text.ts';
import { buildSearchIndex, type BuiltPage } from '../../scripts/lib/search-build.ts';

interface Doc {
  id: string;
  pages: string[][];
}

async function indexOf(docs: Doc[], t2s = '') {
  const pages: BuiltPage[] = docs.flatMap((d, i) =>
    d.pages.map((segments, k) => ({
      url: `/${d.id}/${k}/`,
      file: '',
      lang: 'zh-cn',
      reading: {
        segments: segments.map((text, s) => ({ anchor: `p-${s}`, text })),
        meta: { title: `${d.id} ${k}`, breadcrumb: `${d.id} › ${k}` },
        filters: { document: [d.id], kind: [i % 2 ? '报告' : '规划'], region: ['湖南'], year: ['2025'] },
      },
    })),
  );
  const built = buildSearchIndex(pages, t2s);
  const files = new Map(built.files.map((f) => [f.path, f.content]));
  const loaded: string[] = [];
  const index = await SearchIndex.open((path) => {
    loaded.push(path);
    const f = files.get(path);
    return f ? Promise.resolve(gunzipSync(f)) : Promise.reject(new Error(`missing ${path}`));
  }, MANIFEST_FILE);
  return { index, pages, loaded, built };
}

/** What the ground truth says, in the engine's terms. */
function truth(pages: BuiltPage[], q: string, table = new Map<string, string>(), only?: string) {
  return pages.flatMap((p, page) => {
    if (only && p.reading.filters['document']![0] !== only) return [];
    const normalized = p.reading.segments.map((s) => normalizeText(s.text, table));
    const m = matchSegments(normalized, { terms: q ? [q] : [] });
    return m ? [{ page, count: m.count, anchor: `p-${m.segment}` }] : [];
  });
}

const ALPHABET = ['总', '则', '发', '展', '高', '质', ' ', ' ', '\u3000', '\n', 'a', 'A', '𠀀', '😀', '+', '.'];
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((cs) => cs.join('').trim());
/** Two characters and a space: repeats and overlaps (发发发 has one 发发… and a second) are common. */
const SMALL = ['发', '展', ' '];
const docs = fc.array(
  fc.array(
    fc.array(
      text.filter((t) => t.length > 0),
      { minLength: 1, maxLength: 4 },
    ),
    { minLength: 1, maxLength: 4 },
  ),
  { minLength: 1, maxLength: 4 },
);

describe('SearchIndex', () => {
  it('counts overlapping candidates as a reader does (non-overlapping, left to right)', async () => {
    const small = fc
      .array(fc.constantFrom(...SMALL), { minLength: 1, maxLength: 30 })
      .map((cs) => cs.join('').trim())
      .filter((t) => t.length > 0);
    await fc.assert(
      fc.asyncProperty(
        fc.array(small, { minLength: 1, maxLength: 3 }),
        fc.array(fc.constantFrom('发', '展'), { minLength: 1, maxLength: 4 }),
        async (segments, q) => {
          const { index, pages } = await indexOf([{ id: 'd', pages: [segments] }]);
          const m = await index.match(q.join(''));
          expect(m.hits.map((h) => ({ page: h.page, count: h.count }))).toEqual(
            truth(pages, q.join('')).map(({ page, count }) => ({ page, count })),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('finds exactly the pages, counts and first anchors of the ground truth', async () => {
    await fc.assert(
      fc.asyncProperty(
        docs,
        fc.array(fc.constantFrom(...ALPHABET.filter((c) => c.trim())), { minLength: 1, maxLength: 4 }),
        async (raw, q) => {
          const { index, pages } = await indexOf(raw.map((p, i) => ({ id: `d${i}`, pages: p })));
          const term = normalizeText(q.join(''));
          const m = await index.match(term);
          const described = await index.describe(m.query, m.hits);
          expect(described.map((r) => ({ page: r.page, count: r.count, anchor: r.anchor }))).toEqual(truth(pages, term));
          expect(m.occurrences).toBe(truth(pages, term).reduce((n, t) => n + t.count, 0));
          const filtered = await index.match(term, { document: 'd0' });
          expect(filtered.hits.map((h) => h.page)).toEqual(truth(pages, term, undefined, 'd0').map((t) => t.page));
        },
      ),
      { numRuns: 150 },
    );
  });

  const law = [
    { id: 'law', pages: [['第一章 总  则', '第一条 为了保守国家秘密，维护国家安全和利益，\n制定本法。'], ['第二章 国家秘密的范围和密级']] },
    { id: 'plan', pages: [['推动高质量发展', '高质量 发展是首要任务；高质量发展。']] },
  ];

  it('ignores source whitespace and loads text only for what it describes', async () => {
    const { index, loaded } = await indexOf(law);
    const m = await index.match('总则');
    expect(m.hits).toHaveLength(1);
    expect(loaded.some((p) => p.includes('/u/'))).toBe(false);
    const [r] = await index.describe(m.query, m.hits);
    expect(r!.excerpt.filter((p) => p.mark).map((p) => p.text)).toEqual(['总  则']);
    expect(loaded.filter((p) => p.includes('/u/'))).toHaveLength(1);
    expect((await index.match('利益，制定')).occurrences).toBe(1);
    expect((await index.match('高质量发展')).occurrences).toBe(3);
    expect((await index.match('高质量发展 首要')).hits.map((h) => h.page)).toEqual([2]);
  });

  it('answers hostile queries with no match and no error', async () => {
    const { index } = await indexOf(law);
    for (const q of [
      '😀',
      '\ud800',
      'a\udc00b',
      '.*',
      '(?:',
      '[',
      '\\',
      '<script>alert(1)</script>',
      '"',
      '“”',
      '  ',
      '',
      '总'.repeat(300),
      '总则'.repeat(150),
    ]) {
      const m = await index.match(q);
      expect(m.hits.every((h) => h.count > 0)).toBe(true);
    }
    expect((await index.match('则')).occurrences).toBe(1);
    expect((await index.match('总则', { document: 'nope' })).hits).toEqual([]);
    expect(index.unknownFilters({ document: 'nope', kind: '规划' })).toEqual(['document']);
  });
});
