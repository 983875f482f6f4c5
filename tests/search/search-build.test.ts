import { describe, expect, it } from 'vitest';
import { charTable, normalizeText } from '../../src/search/text.ts';
import { prefixChunks, tradToSimpPairs, unitRecords, urlOf } from '../../scripts/lib/search-build.ts';

describe('tradToSimpPairs', () => {
  const corpus = new Set(Array.from('新质生产力发展著作权着力后来'));
  const table = charTable(tradToSimpPairs(corpus));
  it('maps traditional characters to the simplified ones the corpus uses', () => {
    expect(normalizeText('新質生產力', table)).toBe('新质生产力');
    expect(normalizeText('發展', table)).toBe('发展');
    expect(normalizeText('後來', table)).toBe('后来');
  });
  it('never maps a character the corpus itself uses, nor to one it does not use', () => {
    for (const [t, s] of table) {
      expect(corpus.has(t)).toBe(false);
      expect(corpus.has(s)).toBe(true);
    }
    expect(table.has('著')).toBe(false); // 著 is in the corpus (著作权): not folded into 着
    expect(table.has('體')).toBe(false); // 体 is not in the corpus: no entry needed
  });
});

describe('urlOf', () => {
  it('gives directory URLs for index.html and file URLs otherwise', () => {
    expect(urlOf('dist', 'dist/index.html')).toBe('/');
    expect(urlOf('dist', 'dist/hunan-2025/part-1/index.html')).toBe('/hunan-2025/part-1/');
    expect(urlOf('dist', 'dist/404.html')).toBe('/404.html');
  });
});

describe('unitRecords', () => {
  const page = (url: string, doc: string, texts: string[]) => ({
    url,
    file: '',
    lang: 'zh-cn',
    reading: {
      segments: texts.map((text, i) => ({ anchor: `p-${i}`, text })),
      meta: { title: url, breadcrumb: `${doc} › ${url}` },
      filters: { document: [doc], kind: ['报告'], region: ['湖南'], year: ['2025'] },
    },
  });
  const pages = [page('/a/1/', 'a', ['总  则', '發展 '.repeat(150), '   ', 'PM２.5']), page('/b/1/', 'b', ['湘'])];
  const { records, fold } = unitRecords(pages, '發发');

  it('cuts each page into units with one word per character of its compact text, folded', () => {
    expect(records.map((r) => r.url)).toEqual(['/a/1/#0', '/a/1/#1', '/b/1/#0']);
    const words = records[0]!.content.split(' ');
    expect(words).toHaveLength(2 + 300); // 总则, then 发展×150 (whitespace and 發 folded)
    expect(records[1]!.content.split(' ')).toHaveLength(5); // pm2.5
    expect(JSON.parse(records[1]!.meta!['segments']!)).toEqual([['p-3', 'PM２.5']]); // shown as written; blank segment dropped
  });

  it('gives every record its page and document, and an order key ascending in result order', () => {
    expect(records.map((r) => r.filters!['page'])).toEqual([['000000 a'], ['000000 a'], ['000001 b']]);
    const keys = records.map((r) => r.sort!['order']!);
    expect([...keys].sort()).toEqual(keys);
    expect(fold.docs.map((d) => d.id)).toEqual(['a', 'b']);
  });
});

describe('prefixChunks', () => {
  it('lists, for a prefix whose words span several chunks, the first word of each of them', () => {
    const chunks: Array<[string, string]> = [
      ['0000aaaa', '0lsa0fl'], // ends inside the 0lsa group
      ['0lsa0fm', '0lsa0zz'], // wholly inside it
      ['0lsa1', '0lsb00'], // ends it, starts 0lsb
      ['0lsc', '0lsz'],
    ];
    expect(prefixChunks(chunks)).toEqual({ '0lsa': ['0000aaaa', '0lsa0fm', '0lsa1'] });
  });
});
