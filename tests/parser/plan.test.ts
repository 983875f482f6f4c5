/**
 * The plan shape's contract on the real plan: structure counts, the two indicator tables cell by cell, and
 * its defects on damaged copies. Longer than 300 lines because the tables are pinned cell by cell (each
 * expectation is a line of the source), which reads best beside the structure they belong to.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSeeds } from '../../src/parser/index.ts';
import type { Division, Node, Paragraph, Table, Term } from '../../src/parser/model.ts';
import { parsePlan } from '../../src/parser/shapes/plan.ts';
import { ParseError, withoutWhitespace } from '../../src/parser/source.ts';
import { nodeText } from '../../src/parser/text.ts';
import { rebuiltEqualsSource, seedContext, textContext } from './seedDoc.ts';

const all = (nodes: Node[]): Node[] => nodes.flatMap((n) => (n.type === 'division' ? [n, ...all(n.children)] : [n]));
const divisions = (nodes: Node[], level?: Division['level']) =>
  all(nodes).filter((n): n is Division => n.type === 'division' && (!level || n.level === level));
const text = (n: Node) => (n as Paragraph).content.map((r) => r.text).join('');
const byId = (nodes: Node[], id: string) => all(nodes).find((n) => 'id' in n && n.id === id);

const ctx = seedContext('hunan-fyp15');
const result = parsePlan(ctx);
const SOURCE = readFileSync(`seeds/${ctx.entry.file}`, 'utf8');

/** Parses a variant of the plan's text; returns the result or the ParseError it threw. */
function parseVariant(source: string) {
  const vctx = textContext(source, 'plan');
  try {
    const r = parsePlan(vctx);
    return { ok: true as const, result: r, ctx: vctx };
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return { ok: false as const, error: e };
  }
}
const lines = SOURCE.split('\n');
const withLines = (f: (ls: string[]) => string[]) => f([...lines]).join('\n');

