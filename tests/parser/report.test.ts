/**
 * The report shape's contract on the four real reports: structure, front matter checked against the
 * manifest, paragraph roles and runs, damaged copies, and a new report parsed with no code change. Over
 * 300 lines because each report's counts are pinned here, in one place per shape like plan.test.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseContext } from '../../src/parser/context.ts';
import { parseSeeds } from '../../src/parser/index.ts';
import type { Division, Inline, Node, Paragraph, ParsedDocument } from '../../src/parser/model.ts';
import { parseReport } from '../../src/parser/shapes/report.ts';
import { readHeading } from '../../src/parser/shapes/report/headings.ts';
import { leadSentence, shapeParagraph } from '../../src/parser/shapes/report/inline.ts';
import { decodeSeed, ParseError, withoutWhitespace } from '../../src/parser/source.ts';
import { childrenText, nodeText, sourceText } from '../../src/parser/text.ts';

const { documents } = parseSeeds('seeds');
const doc = (id: string) => documents.find((d) => d.id === id)!;
const REPORTS = ['national-2024', 'hunan-2024', 'hunan-2025', 'hubei-2024'];

function walk(nodes: Node[], visit: (n: Node) => void): void {
  for (const n of nodes) {
    visit(n);
    if (n.type === 'division') walk(n.children, visit);
  }
}
const divisions = (d: ParsedDocument) => {
  const out: Division[] = [];
  walk(d.children, (n) => n.type === 'division' && out.push(n));
  return out;
};
const paragraphs = (nodes: Node[]) => {
  const out: Paragraph[] = [];
  walk(nodes, (n) => n.type === 'paragraph' && out.push(n));
  return out;
};
const byId = (d: ParsedDocument, id: string) => divisions(d).find((x) => x.id === id)!;
const parts = (d: ParsedDocument) => d.children.filter((n): n is Division => n.type === 'division');
const items = (p: Division) => p.children.filter((n): n is Division => n.type === 'division' && n.level === 'item');
/** Paragraphs that start on a given source line, in order (a split line gives several). */
const atLine = (d: ParsedDocument, line: number) => paragraphs(d.children).filter((p) => p.source.line === line);
const text = (p: Paragraph) => p.content.map((r) => r.text).join('');
const runs = (p: Paragraph) => p.content.map((r: Inline) => [r.text, r.emphasis ?? null]);
/** The source line as the model must hold it: layout whitespace trimmed. */
const sourceLine = (d: ParsedDocument, line: number) => {
  const { lines } = decodeSeed(d.file, readFileSync(`seeds/${d.file}`));
  return lines[line - 1]!.text;
};

/** What the text states, read by the report parser itself (the orchestrator only checks it). */
function stated(d: ParsedDocument) {
  const { lines } = decodeSeed(`seeds/${d.file}`, readFileSync(`seeds/${d.file}`));
  const ctx = new ParseContext(d, `seeds/${d.file}`, lines.slice(d.lines.start - 1, d.lines.end));
  return parseReport(ctx).stated;
}

