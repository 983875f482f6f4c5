import { describe, expect, it } from 'vitest';
import { charTable, compact, excerpt, hitRanges, matchSegments, normalizeText, parseQuery } from '../../src/search/text.ts';

const table = charTable('質质產产體体');

describe('normalizeText', () => {
  it('folds full-width forms, ideographic space and case, and keeps every length', () => {
    expect(normalizeText('ＰＭ２．５')).toBe('pm2.5');
    expect(normalizeText('人工智能＋')).toBe('人工智能+');
    expect(normalizeText('Ａ\u3000Ｂ')).toBe('a b');
    expect(normalizeText('5G与C919')).toBe('5g与c919');
    for (const s of ['ＰＭ２．５', 'İstanbul', '𠀀字', '①㎡…℃', 'ｶﾞ']) expect(normalizeText(s, table).length).toBe(s.length);
  });
  it('does not apply the rest of NFKC (circled numbers, units, ellipsis stay distinct)', () => {
    expect(normalizeText('①')).toBe('①');
    expect(normalizeText('㎡')).toBe('㎡');
    expect(normalizeText('…')).toBe('…');
    expect(normalizeText('×')).toBe('×');
  });
  it('maps traditional characters through the table only', () => {
    expect(normalizeText('新質生產力', table)).toBe('新质生产力');
    expect(normalizeText('新質生產力')).toBe('新質生產力');
  });
});

describe('parseQuery', () => {
  it('splits on spaces (ASCII and ideographic) into terms that must all occur', () => {
    expect(parseQuery('新质生产力  湖南').terms).toEqual(['新质生产力', '湖南']);
    expect(parseQuery('低空经济\u3000无人机').terms).toEqual(['低空经济', '无人机']);
  });
  it("keeps quoted phrases whole, their inner spaces ignored like the text's", () => {
    expect(parseQuery('"通过  2010年" 法').terms).toEqual(['通过2010年', '法']);
    expect(parseQuery('“两重” 建设').terms).toEqual(['两重', '建设']);
    expect(parseQuery('"“两重”"').terms).toEqual(['“两重”']);
    expect(parseQuery('"未闭合 的引号').terms).toEqual(['未闭合的引号']);
    expect(parseQuery('"总 则"').terms).toEqual(['总则']);
    expect(parseQuery('＂ＰＭ２．５＂').terms).toEqual(['pm2.5']);
  });
  it('drops terms contained in other terms and duplicates; empty queries have no terms', () => {
    expect(parseQuery('生产力 新质生产力 生产力').terms).toEqual(['新质生产力']);
    expect(parseQuery('  "" “” ').terms).toEqual([]);
  });
  it('normalises before parsing', () => {
    expect(parseQuery('新質生產力 ＰＭ２．５', table).terms).toEqual(['新质生产力', 'pm2.5']);
  });
});

describe('compact', () => {
  it('drops every kind of whitespace and maps back to the input offsets', () => {
    const c = compact('总  则\u00a0第\n一\u2003章');
    expect(c.text).toBe('总则第一章');
    expect(c.at).toEqual([0, 3, 5, 7, 9]);
  });
});

describe('matchSegments (the ground truth)', () => {
  const segs = ['发展新质生产力', '新质生产力和新质生产力', '人工智能+行动'];
  it('counts non-overlapping occurrences and finds the first one in reading order', () => {
    expect(matchSegments(segs, parseQuery('新质生产力'))).toEqual({ count: 3, segment: 0, start: 2 });
    expect(matchSegments(['aaaa'], parseQuery('aa'))!.count).toBe(2);
  });
  it('requires every term (AND) and never matches across segments', () => {
    expect(matchSegments(segs, parseQuery('新质 行动'))!.count).toBe(4);
    expect(matchSegments(segs, parseQuery('新质 无人机'))).toBeNull();
    expect(matchSegments(segs, parseQuery('生产力新质'))).toBeNull();
    expect(matchSegments(segs, parseQuery('生产力人工'))).toBeNull();
  });
  it('ignores whitespace inside a segment, and gives the displayed offset of the hit', () => {
    const law = ['第一章 总 则', '第二节 发展 新质生产力'];
    expect(matchSegments(law, parseQuery('总则'))).toEqual({ count: 1, segment: 0, start: 4 });
    expect(matchSegments(law, parseQuery('第二节发展'))).toEqual({ count: 1, segment: 1, start: 0 });
    expect(matchSegments(law, parseQuery('"节 发"'))!.count).toBe(1);
    expect(matchSegments(law, parseQuery('则第二'))).toBeNull();
  });
});

describe('hitRanges', () => {
  it('spans the whitespace a hit crosses and merges overlapping terms', () => {
    expect(hitRanges('第一章 总  则', ['总则'])).toEqual([[4, 8]]);
    expect(hitRanges('新质生产力', ['新质', '质生'])).toEqual([[0, 3]]);
  });
});

describe('excerpt', () => {
  it('marks every occurrence inside the window, in the original (displayed) form', () => {
    const original = '推进“人工智能＋”行动，人工智能＋制造';
    const parts = excerpt(original, normalizeText(original), ['人工智能+'], 3, 2, 30);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['人工智能＋', '人工智能＋']);
    expect(parts[0]).toEqual({ text: '…', mark: false });
    expect(parts.map((p) => p.text).join('')).toBe('…' + original.slice(1));
  });
  it('marks a hit across source whitespace as displayed', () => {
    const parts = excerpt('第一章 总 则', '第一章 总 则', ['总则'], 4);
    expect(parts).toEqual([
      { text: '第一章 ', mark: false },
      { text: '总 则', mark: true },
    ]);
  });
});
