import { describe, expect, it } from 'vitest';
import { extractSegments } from '../../src/search/reading.ts';
import { htmlAdapter, parseHtml, readingPage } from '../../scripts/lib/search-html.ts';

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
    // Headings and labels are marked (search excerpts prefer text); a table's caption, header cells and a dt too.
    expect(page.segments.map((s) => s.heading ?? false)).toEqual([true, false, false]);
    const labels = extractSegments(
      parseHtml('<table><caption>表</caption><tr><th>类别</th><td>数</td></tr></table><dl><dt>词</dt><dd>释义</dd></dl>'),
      htmlAdapter,
    );
    expect(labels.map((s) => [s.text, s.heading ?? false])).toEqual([
      ['表', true],
      ['类别', true],
      ['数', false],
      ['词', true],
      ['释义', false],
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
