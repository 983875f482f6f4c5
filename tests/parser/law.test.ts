import { describe, expect, it } from 'vitest';
import type { Division, Node, Paragraph } from '../../src/parser/model.ts';
import { parseLaw } from '../../src/parser/shapes/law.ts';
import { ParseError } from '../../src/parser/source.ts';
import { rebuiltEqualsSource, seedContext, textContext } from './seedDoc.ts';

const divisions = (nodes: Node[]): Division[] => nodes.flatMap((n) => (n.type === 'division' ? [n, ...divisions(n.children)] : []));
const text = (p: Node) => (p as Paragraph).content.map((r) => r.text).join('');
const roles = (nodes: Node[]) => nodes.map((n) => (n.type === 'paragraph' ? n.role : n.type));

describe('law: state-secrets-law-2024', () => {
  const ctx = seedContext('state-secrets-law-2024');
  const result = parseLaw(ctx);
  const all = divisions(result.children);
  const chapters = all.filter((d) => d.level === 'chapter');
  const articles = all.filter((d) => d.level === 'article');
  const article = (n: number) => articles.find((a) => a.id === `article-${n}`)!;

  it('states title and the date of the last revision', () => {
    expect(result.stated).toEqual({ title: '中华人民共和国保守国家秘密法', date: '2024-02-27' });
    expect(ctx.warnings).toEqual([]);
  });

  it('keeps the title and the revision note as paragraphs', () => {
    const [title, note] = result.children as Paragraph[];
    expect(title!.role).toBe('title');
    expect(note!.role).toBe('note');
    expect(text(note!)).toMatch(/^（1988年9月5日.*第二次修订）$/);
  });

  it('has 6 chapters with headings as written', () => {
    expect(chapters.map((c) => c.id)).toEqual(['chapter-1', 'chapter-2', 'chapter-3', 'chapter-4', 'chapter-5', 'chapter-6']);
    expect(chapters[0]).toMatchObject({ number: '第一章', ordinal: 1, title: '总  则', heading: '第一章 总  则' });
    expect(chapters[5]!.title).toBe('附  则');
    expect(result.children.slice(2).every((n) => n.type === 'division' && n.level === 'chapter')).toBe(true);
  });

  it('has 65 articles, article-1 … article-65 each once, in order', () => {
    expect(articles.map((a) => a.id)).toEqual(Array.from({ length: 65 }, (_, i) => `article-${i + 1}`));
    expect(articles.every((a) => a.title === '' && a.heading === a.number)).toBe(true);
    expect(chapters.reduce((n, c) => n + c.children.length, 0)).toBe(65);
  });

  it('keeps the separator between an article number and its first clause as written', () => {
    expect(article(1).separator).toBe(' ');
    expect(article(34).separator).toBeUndefined();
  });

  it('reads 第三十四条 without a separator', () => {
    const a = article(34);
    expect(a).toMatchObject({ number: '第三十四条', ordinal: 34, heading: '第三十四条' });
    expect(text(a.children[0]!)).toMatch(/^网络运营者/);
  });

  it('splits 第十三条 into 款, 7 项 and a trailing 款', () => {
    const a = article(13);
    expect(roles(a.children)).toEqual(['clause', ...Array<string>(7).fill('law-item'), 'clause']);
    expect(text(a.children[1]!)).toBe('（一）国家事务重大决策中的秘密事项；');
    expect(text(a.children[8]!)).toMatch(/^政党的秘密事项/);
    expect(roles(article(57).children)).toEqual(['clause', ...Array<string>(13).fill('law-item'), 'clause']);
  });

  it('loses no text', () => expect(rebuiltEqualsSource(ctx, result)).toBe(true));
});