describe('report structure', () => {
  it.each([
    ['national-2024', [0, 0, 10]],
    ['hunan-2024', [0, 10, 0]],
    ['hunan-2025', [0, 10, 0]],
    ['hubei-2024', [7, 9, 5]],
  ])('%s: 3 parts with items %j', (id, counts) => {
    const ps = parts(doc(id));
    expect(ps.map((p) => p.id)).toEqual(['part-1', 'part-2', 'part-3']);
    expect(ps.map((p) => items(p).length)).toEqual(counts);
    expect(doc(id).warnings).toEqual([]);
  });

  it('national-2024: ids, numbers and titles of the task list', () => {
    const d = doc('national-2024');
    const p3 = byId(d, 'part-3');
    expect(p3).toMatchObject({ level: 'part', number: '三、', ordinal: 3, title: '2024年政府工作任务', heading: '三、2024年政府工作任务' });
    expect(items(p3).map((i) => i.id)).toEqual(Array.from({ length: 10 }, (_, k) => `item-3-${k + 1}`));
    expect(items(p3).map((i) => i.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(byId(d, 'item-3-10')).toMatchObject({ number: '（十）', title: '切实保障和改善民生，加强和创新社会治理' });
  });

  it('ids are unique and ASCII in every report', () => {
    for (const id of REPORTS) {
      const ids: string[] = [];
      walk(doc(id).children, (n) => ids.push(n.id));
      expect(new Set(ids).size).toBe(ids.length);
      for (const x of ids) expect(x).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('hubei-2024: an inline item heading and its body rebuild the source line exactly', () => {
    const d = doc('hubei-2024');
    const all = divisions(d).filter((x) => x.level === 'item');
    expect(all).toHaveLength(21);
    for (const item of all) {
      const body = item.children[0] as Paragraph;
      expect(body.type).toBe('paragraph');
      expect(body.source.line).toBe(item.source.line);
      expect(item.heading + text(body)).toBe(sourceLine(d, item.source.line));
      expect(item.heading.endsWith('。')).toBe(true);
      expect(item.title).toBe(item.heading.slice(item.number!.length, -1));
    }
    const first = byId(d, 'item-1-1');
    expect(first.heading).toBe('（一）凝心聚力稳住经济增长基本盘，持续向好态势不断巩固。');
    expect(text(first.children[0] as Paragraph).startsWith('坚持稳中求进，全力以赴强信心')).toBe(true);
  });

  it('national-2024: task-list items open their paragraph and are split too', () => {
    const d = doc('national-2024');
    const item = byId(d, 'item-3-1');
    expect(item.heading).toBe('（一）大力推进现代化产业体系建设，加快发展新质生产力。');
    expect(item.heading + text(item.children[0] as Paragraph)).toBe(sourceLine(d, item.source.line));
  });

  it('hunan reports: own-line item headings keep their line to themselves', () => {
    const d = doc('hunan-2025');
    const item = byId(d, 'item-2-1');
    expect(item.heading).toBe('（一）全力推动经济持续回升向好');
    expect((item.children[0] as Paragraph).source.line).toBe(item.source.line + 1);
  });
});

describe('front matter and stated facts', () => {
  it.each([
    ['national-2024', { title: '2024年《政府工作报告》', date: '2024-03-05', speaker: '李强' }],
    ['hunan-2024', { title: '2024年湖南省政府工作报告', date: '2024-01-24', speaker: '毛伟明' }],
    ['hunan-2025', { title: '2024年湖南省政府工作报告', date: '2025-01-14', speaker: '毛伟明' }],
    ['hubei-2024', { title: '2024年湖北省政府工作报告', date: '2024-01-30', speaker: '王忠林' }],
  ])('%s states %j', (id, facts) => {
    expect(stated(doc(id))).toEqual(facts);
  });

  it('hunan-2025 and hubei-2024: title, dateline, speaker, salutation as top-level paragraphs', () => {
    for (const id of ['hunan-2025', 'hubei-2024']) {
      const top = doc(id).children.slice(0, 4) as Paragraph[];
      expect(top.map((p) => p.role)).toEqual(['title', 'dateline', 'speaker', 'salutation']);
    }
    expect(text(doc('hubei-2024').children[2] as Paragraph)).toBe('省长 王忠林');
  });

  it('hunan-2024 and national-2024: the news-style lead is kept as the preface lead', () => {
    const h = doc('hunan-2024').children as Paragraph[];
    expect(h.slice(0, 3).map((p) => p.role)).toEqual(['title', 'lead', 'salutation']);
    expect(text(h[1]!)).toBe('1月24日上午，湖南省第十四届人民代表大会第二次会议在省人民会堂隆重开幕。省长毛伟明作政府工作报告。');
    const n = doc('national-2024').children as Paragraph[];
    expect(n.slice(0, 4).map((p) => p.role)).toEqual(['title', 'lead', 'salutation', 'body']);
  });
});

describe('paragraph roles and runs', () => {
  it('lead sentences open task paragraphs', () => {
    expect(runs(atLine(doc('hunan-2025'), 37)[0]!)[0]).toEqual(['大力提振消费。', 'lead']);
    expect(runs(atLine(doc('national-2024'), 76)[0]!)[0]).toEqual(['推动产业链供应链优化升级。', 'lead']);
    expect(runs(atLine(doc('national-2024'), 62)[0]!)[0]).toEqual(['积极的财政政策要适度加力、提质增效。', 'lead']);
    expect(runs(atLine(doc('hunan-2024'), 456)[0]!)[0]).toEqual(['开创国防动员和后备力量建设新局面。', 'lead']);
  });

  it('statements and closing maxims are not lead sentences', () => {
    const noLead = (id: string, line: number) => expect(atLine(doc(id), line)[0]!.content.some((r) => r.emphasis === 'lead')).toBe(false);
    noLead('hunan-2025', 7); // 过去一年，令人难忘、极不平凡。
    noLead('hunan-2025', 41); // 高质量发展是新时代硬道理。我们要…
    noLead('hunan-2025', 53); // 创新制胜未来。我们要…
    noLead('hunan-2025', 31); // 2025年是“十四五”规划收官之年。
    noLead('hunan-2024', 290); // 我们大力加强精神文明建设。
    noLead('hunan-2024', 298); // 过去一年的成绩来之不易。
    noLead('national-2024', 60); // 我们要坚持稳中求进、以进促稳、先立后破。
  });

  it('leadSentence rule on invented text', () => {
    expect(leadSentence('稳住外贸基本盘。支持企业开拓市场。')).toBe('稳住外贸基本盘。');
    expect(leadSentence('稳住外贸基本盘。')).toBeNull(); // nothing follows
    expect(leadSentence('外贸稳，则全局稳。支持企业开拓市场。')).toBeNull(); // comma: a maxim
    expect(leadSentence('今年要稳住外贸基本盘。支持企业开拓市场。')).toBeNull(); // time word
    expect(leadSentence('开放是发展的必由之路。我们要坚定不移。')).toBeNull(); // exhortation follows
    expect(leadSentence('这是一个超过二十四个字的很长很长很长很长很长很长的句子。后文。')).toBeNull();
  });

  it('highlights: dash, the highlight title as lead, then the text', () => {
    const p = atLine(doc('hunan-2025'), 8)[0]!;
    expect(p.role).toBe('highlight');
    expect(runs(p).slice(0, 2)).toEqual([
      ['——', null],
      ['经济发展贡献新担当。', 'lead'],
    ]);
    expect(atLine(doc('hubei-2024'), 8)[0]!.role).toBe('highlight');
  });

  it('enumerated paragraphs: 一是 as enum, its heading sentence as lead', () => {
    const p = atLine(doc('hunan-2025'), 13)[0]!;
    expect(p.role).toBe('enum-item');
    expect(runs(p).slice(0, 2)).toEqual([
      ['一是', 'enum'],
      ['奋力拼经济，稳住经济基本盘。', 'lead'],
    ]);
    const q = atLine(doc('hunan-2024'), 288)[0]!;
    expect(runs(q).slice(0, 2)).toEqual([
      ['八是', 'enum'],
      ['忠诚担当提高政府效能。', 'lead'],
    ]);
  });

  it('circled numbers inside running text are enum runs', () => {
    for (const [id, line] of [
      ['hunan-2025', 86],
      ['hunan-2024', 426],
    ] as const) {
      const p = atLine(doc(id), line)[0]!;
      const marks = p.content.filter((r) => r.emphasis === 'enum').map((r) => r.text);
      expect(marks).toEqual(['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩']);
      expect(text(p)).toBe(sourceLine(doc(id), line));
    }
  });

  it('a paragraph opening with ① is an enum-item whose first sentence is not a lead', () => {
    expect(shapeParagraph('①建成学校100所。②新增床位1万张。', true)).toEqual({
      role: 'enum-item',
      content: [{ text: '①', emphasis: 'enum' }, { text: '建成学校100所。' }, { text: '②', emphasis: 'enum' }, { text: '新增床位1万张。' }],
    });
  });

  it('headings: 一、二季度… is running text, not part 一', () => {
    expect(readHeading('一、二季度经济增长较快。全年总体平稳。')).toBeNull();
    expect(readHeading('一、2023年工作回顾')).toMatchObject({ level: 'part', number: '一、', ordinal: 1, body: '' });
    expect(readHeading('（十二）加强安全保障')).toMatchObject({ level: 'item', number: '（十二）', ordinal: 12 });
  });

  it('salutations, on their own line or opening a paragraph', () => {
    const count = (id: string) => paragraphs(doc(id).children).filter((p) => p.role === 'salutation').length;
    expect([count('national-2024'), count('hunan-2024'), count('hunan-2025'), count('hubei-2024')]).toEqual([5, 4, 5, 3]);
    const [s, b] = atLine(doc('hunan-2025'), 107);
    expect([s!.role, text(s!)]).toEqual(['salutation', '各位代表！']);
    expect(text(b!)).toBe('大道至简，实干为要，好日子都是奋斗出来的。');
    // A vocative inside a sentence is not a salutation.
    expect(atLine(doc('hunan-2024'), 474).map((p) => p.role)).toEqual(['body']);
  });
});

/** Parses a mutated copy of one report, alone in a temporary seeds folder. */
function parseVariant(id: string, mutate: (lines: string[]) => string[]) {
  const entry = (JSON.parse(readFileSync('seeds/manifest.json', 'utf8')) as { id: string; file: string }[]).find((e) => e.id === id)!;
  const lines = mutate(readFileSync(`seeds/${entry.file}`, 'utf8').split('\n'));
  const dir = mkdtempSync(join(tmpdir(), 'report-'));
  writeFileSync(join(dir, entry.file), lines.join('\n'));
  const first = lines.find((l) => l.trim() !== '')!.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify([{ ...entry, startLine: first, related: [] }]));
  return parseSeeds(dir, 'seeds');
}
const without = (prefix: string) => (lines: string[]) => lines.filter((l) => !l.trim().startsWith(prefix));

describe('damaged copies', () => {
  it('a numbering gap is a warning on the item after it, text kept', () => {
    const {
      documents: [d],
    } = parseVariant('hubei-2024', without('（三）聚焦持续扩大有效需求'));
    expect(d!.warnings).toHaveLength(1);
    expect(d!.warnings[0]).toMatchObject({ file: 'seeds/004_dc10465cf933196f.txt', line: 31, nodeId: 'item-2-4' });
    expect(d!.warnings[0]!.message).toBe('编号不连续：“（二）”之后是“（四）”，缺少“（三）”（按原文保留）');
    expect(items(parts(d!)[1]!).map((i) => i.id)).toEqual([
      'item-2-1',
      'item-2-2',
      'item-2-4',
      'item-2-5',
      'item-2-6',
      'item-2-7',
      'item-2-8',
      'item-2-9',
    ]);
  });

  it('a number written again out of order is one warning and gets a -dupN id; the next gap names only the missing number', () => {
    const {
      documents: [d],
    } = parseVariant('hubei-2024', (ls) => ls.map((l) => l.replace(/^（五）聚焦强化/, '（三）聚焦强化')));
    expect(d!.warnings.map((w) => [w.line, w.nodeId, w.message])).toEqual([
      [33, 'item-2-3-dup2', '编号顺序错乱：“（四）”之后是“（三）”（按原文保留）'],
      [34, 'item-2-6', '编号不连续：“（三）”之后是“（六）”，缺少“（五）”（按原文保留）'],
    ]);
  });

  it('a missing part heading: items restarting at （一） get an untitled part with an editorial note', () => {
    const {
      documents: [d],
    } = parseVariant('hubei-2024', without('二、2024年工作思路'));
    const p2 = parts(d!)[1]!;
    expect(p2).toMatchObject({ id: 'part-2', number: null, heading: '', title: '' });
    expect(p2.editorial).toBe('源文件缺少第二部分标题');
    expect(items(p2)).toHaveLength(9);
    expect(d!.warnings.map((w) => w.nodeId)).toEqual(['part-2']);
    expect(d!.warnings[0]!.message).toBe(
      '源文件缺少第二部分标题：自此处起的内容（含“（一）”及其后各项）没有部分标题（“（七）”之后编号从“（一）”重新开始），归入推断的第二部分',
    );
  });

  it('an item before any part is a located error', () => {
    expect(() => parseVariant('hubei-2024', without('一、2023年工作回顾'))).toThrow(ParseError);
    expect(() => parseVariant('hubei-2024', without('一、2023年工作回顾'))).toThrow(
      /^seeds\/004_dc10465cf933196f\.txt:14: expected a part heading \(一、…\) before the first item, found item （一）$/,
    );
  });

  it('a report without its title line is a located error', () => {
    expect(() => parseVariant('hunan-2025', (ls) => ls.slice(1))).toThrow(/:1: expected the report's title line, found "——2025年1月14日/);
  });

  it('a title wrapped over two lines is read as one title', () => {
    const {
      documents: [d],
    } = parseVariant('hunan-2025', (ls) => [ls[0]!.replace('政府工作报告', ''), '政府工作报告', ...ls.slice(1)]);
    expect((d!.children.slice(0, 4) as Paragraph[]).map((p) => [p.role, text(p)])).toEqual([
      ['title', '2024年湖南省'],
      ['title', '政府工作报告'],
      ['dateline', sourceLine(doc('hunan-2025'), 2)],
      ['speaker', '省长毛伟明'],
    ]);
  });

  it('an impossible date in the dateline is a located error', () => {
    expect(() => parseVariant('hunan-2025', (ls) => ls.map((l, i) => (i === 1 ? l.replace('1月14日', '2月30日') : l)))).toThrow(
      /:2: expected a calendar date, found 2025年2月30日/,
    );
  });
});

describe('a new report in the same style parses with no code change', () => {
  const dir = 'tests/fixtures/new-report';
  const result = parseSeeds(dir, dir);
  const d = result.documents[0]!;

  it('is found with its parts, items and roles', () => {
    expect(result.documents.map((x) => x.id)).toEqual(['example-2030']);
    expect(result.warnings).toEqual([]);
    expect(parts(d).map((p) => [p.id, p.title, items(p).map((i) => i.id)])).toEqual([
      ['part-1', '2029年工作回顾', []],
      ['part-2', '2030年重点任务', ['item-2-1', 'item-2-2']],
      ['part-3', '加强政府自身建设', ['item-3-1', 'item-3-2']],
    ]);
    expect((d.children.slice(0, 3) as Paragraph[]).map((p) => p.role)).toEqual(['title', 'dateline', 'speaker']);
    expect(byId(d, 'item-2-2').heading).toBe('（二）加快建设现代化产业体系，培育新质生产力。');
    const leads = paragraphs(d.children).flatMap((p) => p.content.filter((r) => r.emphasis === 'lead').map((r) => r.text));
    expect(leads).toEqual([
      '经济运行稳中向好。',
      '创新动能持续增强。',
      '稳住经济大盘。',
      '推动产业升级，培育发展新动能。',
      '提振消费信心。',
      '扩大有效投资。',
      '改造提升传统产业。',
    ]);
  });

  it('keeps every character (the fidelity comparison)', () => {
    const { lines } = decodeSeed(`${dir}/${d.file}`, readFileSync(`${dir}/${d.file}`));
    const expected = withoutWhitespace(sourceText(lines.slice(d.lines.start - 1, d.lines.end), d.shape));
    expect(withoutWhitespace(childrenText(d.children))).toBe(expected);
    expect(withoutWhitespace(nodeText(byId(d, 'part-2')))).toContain('（一）着力扩大有效需求');
  });
});
