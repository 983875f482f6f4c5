import { describe, expect, it } from 'vitest';
import { charTable, excerpt, extractSegments, matchSegments, normalizeText, pageContains, parseQuery } from '../../src/client/search-text.ts';
import { bigram, pageGrams, queryGrams, unigram } from '../../src/client/search-grams.ts';
import { htmlAdapter, parseHtml, readingPage } from '../../scripts/lib/search-html.ts';

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
  it('keeps quoted phrases whole, with their inner spaces collapsed', () => {
    expect(parseQuery('"通过  2010年" 法').terms).toEqual(['通过 2010年', '法']);
    expect(parseQuery('“两重” 建设').terms).toEqual(['两重', '建设']);
    expect(parseQuery('"“两重”"').terms).toEqual(['“两重”']);
    expect(parseQuery('"未闭合 的引号').terms).toEqual(['未闭合 的引号']);
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

describe('matchSegments', () => {
  const segs = ['发展新质生产力', '新质生产力和新质生产力', '人工智能+行动'];
  it('counts non-overlapping occurrences and finds the first one in reading order', () => {
    const m = matchSegments(segs, parseQuery('新质生产力'))!;
    expect(m.count).toBe(3);
    expect(m.first).toEqual({ segment: 0, start: 2, end: 7 });
  });
  it('requires every term (AND) and never matches across segments', () => {
    expect(matchSegments(segs, parseQuery('新质 行动'))!.count).toBe(4);
    expect(matchSegments(segs, parseQuery('新质 无人机'))).toBeNull();
    expect(matchSegments(segs, parseQuery('生产力新质'))).toBeNull();
    expect(matchSegments(segs, parseQuery('生产力人工'))).toBeNull();
    expect(pageContains(segs, parseQuery('生产力人工'))).toBe(false);
  });
  it('agrees with the plain substring scan', () => {
    for (const q of ['新', '质生', '力和新', '+行', '新质 +', 'x', '能+行动']) {
      expect(matchSegments(segs, parseQuery(q)) !== null).toBe(pageContains(segs, parseQuery(q)));
    }
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
});

describe('n-gram words', () => {
  it('are opaque ASCII words of fixed length', () => {
    expect(unigram('新')).toMatch(/^u[0-9a-z]{4}$/);
    expect(bigram('新', '质')).toMatch(/^b[0-9a-z]{8}$/);
    expect(bigram('𠀀', 'a')).toMatch(/^b[0-9a-z]{8}$/);
  });
  it('cover every query term that occurs in a page', () => {
    const grams = pageGrams(['新质生产力', 'pm2.5']);
    for (const q of ['新', '质生产', 'pm2.5', '2.']) for (const g of queryGrams(parseQuery(q).terms)) expect(grams.has(g)).toBe(true);
    expect(queryGrams(['力p']).every((g) => grams.has(g))).toBe(false);
  });
});

describe('reading text from HTML', () => {
  const html = `<!doctype html><html lang="zh-CN"><body><nav>目录</nav>
<article data-pagefind-body data-pagefind-filter="document:d1"><span data-pagefind-meta="title:标题 &amp; 副题" hidden></span>
<span data-pagefind-filter="year:2025" hidden></span>
<section id="chapter-1"><h2 id="第一章"><span class="num">第一章</span>  总  则</h2>
<p class="self-link-row" data-pagefind-ignore><a href="#chapter-1">#</a></p>
<p id="p-1"><strong class="lead">大力提振消费。</strong>
推进&#x201c;两重&#x201d;建设，PM2.5 下降 <a href="#p-1" data-pagefind-ignore="">¶</a></p>
<aside data-pagefind-ignore>编者注</aside><ul><li>列表项</li></ul></section></article></body></html>`;
  it('takes the body minus ignored parts, one segment per block, with anchors', () => {
    const page = readingPage(html)!;
    expect(page.meta).toEqual({ title: '标题 & 副题' });
    expect(page.filters).toEqual({ document: ['d1'], year: ['2025'] });
    expect(page.segments.map((s) => [s.anchor, s.text])).toEqual([
      ['chapter-1', '第一章 总 则'],
      ['p-1', '大力提振消费。推进“两重”建设，PM2.5 下降'],
      ['chapter-1', '列表项'],
    ]);
  });
  it('returns null for pages without data-pagefind-body and fails on unknown references', () => {
    expect(readingPage('<html><body><p>x</p></body></html>')).toBeNull();
    expect(() => parseHtml('<p>&bogus;</p>')).toThrow(/unknown character reference/);
  });
  it('maps every character of a segment back to its text node', () => {
    const root = parseHtml('<div><p>a <b>b</b>\n  c</p></div>');
    const [seg] = extractSegments(root, htmlAdapter, true);
    expect(seg!.text).toBe('a b c');
    expect(seg!.map!.map(([n, i]) => (n as string)[i])).toEqual(['a', ' ', 'b', '\n', 'c']);
  });
});
