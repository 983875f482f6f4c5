import { describe, expect, it } from 'vitest';
import type { Division, Node, Paragraph } from '../../src/parser/model.ts';
import { parseDigest } from '../../src/parser/shapes/digest.ts';
import { rebuiltEqualsSource, seedContext, textContext } from './seedDoc.ts';

const paragraphs = (nodes: Node[]): Paragraph[] =>
  nodes.flatMap((n) => (n.type === 'paragraph' ? [n] : n.type === 'division' ? paragraphs(n.children) : []));
const text = (p: Paragraph) => p.content.map((r) => r.text).join('');

describe('digest: hunan-2024-digest', () => {
  const ctx = seedContext('hunan-2024-digest');
  const result = parseDigest(ctx);
  const all = paragraphs(result.children);
  const byRole = (role: Paragraph['role']) => all.filter((p) => p.role === role);

  it('states the page headline as title and the lead date', () => {
    expect(result.stated).toEqual({ title: '湖南“四个十大”上新！政府工作报告回应民生热点、焦点、难点', date: '2024-01-24' });
    expect(byRole('title').map(text)).toEqual([result.stated.title]);
    expect(ctx.warnings).toEqual([]);
  });

  it('keeps the caption residue, lead, byline at the top', () => {
    expect(result.children.slice(0, 6).map((n) => (n as Paragraph).role)).toEqual(['note', 'lead', 'body', 'body', 'body', 'byline']);
    expect(text(result.children[0] as Paragraph)).toBe('扫码看视频');
    expect(text(byRole('byline')[0]!)).toMatch(/^■文\/三湘都市报全媒体记者/);
  });

  it('makes the >>>> labels sections, with the page headline between them', () => {
    const sections = result.children.filter((n): n is Division => n.type === 'division');
    expect(sections.map((s) => [s.id, s.level, s.heading, s.title])).toEqual([
      ['section-1', 'section', '2023答卷 >>>>', '2023答卷'],
      ['section-2', 'section', '奋进2024 >>>>', '奋进2024'],
    ]);
    const between = result.children.slice(result.children.indexOf(sections[0]!) + 1, result.children.indexOf(sections[1]!));
    expect(between.map((n) => (n as Paragraph).role)).toEqual(['title', 'subtitle']);
    expect((sections[0]!.children[0] as Paragraph).role).toBe('subtitle');
  });

  it('turns **bold** into strong runs without the markers', () => {
    const first = byRole('bullet')[0]!;
    expect(first.content).toContainEqual({ text: '5万亿元', emphasis: 'strong' });
    expect(first.content.filter((r) => r.emphasis === 'strong').map((r) => r.text)).toEqual(['5万亿元', '4.6%', '0.3']);
    expect(all.some((p) => p.content.some((r) => r.text.includes('**')))).toBe(false);
  });

  it('keeps ● bullets with their marker', () => {
    expect(byRole('bullet')).toHaveLength(9);
    expect(byRole('bullet').every((p) => text(p).startsWith('●'))).toBe(true);
  });

  it('reads `- ` list items with the marker dropped, under their labels', () => {
    const items = byRole('list-item');
    expect(items).toHaveLength(51);
    expect(items.some((p) => text(p).startsWith('-'))).toBe(false);
    expect(text(items[0]!)).toBe('建成100所县城普通高中“轮转项目”，开展1万所家庭教育指导服务。');
    const labels = byRole('label').map(text);
    expect(labels.slice(0, 3)).toEqual(['消费', '城市', '乡村振兴']);
    expect(labels.slice(-5)).toEqual(['关注', '十大重点民生实事', '十大产业项目', '十大基础设施项目', '十大技术攻关项目']);
    expect(labels).toHaveLength(16);
  });

  it('loses no text', () => expect(rebuiltEqualsSource(ctx, result)).toBe(true));
});

describe('digest: general rules', () => {
  const sample = (body: string) => `头版标题\n\n今日，某会议开幕。\n\n${body}`;

  it('warns on an odd number of ** and keeps the text, dropping the stray marker', () => {
    const ctx = textContext(sample('●总量突破**5万亿元，增长**4.6%**。'), 'digest');
    const result = parseDigest(ctx);
    const bullet = paragraphs(result.children).find((p) => p.role === 'bullet')!;
    expect(text(bullet)).toBe('●总量突破5万亿元，增长4.6%。');
    expect(bullet.content).toContainEqual({ text: '5万亿元，增长', emphasis: 'strong' });
    expect(ctx.warnings).toHaveLength(1);
    expect(ctx.warnings[0]).toMatchObject({ line: 5, nodeId: bullet.id });
    expect(rebuiltEqualsSource(ctx, result)).toBe(true);
  });

  it('drops a line of bare markers with a warning', () => {
    const ctx = textContext(sample('****\n- 第一项'), 'digest');
    const result = parseDigest(ctx);
    expect(ctx.warnings.map((w) => w.line)).toEqual([5]);
    expect(paragraphs(result.children).map((p) => p.role)).toEqual(['title', 'lead', 'list-item']);
    expect(rebuiltEqualsSource(ctx, result)).toBe(true);
  });

  it('fails, located, when no headline stands outside the sections', () => {
    expect(() => parseDigest(textContext('第一部分 >>>>\n小标题\n正文一句。', 'digest'))).toThrow(
      /^seeds\/synthetic\.txt:1: expected a headline outside the sections/,
    );
  });
});
