/**
 * render.ts: model in → HTML out, on small hand-made models (one rule per test), plus the contract that
 * the text of the rendered HTML is the model's text and nothing else on every real document.
 */
import { describe, expect, it } from 'vitest';
import type { Division, Node, Paragraph, Table, Term } from '../../src/parser/model.ts';
import { parseSeeds } from '../../src/parser/index.ts';
import { childrenText } from '../../src/parser/text.ts';
import { renderNodes } from '../../src/lib/render.ts';
import { termLinker } from '../../src/lib/glossary-links.ts';

const source = (line: number) => ({ file: 'x.txt', line });
const para = (id: string, text: string, extra: Partial<Paragraph> = {}): Paragraph => ({
  type: 'paragraph',
  id,
  role: 'body',
  content: [{ text }],
  source: source(Number(id.replace(/\D/g, '')) || 1),
  ...extra,
});
const div = (
  id: string,
  level: Division['level'],
  number: string | null,
  heading: string,
  children: Node[],
  extra: Partial<Division> = {},
): Division => ({
  type: 'division',
  level,
  id,
  number,
  ordinal: null,
  title: heading.slice(number?.length ?? 0),
  heading,
  source: source(1),
  children,
  ...extra,
});
const render = (nodes: Node[], depth = 2) => renderNodes(nodes, { depth });