describe('plan: hunan-fyp15 structure', () => {
  it('states the title joined from its two lines, and nothing else', () => {
    expect(result.stated).toEqual({ title: '湖南省国民经济和社会发展第十五个五年规划纲要' });
    const [t1, t2, preamble] = result.children as Paragraph[];
    expect([t1!.role, t2!.role, preamble!.role]).toEqual(['title', 'title', 'lead']);
    expect(text(t1!) + text(t2!)).toBe(result.stated.title);
    expect(text(preamble!)).toMatch(/^湖南省国民经济和社会发展第十五个五年（2026—2030年）规划纲要，根据/);
  });

  it('has 17 篇, 67 章, 178 节, 36 专栏, 2 tables, 51 glossary entries', () => {
    expect(divisions(result.children, 'part')).toHaveLength(17);
    expect(divisions(result.children, 'chapter')).toHaveLength(67);
    expect(divisions(result.children, 'section')).toHaveLength(178);
    expect(divisions(result.children, 'box').map((b) => b.id)).toEqual(Array.from({ length: 36 }, (_, i) => `box-${i + 1}`));
    expect(all(result.children).filter((n) => n.type === 'table')).toHaveLength(2);
    expect(all(result.children).filter((n) => n.type === 'term')).toHaveLength(51);
  });

  it('numbers 篇 and 章 by their own ordinals, in order, each under its 篇', () => {
    const parts = divisions(result.children, 'part');
    expect(parts.map((p) => p.id)).toEqual(Array.from({ length: 17 }, (_, i) => `part-${i + 1}`));
    expect(divisions(result.children, 'chapter').map((c) => c.id)).toEqual(Array.from({ length: 67 }, (_, i) => `chapter-${i + 1}`));
    const part6 = byId(result.children, 'part-6') as Division;
    expect(part6.heading).toBe('第六篇  提升数智化发展水平  深入推进数字湖南建设');
    const ch24 = part6.children.find((n) => n.type === 'division' && n.id === 'chapter-24') as Division;
    expect(ch24).toMatchObject({ number: '第二十四章', ordinal: 24, title: '实施“人工智能+”行动' });
    expect(ch24.children[0]!.type).toBe('paragraph'); // the intro comes before the first 节
  });

  it('gives 节 ids section-C-S and keeps headings as written', () => {
    const s = byId(result.children, 'section-24-2') as Division;
    expect(s).toMatchObject({ level: 'section', number: '第二节', ordinal: 2, title: '推动人工智能赋能千行百业' });
    expect(s.heading).toBe('第二节  推动人工智能赋能千行百业');
    expect((byId(result.children, 'section-57-2') as Division).heading).toBe('第二节 推动重点领域绿色转型');
    const ids = all(result.children).flatMap((n) => ('id' in n ? [n.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('joins a wrapped 篇 title, and never a paragraph', () => {
    const p2 = byId(result.children, 'part-2') as Division;
    expect(p2.heading).toBe('第二篇  持续用力打造国家重要先进制造业高地  巩固壮大实体经济根基');
    expect(p2.title).toBe('持续用力打造国家重要先进制造业高地  巩固壮大实体经济根基');
    expect((byId(result.children, 'part-3') as Division).title).toBe('持续用力打造具有核心竞争力的科技创新高地  引领发展新质生产力');
    // A break between the two phrases keeps them apart with layout space.
    expect((byId(result.children, 'part-5') as Division).title).toBe('建设强大内需市场  服务和融入新发展格局');
    const p1 = byId(result.children, 'part-1') as Division;
    expect(p1.heading).toBe('第一篇  锚定“三高四新”美好蓝图  奋力谱写中国式现代化湖南篇章');
    expect(text(p1.children[0]!)).toMatch(/^“十五五”时期是基本实现/);
    const p17 = byId(result.children, 'part-17') as Division;
    expect(p17.heading).toBe('第十七篇  加强规划实施保障');
  });

  it('puts the headless 第六十六章 in a chapter of its own, flagged', () => {
    const p17 = byId(result.children, 'part-17') as Division;
    const ch66 = byId(result.children, 'chapter-66') as Division;
    expect(p17.children.map((n) => (n.type === 'division' ? n.id : n.type))).toEqual(['paragraph', 'chapter-66', 'chapter-67']);
    expect(ch66).toMatchObject({ number: null, ordinal: 66, heading: '', title: '', editorial: '源文件缺少第六十六章标题' });
    expect(text(ch66.children[0]!)).toMatch(/^充分发挥党总揽全局/);
    expect(divisions(ch66.children, 'section').map((s) => s.id)).toEqual(['section-66-1', 'section-66-2', 'section-66-3']);
    const warning = ctx.warnings.find((w) => w.nodeId === 'chapter-66');
    expect(warning?.message).toMatch(/第六十六章/);
    expect(warning?.file).toBe(`seeds/${ctx.entry.file}`);
  });

  it('reports exactly the defects of the source', () => {
    expect(ctx.warnings.map((w) => w.nodeId)).toEqual(['table-1', expect.stringMatching(/^p-\d+$/), 'chapter-66']);
    expect(ctx.warnings[0]!.message).toMatch(/经济发展.*重复/);
    expect(ctx.warnings[1]!.message).toMatch(/图题/);
  });

  it('reads boxes: items with their lead, sub-headings, notes', () => {
    const box14 = byId(result.children, 'box-14') as Division;
    expect(box14).toMatchObject({ number: '专栏14', ordinal: 14, title: '“人工智能+”行动', heading: '专栏14  “人工智能+”行动' });
    expect(byId((byId(result.children, 'section-24-2') as Division).children, 'box-14')).toBeDefined();
    expect(box14.children).toHaveLength(5);
    const first = box14.children[0] as Paragraph;
    expect(first.content[0]).toEqual({ text: '科学技术领域。', emphasis: 'lead' });
    const box16 = byId(result.children, 'box-16') as Division;
    expect(box16.children.map((n) => (n as Division).heading)).toEqual([
      '（一）贯通通道',
      '（二）扩容通道',
      '（三）提升通道',
      '（四）完善通道',
    ]);
    const sub = box16.children[0] as Division;
    expect(sub).toMatchObject({ id: 'box-16-1', level: 'subheading', number: '（一）', ordinal: 1, title: '贯通通道' });
    expect(sub.children.map((n) => text(n).slice(0, 5))).toEqual(['呼南通道。', '厦渝通道。']);
  });

  it('keeps figures and image placeholders as figure paragraphs outside boxes', () => {
    const figures = all(result.children).filter((n) => n.type === 'paragraph' && n.role === 'figure');
    expect(figures.map(text).filter((t) => t.startsWith('图'))).toHaveLength(6);
    const box19 = byId(result.children, 'box-19') as Division;
    expect(box19.children.some((n) => n.type === 'paragraph' && n.role === 'figure')).toBe(false);
  });

  it('reads the glossary: numbers and separators as written', () => {
    const g = byId(result.children, 'glossary') as Division;
    expect(g).toMatchObject({ level: 'glossary', heading: '名 词 解 释', number: null });
    expect(result.children[result.children.length - 1]).toBe(g);
    const terms = g.children as Term[];
    expect(terms.map((t) => t.id)).toEqual(Array.from({ length: 51 }, (_, i) => `term-${i + 1}`));
    expect(terms[0]).toMatchObject({ number: '1.', term: '“三高四新”美好蓝图', separator: '：' });
    expect(terms[44]).toMatchObject({ number: '45．', term: '碳排放总量和强度双控制度' });
    expect(terms[50]).toMatchObject({ number: '51．', term: '气象“631”递进式预报预警叫应' });
    expect(terms[50]!.definition).toMatch(/^6小时滚动预报/);
    expect(nodeText(terms[50]!)).not.toContain('bookmark');
  });

  it('rebuilds the source text exactly', () => {
    expect(rebuiltEqualsSource(ctx, result)).toBe(true);
  });
  // Parse time is measured by `npm run bench` (build stages), not asserted here: a verdict must not
  // depend on the machine's speed or load.
});

describe('plan: indicator tables', () => {
  const tables = all(result.children).filter((n): n is Table => n.type === 'table');
  const [t1, t2] = tables as [Table, Table];
  const cells = (t: Table) => [...t.head, ...t.body].flatMap((r) => r.cells);
  const cell = (t: Table, value: string) => cells(t).filter((c) => c.text === value);
  const row = (t: Table, seq: string) => t.body.find((r) => r.cells.some((c) => c.text === seq && !c.header))!;

  it('sits in its box, before the 注 notes', () => {
    const box1 = byId(result.children, 'box-1') as Division;
    expect(box1.children[0]).toBe(t1);
    expect(box1.children.slice(1).map((n) => (n as Paragraph).role)).toEqual(['note', 'note', 'note', 'note']);
    expect(text(box1.children[1]!)).toBe('注：1．加*表示为2024年数据。');
    expect(text(box1.children[4]!)).toMatch(/^4．粮食综合生产能力统计口径调整/);
    const box2 = byId(result.children, 'box-2') as Division;
    expect(box2.children[0]).toBe(t2);
    expect((box2.children[1] as Paragraph).role).toBe('note');
    expect((box2.children[1] as Paragraph).content.filter((r) => r.emphasis === 'enum').map((r) => r.text)).toEqual(['①', '②']);
    expect([t1.id, t1.caption, t2.id, t2.caption]).toEqual([
      'table-1',
      '“十四五”规划主要指标完成情况',
      'table-2',
      '湖南省“十五五”时期经济社会发展主要指标',
    ]);
  });

  it('table-1 has a two-row header with the merges the Word table had', () => {
    expect(t1.head).toHaveLength(2);
    expect(t1.head[0]!.cells).toEqual([
      { text: '类别', header: true, rowspan: 2 },
      { text: '序号', header: true, rowspan: 2 },
      { text: '指 标 名 称', header: true, rowspan: 2 },
      { text: '2020年', header: true, rowspan: 2 },
      { text: '规划目标', header: true, colspan: 2 },
      { text: '实现情况', header: true, colspan: 2 },
    ]);
    expect(t1.head[1]!.cells.map((c) => c.text)).toEqual(['2025年', '年均增速[累计]', '2025年', '年均增速[累计]']);
  });

  it('table-1 body: groups, values as written, merged cells', () => {
    expect(t1.body).toHaveLength(26);
    expect([...new Set(t1.body.map((r) => r.group))]).toEqual(['经济发展', '创新驱动', '民生福祉', '绿色生态', '安全保障']);
    const groupCells = t1.body.flatMap((r) => r.cells.filter((c) => c.header));
    expect(groupCells.map((c) => [c.text, c.rowspan])).toEqual([
      ['经济发展\n经济发展', 8],
      ['创新驱动', 3],
      ['民生福祉', 7],
      ['绿色生态', 5],
      ['安全保障', 3],
    ]);
    expect(
      row(t1, '1')
        .cells.slice(1)
        .map((c) => c.text),
    ).toEqual(['1', '地区生产总值增长（%）', '3.8', '-', '＞6', '-', '5.2']);
    expect(cell(t1, '54.11*')).toHaveLength(1);
    expect(row(t1, '19').cells.slice(-2)).toEqual([
      { text: '完成国家下达任务', colspan: 2 },
      { text: '完成“十四五”任务', colspan: 2 },
    ]);
    expect(row(t1, '26').cells.map((c) => c.text)).toEqual([
      '26',
      '亿元地区生产总值生产安全事故死亡率（人/亿元）',
      '-',
      '-',
      '[-33%]',
      '',
      '[-46.1%]',
    ]);
  });

  it('table-2: one header row, 指标名称 over two columns for the indicator-11 sub-rows', () => {
    expect(t2.head.map((r) => r.cells.map((c) => [c.text, c.colspan ?? 1]))).toEqual([
      [
        ['类别', 1],
        ['序号', 1],
        ['指标名称', 2],
        ['基期值（2025年）', 1],
        ['目标值（2030年）', 1],
        ['属性', 1],
      ],
    ]);
    expect(t2.body).toHaveLength(23);
    expect([...new Set(t2.body.map((r) => r.group))]).toEqual(['经济发展', '创新驱动', '民生福祉', '绿色低碳', '安全保障']);
    for (const v of ['年均5—5.5', '[4]', '54.11*', '31.3（以国家下达任务为准）', '＜5.5', '[-35%]']) expect(cell(t2, v)).toHaveLength(1);
    expect(row(t2, '1').cells.map((c) => [c.text, c.colspan ?? 1])).toEqual([
      ['经济发展', 1],
      ['1', 1],
      ['地区生产总值（GDP）增长（%）', 2],
      ['4.8', 1],
      ['年均5—5.5', 1],
      ['预期性', 1],
    ]);
    const i11 = t2.body.findIndex((r) => r.cells.some((c) => c.text === '11'));
    expect(t2.body[i11]!.cells).toEqual([
      { text: '11', rowspan: 2 },
      { text: '每千人口拥有医护人员数', rowspan: 2 },
      { text: '执业医师数（人）' },
      { text: '2.8' },
      { text: '3.7左右' },
      { text: '预期性' },
    ]);
    expect(t2.body[i11 + 1]!.cells.map((c) => c.text)).toEqual(['注册护士数（人）', '4.1', '5.1左右', '预期性']);
    expect(t2.body[i11 + 1]!.group).toBe('民生福祉');
  });

  it('every grid is complete: each row covers all columns once rowspans are counted', () => {
    for (const t of tables) {
      const rows = [...t.head, ...t.body];
      const width = rows[0]!.cells.reduce((a, c) => a + (c.colspan ?? 1), 0);
      const carry: number[] = [];
      rows.forEach((r, i) => {
        const spanned = carry.filter((until) => until > i).length;
        const own = r.cells.reduce((a, c) => a + (c.colspan ?? 1), 0);
        expect(own + spanned, `${t.id} row ${i}`).toBe(width);
        r.cells.forEach((c) => {
          for (let k = 0; k < (c.colspan ?? 1); k++) if ((c.rowspan ?? 1) > 1) carry.push(i + (c.rowspan ?? 1));
        });
      });
    }
  });

  it('row-major cell order is the source order of the cell lines', () => {
    for (const t of tables) {
      const from = ctx.lines.findIndex((l) => l.number === t.source.line);
      let to = from;
      while (!/^注[：:]/.test(ctx.lines[to]!.text)) to++;
      const source = ctx.lines
        .slice(from, to)
        .map((l) => l.text)
        .join('');
      expect(withoutWhitespace(nodeText(t))).toBe(withoutWhitespace(source));
    }
  });
});

describe('plan: defects and damaged copies', () => {
  it('warns on an extra numbering gap in the glossary', () => {
    const v = parseVariant(withLines((ls) => ls.filter((l) => !/^10\.“发展飞地”/.test(l))));
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(all(v.result.children).filter((n) => n.type === 'term')).toHaveLength(50);
    expect(v.ctx.warnings.find((w) => w.nodeId === 'term-11')?.message).toBe(
      '名词解释条目编号不连续：“9.”之后是“11.”，缺少“10.”（按原文保留）',
    );
  });

  it('warns on a 节 numbered out of order, keeping ids unique', () => {
    const v = parseVariant(withLines((ls) => ls.map((l) => l.replace('第三节  培育壮大新兴产业', '第四节  培育壮大新兴产业'))));
    if (!v.ok) throw v.error;
    expect(v.ctx.warnings.map((w) => [w.nodeId, w.message])).toContainEqual([
      'section-5-4',
      '编号不连续：“第二节”之后是“第四节”，缺少“第三节”（按原文保留）',
    ]);
    expect(v.ctx.warnings.map((w) => [w.nodeId, w.message])).toContainEqual([
      'section-5-4-dup2',
      '编号重复：“第四节”之后又是“第四节”（按原文保留）',
    ]);
    expect(rebuiltEqualsSource(v.ctx, v.result)).toBe(true);
  });

  it('infers any other lost 章 heading from the numbering (here 第十章 in mid-篇)', () => {
    const v = parseVariant(withLines((ls) => ls.filter((l) => !l.includes('第十章  锻造战略科技力量'))));
    if (!v.ok) throw v.error;
    const ch10 = byId(v.result.children, 'chapter-10') as Division;
    expect(ch10).toMatchObject({ number: null, ordinal: 10, heading: '', editorial: '源文件缺少第十章标题' });
    expect(divisions(ch10.children, 'section')[0]!.id).toBe('section-10-1');
    expect(divisions(v.result.children, 'chapter')).toHaveLength(67);
    expect(v.ctx.warnings.some((w) => w.nodeId === 'chapter-10')).toBe(true);
    expect(rebuiltEqualsSource(v.ctx, v.result)).toBe(true);
  });

  it('warns on a missing 专栏 number', () => {
    const v = parseVariant(withLines((ls) => ls.map((l) => l.replace('专栏7  战略人才力量跃升行动', '专栏8  战略人才力量跃升行动'))));
    if (!v.ok) throw v.error;
    expect(v.ctx.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        '编号不连续：“专栏6”之后是“专栏8”，缺少“专栏7”（按原文保留）',
        '编号重复：“专栏8”之后又是“专栏8”（按原文保留）',
      ]),
    );
  });

  it('truncated copies parse with all text kept, or fail located', () => {
    for (let end = 1; end < lines.length; end += 29) {
      const v = parseVariant(lines.slice(0, end).join('\n'));
      if (v.ok) expect(rebuiltEqualsSource(v.ctx, v.result), `cut at ${end}`).toBe(true);
      else expect(v.error.message).toMatch(/^seeds\/synthetic\.txt:\d+: expected /);
    }
  });

  it('damaged copies (lines dropped, tabs lost, blank lines lost) keep all text or fail located', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const damages: ((l: string) => string | null)[] = [
      (l) => (random() < 0.05 ? null : l), // lines dropped
      (l) => (random() < 0.3 ? l.replace(/^\t/, '') : l), // cell tabs lost
      (l) => (l.trim() === '' && random() < 0.5 ? null : l), // blank lines lost
      (l) => (random() < 0.03 ? `${l}\n${l}` : l), // lines doubled
    ];
    for (const damage of damages) {
      for (let round = 0; round < 3; round++) {
        const v = parseVariant(
          lines
            .map(damage)
            .filter((l) => l !== null)
            .join('\n'),
        );
        if (v.ok) expect(rebuiltEqualsSource(v.ctx, v.result)).toBe(true);
        else expect(v.error.message).toMatch(/^seeds\/synthetic\.txt:\d+: expected /);
      }
    }
  });

  it('fails located on text that is not a plan outline', () => {
    const noHeadings = parseVariant('湖南省规划\n\n这是一段没有任何篇章结构的文字。');
    expect(noHeadings.ok).toBe(false);
    if (!noHeadings.ok)
      expect(noHeadings.error.message).toBe(
        'seeds/synthetic.txt:1: expected the 篇/章/节 headings of a plan outline (第一篇, 第一章…), found none',
      );
    const noTitle = parseVariant('这是一段很长的开头文字，没有标题，直接进入正文。\n第一章  总则');
    expect(noTitle.ok).toBe(false);
    if (!noTitle.ok) expect(noTitle.error.message).toMatch(/^seeds\/synthetic\.txt:1: expected the title of the plan/);
  });

  it('through parseSeeds: a one-entry manifest checks the stated title', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-'));
    try {
      const entry = { ...ctx.entry };
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify([entry]));
      writeFileSync(join(dir, entry.file), SOURCE);
      const { documents } = parseSeeds(dir, 'seeds');
      expect(documents[0]!.warnings.map((w) => w.nodeId)).toContain('chapter-66');
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify([{ ...entry, sourceTitle: '湖南省十五五规划' }]));
      expect(() => parseSeeds(dir, 'seeds')).toThrow(/seeds\/003_5d6a907a4d209efc\.txt:1: expected the title "湖南省十五五规划"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
