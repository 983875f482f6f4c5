import { describe, expect, it } from 'vitest';
import { charTable, normalizeText } from '../../src/search/text.ts';
import { tradToSimpPairs, urlOf } from '../../scripts/lib/search-build.ts';

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