describe('law: general rules', () => {
  it('accepts a law without chapters: articles at top level', () => {
    const ctx = textContext('某某条例\n第一条 为了……，制定本条例。\n第二条　本条例自公布之日起施行。', 'law');
    const { children, stated } = parseLaw(ctx);
    expect(stated).toEqual({ title: '某某条例' });
    expect(roles(children)).toEqual(['title', 'division', 'division']);
    expect((children[2] as Division).id).toBe('article-2');
    expect(ctx.warnings).toEqual([]);
  });

  it('fails, located, on an article before the first chapter of a law with chapters', () => {
    const ctx = textContext('某某法\n第一条 总体要求。\n第一章 总则\n第二条 适用范围。', 'law');
    expect(() => parseLaw(ctx)).toThrow(ParseError);
    expect(() => parseLaw(textContext('某某法\n第一条 总体要求。\n第一章 总则\n第二条 适用范围。', 'law'))).toThrow(
      /^seeds\/synthetic\.txt:2: expected a 章 heading before the first article/,
    );
  });

  it('warns on article and item numbering gaps, keeps the text', () => {
    const ctx = textContext('某某法\n第一章 总则\n第一条 甲。\n（一）子；\n（三）丑。\n第三条 乙。', 'law');
    const result = parseLaw(ctx);
    expect(ctx.warnings.map((w) => [w.line, w.message])).toEqual([
      [5, '第一条的项编号不连续：“（一）”之后是“（三）”，缺少“（二）”（按原文保留）'],
      [6, '编号不连续：“第一条”之后是“第三条”，缺少“第二条”（按原文保留）'],
    ]);
    expect(divisions(result.children).map((d) => d.id)).toEqual(['chapter-1', 'article-1', 'article-3']);
    expect(rebuiltEqualsSource(ctx, result)).toBe(true);
  });

  it('reads a 款 that starts with an out-of-sequence article reference as text, with a warning', () => {
    const ctx = textContext('某某法\n第一条 甲。\n第二条 乙。\n第一条规定的事项，从其规定。\n第三条 丙。', 'law');
    const result = parseLaw(ctx);
    expect(divisions(result.children).map((d) => d.id)).toEqual(['article-1', 'article-2', 'article-3']);
    expect(roles((result.children[2] as Division).children)).toEqual(['clause', 'clause']);
    expect(ctx.warnings.map((w) => [w.line, w.message])).toEqual([
      [4, '此行以“第一条”开头，但其后没有分隔，也不合条文顺序（应为“第三条”）：按正文处理，不作条标题'],
    ]);
  });

  it('gives a repeated article number a -dupN id and warns once', () => {
    const ctx = textContext('某某法\n第一条 甲。\n第一条 乙。', 'law');
    const result = parseLaw(ctx);
    expect(divisions(result.children).map((d) => d.id)).toEqual(['article-1', 'article-1-dup2']);
    expect(ctx.warnings).toEqual([
      { file: 'seeds/synthetic.txt', line: 3, message: '编号重复：“第一条”之后又是“第一条”（按原文保留）', nodeId: 'article-1-dup2' },
    ]);
  });

  it("checks that the note's last adoption date exists: an impossible one is a warning and states no date", () => {
    const ctx = textContext('某某法\n（2001年1月1日通过\n2015年2月30日修正）\n第一条 甲。', 'law');
    expect(parseLaw(ctx).stated).toEqual({ title: '某某法' });
    expect(ctx.warnings.map((w) => [w.line, w.message])).toEqual([[3, '日期“2015年2月30日”不存在，不据此读取文件日期（按原文保留）']]);
  });

  it('reads a note written with full-width digits', () => {
    const ctx = textContext('某某法\n（２０１５年４月２４日通过）\n第一条 甲。', 'law');
    expect(parseLaw(ctx).stated.date).toBe('2015-04-24');
  });

  it('reads 节 inside 章 and takes the last 修正 date of the note', () => {
    const ctx = textContext(
      '某某法\n（2001年1月1日通过　根据2015年4月24日某会议《关于修改的决定》修正）\n第一章 总则\n第一节 一般规定\n第一条 甲。\n第二节 特别规定\n第二条 乙。',
      'law',
    );
    const result = parseLaw(ctx);
    expect(result.stated.date).toBe('2015-04-24');
    expect(divisions(result.children).map((d) => d.id)).toEqual(['chapter-1', 'section-1-1', 'article-1', 'section-1-2', 'article-2']);
  });

  it('keeps a 目录 as a preface and does not read its entries as chapters', () => {
    const ctx = textContext(
      '某某法\n目　　录\n第一章　总　　则\n第二章　附　　则\n第一章 总则\n第一条 甲。\n第二章 附则\n第二条 乙。',
      'law',
    );
    const result = parseLaw(ctx);
    expect(result.stated.title).toBe('某某法');
    const ids = divisions(result.children).map((d) => d.id);
    expect(ids).toEqual(['contents', 'chapter-1', 'article-1', 'chapter-2', 'article-2']);
    expect(roles((result.children[1] as Division).children)).toEqual(['label', 'label']);
    expect(ctx.warnings).toEqual([]);
    expect(rebuiltEqualsSource(ctx, result)).toBe(true);
  });
});
