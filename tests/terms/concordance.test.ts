import { describe, expect, it } from 'vitest';
import { concordance, occurrences, per10k } from '../../src/terms/concordance.ts';
import { parseTerms } from '../../src/terms/query.ts';
import { termsHref } from '../../src/lib/navigation.ts';
import { renderConcordance } from '../../src/terms/view.ts';
import { textDoc } from '../compare/fixture.ts';
import { charTable } from '../../src/search/text.ts';
import { textChars, tradToSimpPairs } from '../../src/search/t2s.ts';

describe('occurrences', () => {
  it('skips whitespace in the source and folds full-width forms and case; offsets are into the text as written', () => {
    const text = '推动以旧  换新，ＰＭ２．５下降；以旧换新。';
    expect(occurrences(text, '以旧换新').map(([s, e]) => text.slice(s, e))).toEqual(['以旧  换新', '以旧换新']);
    expect(occurrences(text, 'pm2.5').map(([s, e]) => text.slice(s, e))).toEqual(['ＰＭ２．５']);
    expect(occurrences('aaaa', 'aa')).toHaveLength(2);
    expect(occurrences('文本', '')).toEqual([]);
  });
});

describe('traditional characters fold as in search (its trad→simp table)', () => {
  const doc = textDoc('law', [
    ['第一章　总  则', 1],
    ['本法所称国家秘密，依照总则确定。', 0],
  ]);
  const table = charTable(tradToSimpPairs(textChars(doc.units.map(([t]) => t))));
  it('a traditional term finds the simplified text, with the same rows as the simplified term', () => {
    const simplified = concordance(doc, '总则', table);
    expect(simplified.map((l) => l.match)).toEqual(['总  则', '总则']);
    expect(concordance(doc, '總則', table)).toEqual(simplified);
    expect(concordance(doc, '国家祕密', table).map((l) => l.match)).toEqual(['国家秘密']);
  });
  it('a text in traditional characters is found by the simplified term (and offsets stay those of the text)', () => {
    const text = '總  則：國家';
    expect(occurrences(text, '总则', table).map(([s, e]) => text.slice(s, e))).toEqual(['總  則']);
  });
});

describe('concordance', () => {
  const doc = textDoc('d', [
    ['一、消费', 1],
    ['开展消费品以旧换新。' + '很长的上下文'.repeat(5) + '以旧换新', 0],
    ['二、投资', 1],
    ['无关。', 0],
  ]);

  it('lists every occurrence with ±20 characters within its unit, the part it is under and its anchor', () => {
    const lines = concordance(doc, '以旧换新');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ document: 'd', part: '一、消费', href: '/d/#p-2', left: '开展消费品', match: '以旧换新' });
    expect(lines[0]!.right).toHaveLength(20);
    expect(lines[1]!.left).toHaveLength(20);
    expect(lines[1]!.right).toBe('');
    expect(lines[0]!.position).toBeLessThan(lines[1]!.position);
    expect(per10k(lines.length, doc)).toBeCloseTo((2 / doc.length) * 10000);
  });

  it('renders one data-kwic row per occurrence, counts equal to the rows, text escaped', () => {
    const evil = textDoc('e', [['<b>以旧换新</b>', 0]]);
    const html = renderConcordance(['以旧换新'], [doc, evil], [[concordance(doc, '以旧换新'), concordance(evil, '以旧换新')]]);
    expect(html.match(/data-kwic=""/g)).toHaveLength(3);
    expect(html).toContain('<span data-kwic-total="">3</span>');
    expect(html).toContain('<span class="kwic-left">&lt;b&gt;</span><mark>以旧换新</mark>');
  });
});

describe('parseTerms / termsHref', () => {
  it('splits on commas and spaces, keeps quoted phrases whole, drops duplicates', () => {
    expect(parseTerms(['新质生产力,低空经济，新质生产力  人工智能'])).toEqual(['新质生产力', '低空经济', '人工智能']);
    expect(parseTerms(['“烟火气、湖南味，国际范”,两新', '两重'])).toEqual(['烟火气、湖南味，国际范', '两新', '两重']);
    expect(parseTerms([''])).toEqual([]);
  });

  it('links a phrase so that it parses back to itself', () => {
    for (const t of ['投资于人', '人工智能+', '烟火气、湖南味，国际范', 'a&b=c']) {
      const url = new URL(termsHref(t), 'http://x');
      expect(parseTerms(url.searchParams.getAll('t'))).toEqual([t]);
    }
  });
});