describe('renderNodes', () => {
  it('renders a paragraph with its id, role and a text-free self-link titled with its source line', () => {
    expect(render([para('p-7', '正文。')])).toBe(
      '<p id="p-7" class="role-body">正文。<a href="#p-7" class="self-link self-link-paragraph" aria-label="第7段，链接到此段" title="原文第 7 行" data-pagefind-ignore="" data-n="7"></a></p>',
    );
  });

  it('keeps markup-like source text as text', () => {
    const html = render([para('p-1', '<script>alert(1)</script> & **bold** {{x}}')]);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script> &#x26; **bold** {{x}}');
    expect(html).not.toContain('<script>');
  });

  it('renders emphasis runs as strong, lead and enum without rewriting their text', () => {
    const p = para('p-1', '', {
      content: [
        { text: '一是', emphasis: 'enum' },
        { text: '稳增长。', emphasis: 'lead' },
        { text: '要点', emphasis: 'strong' },
        { text: '其余。' },
      ],
    });
    expect(render([p])).toContain('<span class="enum">一是</span><strong class="lead">稳增长。</strong><strong>要点</strong>其余。');
  });

  it('groups consecutive list items into one list, each item with its self-link', () => {
    const html = render([para('p-1', '甲', { role: 'list-item' }), para('p-2', '乙', { role: 'list-item' }), para('p-3', '丙')]);
    expect(html).toMatch(
      /^<ul>\n<li id="p-1" class="role-list-item">甲<a [^>]*><\/a><\/li>\n<li id="p-2" class="role-list-item">乙<a [^>]*><\/a><\/li>\n<\/ul>\n<p id="p-3"/,
    );
  });

  it('renders a division as a section with a heading one level deeper per nesting, numbering in its own span', () => {
    const html = render([
      div('chapter-1', 'chapter', '第一章', '第一章　总则', [
        div('section-1-1', 'section', '第一节', '第一节 目标', [para('p-1', '文。')]),
      ]),
    ]);
    expect(html).toContain(
      '<section id="chapter-1" class="division level-chapter">\n<h2><span class="num">第一章</span>　总则<a href="#chapter-1" class="self-link self-link-section"',
    );
    expect(html).toContain('<h3><span class="num">第一节</span> 目标<a href="#section-1-1"');
    expect(html).not.toMatch(/<h[1-6] id=/);
  });

  it('renders a box as an aside', () => {
    expect(render([div('box-1', 'box', '专栏1', '专栏1 重点工程', [para('p-1', '文。')])])).toMatch(
      /^<aside id="box-1" class="division level-box">/,
    );
  });

  it('runs a number-only heading into its first clause with the source separator, the number being the link', () => {
    const first = para('p-3', '为了保守国家秘密。', { role: 'clause', source: source(496) });
    const article = div('article-1', 'article', '第一条', '第一条', [first, para('p-4', '第二款。', { role: 'clause' })], {
      separator: '　',
      source: source(496),
    });
    const html = render([article], 3);
    expect(html).toBe(
      '<section id="article-1" class="division level-article run-in">\n<h3><span class="num"><a href="#article-1" class="self-link-text" title="原文第 496 行">第一条</a></span></h3>　<p id="p-3" class="role-clause">为了保守国家秘密。<a href="#p-3" class="self-link self-link-paragraph" aria-label="第3段，链接到此段" title="原文第 496 行" data-pagefind-ignore="" data-n="3"></a></p>\n<p id="p-4" class="role-clause">第二款。<a href="#p-4" class="self-link self-link-paragraph" aria-label="第4段，链接到此段" title="原文第 4 行" data-pagefind-ignore="" data-n="4"></a></p>\n</section>',
    );
  });

  it('does not run in a heading whose text is on another line than its first paragraph', () => {
    const article = div('article-1', 'article', '第一条', '第一条', [para('p-9', '下一行。', { role: 'clause', source: source(9) })]);
    expect(render([article])).not.toContain('run-in');
  });

  it('shows a placeholder, kept out of the index, and the editorial note where the source has no heading', () => {
    const html = render([div('chapter-66', 'chapter', null, '', [para('p-1', '文。')], { editorial: '源文件缺少第六十六章标题' })]);
    expect(html).toContain('<h2><span class="heading-missing" data-pagefind-ignore="">〔标题缺失〕</span>');
    expect(html).toContain('<p class="editorial" role="note" data-pagefind-ignore="">编者注：源文件缺少第六十六章标题</p>');
  });

  it('lists divisions at link levels as links to their own pages instead of inlining them', () => {
    const html = renderNodes([div('chapter-2', 'chapter', '第二章', '第二章 创新', [para('p-1', '不在此页。')])], {
      depth: 2,
      linkLevels: new Set(['chapter']),
      hrefFor: (d) => `/plan/${d.id}/`,
    });
    expect(html).toBe(
      '<p class="division-link level-chapter" data-pagefind-ignore=""><a href="/plan/chapter-2/"><span class="num">第二章</span> 创新</a></p>',
    );
  });

  it('renders a table with spans, scopes, numeric cells and a caption self-link, in a keyboard-scrollable region', () => {
    const table: Table = {
      type: 'table',
      id: 'table-1',
      caption: '主要指标',
      head: [{ cells: [{ text: '类别' }, { text: '指标', colspan: 2 }], source: source(30) }],
      body: [{ cells: [{ text: '经济', header: true, rowspan: 2 }, { text: '增速' }, { text: '＞6' }], source: source(31) }],
      source: source(30),
    };
    const html = render([table]);
    expect(html).toMatch(
      /^<div class="table-scroll" tabindex="0" role="region" aria-label="主要指标"><table id="table-1"><caption>主要指标<a href="#table-1"/,
    );
    expect(html).toContain('<th scope="col">类别</th><th colspan="2" scope="colgroup">指标</th>');
    expect(html).toContain('<th rowspan="2" scope="rowgroup">经济</th><td>增速</td><td class="numeric">＞6</td>');
  });

  it('renders glossary entries as one definition list, each line rebuilt as written', () => {
    const term: Term = {
      type: 'term',
      id: 'term-1',
      number: '1.',
      term: '“三高四新”',
      separator: '：',
      definition: '定义。',
      source: source(2039),
    };
    expect(render([term])).toBe(
      '<dl class="glossary"><div id="term-1" class="term"><dt>1.“三高四新”：</dt><dd>定义。<a href="#term-1" class="self-link self-link-paragraph" aria-label="链接到此段" title="原文第 2039 行" data-pagefind-ignore=""></a></dd></div></dl>',
    );
  });

  it('links the first occurrence of a glossary term on the page, and only the first', () => {
    const term: Term = {
      type: 'term',
      id: 'term-3',
      number: '3.',
      term: '新质生产力',
      separator: '：',
      definition: '…',
      source: source(1),
    };
    const html = renderNodes([para('p-1', '发展新质生产力，培育新质生产力。')], {
      depth: 2,
      terms: termLinker([term], (id) => `/plan/glossary/#${id}`),
    });
    expect(html).toContain(
      '发展<a href="/plan/glossary/#term-3" title="名词解释：新质生产力" class="term-link">新质生产力</a>，培育新质生产力。',
    );
  });

  it('shows the text of every real document and nothing else (interface text aside)', () => {
    const { documents } = parseSeeds('seeds');
    for (const doc of documents) {
      const html = renderNodes(doc.children, { depth: 2 });
      const shown = html
        .replace(/<span class="heading-missing"[^>]*>[^<]*<\/span>/g, '')
        .replace(/<p class="editorial"[^>]*>[^<]*<\/p>/g, '')
        // A table's caption names it (the box heading above holds the source's words).
        .replace(/<caption>[^<]*/g, '')
        .replace(/<[^>]+>/g, '')
        .replace(/&#x3C;/g, '<')
        .replace(/&#x26;/g, '&')
        .replace(/\s+/g, '');
      // Compared as booleans with the document named: a failure message of the whole plan is unreadable.
      const expected = childrenText(doc.children).replace(/\s+/g, '');
      const at = Math.max(
        0,
        [...expected].findIndex((c, i) => shown[i] !== c),
      );
      expect({ doc: doc.id, firstDifference: shown === expected ? null : shown.slice(Math.max(0, at - 10), at + 20) }).toEqual({
        doc: doc.id,
        firstDifference: null,
      });
    }
  });
});
