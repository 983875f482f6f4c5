/**
 * Front matter in the forms web pages give it, line by line, including the forms no fixture report has
 * (a district's 代区长, a bare name, a spaced title, a date in Chinese numerals): each is read into title,
 * dateline, date and speaker, and none is swallowed into the title. Also the decoder's choice of encoding.
 */
import { describe, expect, it } from 'vitest';
import { ParseContext } from '../../src/parser/context.ts';
import { readStated, locateReport } from '../../src/parser/detect.ts';
import type { Division, ManifestEntry, Paragraph } from '../../src/parser/model.ts';
import { parseReport } from '../../src/parser/shapes/report.ts';
import { decodeSeed, ParseError, type SourceLine } from '../../src/parser/source.ts';

const BODY = ['各位代表：', '现在，我代表区人民政府向大会报告工作，请予审议。', '一、2025年工作回顾', '过去一年，我们攻坚克难。'];

const toLines = (texts: string[]): SourceLine[] => texts.map((text, i) => ({ number: i + 1, raw: text, text }));
const ENTRY = {
  id: 'x',
  file: 'x.txt',
  startLine: '-',
  kind: 'report',
  shape: 'report',
  title: 'x',
  sourceTitle: 'x',
  region: 'x',
  year: 2026,
  description: 'x',
  related: [],
} as ManifestEntry;

function front(head: string[]) {
  const lines = toLines([...head, ...BODY]);
  const entry: ManifestEntry = { ...ENTRY, startLine: head[0]! };
  const ctx = new ParseContext(entry, 'x.txt', lines);
  const { children, stated } = parseReport(ctx);
  const roles = children
    .filter((n): n is Paragraph => n.type === 'paragraph' && n.role !== 'salutation' && n.role !== 'body')
    .map((p) => [p.role, p.content.map((r) => r.text).join('')]);
  return { roles, stated, omitted: ctx.omitted.map((o) => [o.start, o.end]) };
}

describe('report front matter', () => {
  it('reads a district report with 代区长 and a spaced title', () => {
    const { roles, stated } = front(['政 府 工 作 报 告', '——2026年1月8日在朝阳区第十七届人民代表大会第六次会议上', '代区长 王某某']);
    expect(roles).toEqual([
      ['title', '政 府 工 作 报 告'],
      ['dateline', '——2026年1月8日在朝阳区第十七届人民代表大会第六次会议上'],
      ['speaker', '代区长 王某某'],
    ]);
    expect(stated).toEqual({ title: '政 府 工 作 报 告', date: '2026-01-08', speaker: '王某某' });
  });

  it('reads a bare name under the dateline as the speaker, and a date in Chinese numerals', () => {
    const { roles, stated } = front(['政府工作报告', '——二〇二六年一月二十七日在甘肃省第十四届人民代表大会第五次会议上', '任振鹤']);
    expect(roles.map(([r]) => r)).toEqual(['title', 'dateline', 'speaker']);
    expect(stated).toMatchObject({ date: '2026-01-27', speaker: '任振鹤' });
  });

  it('reads a dateline without its dash, or split over two lines, and the speaker after the office and its government', () => {
    expect(
      front(['2026年浙江省政府工作报告', '2026年1月14日在浙江省第十四届人民代表大会第五次会议上', '浙江省省长 刘捷']).stated,
    ).toMatchObject({
      date: '2026-01-14',
      speaker: '刘捷',
    });
    const split = front(['政府工作报告', '——2026年1月26日在广东省第十四届', '人民代表大会第五次会议上', '广东省省长 孟凡利']);
    expect(split.roles.map(([r]) => r)).toEqual(['title', 'dateline', 'dateline', 'speaker']);
    expect(
      front(['政府工作报告', '——2026年2月3日在四川省第十四届人民代表大会第五次会议上', '四川省人民政府省长 施小琳']).stated.speaker,
    ).toBe('施小琳');
    expect(front(['政府工作报告', '――2026年1月27日在青海省第十四届人民代表大会第四次会议上', '省长 罗东川']).stated.speaker).toBe('罗东川');
  });

  it('reads a dateline with a space before 在 and a speaker line with a colon after the office', () => {
    const { roles, stated } = front([
      '2026年湖北省政府工作报告',
      '2026年1月27日 在湖北省第十四届人民代表大会第四次会议上',
      '湖北省省长：李殿勋',
    ]);
    expect(roles.map(([r]) => r)).toEqual(['title', 'dateline', 'speaker']);
    expect(stated).toMatchObject({ date: '2026-01-27', speaker: '李殿勋' });
    const lines = toLines([
      '2026年湖北省政府工作报告',
      '——2026年1月27日在湖北省第十四届人民代表大会第四次会议上',
      '湖北省省长：李殿勋',
      ...BODY,
    ]);
    expect(readStated(lines, 'x.txt').office).toBe('湖北省省长');
  });

  it('leaves web-page debris in the front matter out, declared, and keeps the title', () => {
    const { roles, omitted } = front([
      '2026年四川省人民政府工作报告',
      '2026年02月10日 07时41分',
      '来源:',
      '四川日报',
      '【字体：',
      '大',
      '中',
      '小',
      '】',
      '分享：',
      '2026年2月3日在四川省第十四届人民代表大会第五次会议上',
      '四川省人民政府省长 施小琳',
    ]);
    expect(omitted).toEqual([
      [2, 2],
      [3, 4],
      [5, 9],
      [10, 10],
    ]);
    expect(roles.map(([r]) => r)).toEqual(['title', 'dateline', 'speaker']);
  });

  it('reads a caption whose credit the page dropped (张工作政府工作报告。) as a figure, a dated one as a lead', () => {
    const head = ['2026年天津市政府工作报告', '——2026年1月26日在天津市第十八届人民代表大会第四次会议上', '天津市市长 张工'];
    expect(front([...head, '张工作政府工作报告。']).roles.at(-1)).toEqual(['figure', '张工作政府工作报告。']);
    expect(front([...head, '1月26日，张工作政府工作报告。']).roles.at(-1)).toEqual(['lead', '1月26日，张工作政府工作报告。']);
    // Someone else's sentence is not the speaker's caption.
    expect(front([...head, '王某作政府工作报告。']).roles).toHaveLength(3);
  });

  it('does not take a sentence for a speaker or a dateline', () => {
    const { roles } = front([
      '政府工作报告',
      '——2026年1月8日在某区第十七届人民代表大会第六次会议上',
      '代区长 王某某',
      '各位代表，我们要团结奋斗',
    ]);
    expect(roles.map(([r]) => r)).toEqual(['title', 'dateline', 'speaker']);
  });
});

describe('locating a report in a download', () => {
  it('starts at the title above the dateline and ends before the page footer', () => {
    const lines = toLines([
      '当前位置：',
      '首页',
      '>',
      '要闻',
      '政府工作报告',
      '——2026年1月8日在某区第十七届人民代表大会第六次会议上',
      '代区长 王某某',
      ...BODY,
      '打印本页',
      '关闭窗口',
    ]);
    expect(locateReport(lines)).toEqual({ start: 5, end: 11, debris: true });
    expect(readStated(lines.slice(4, 11), 'x.txt')).toMatchObject({ government: '某区', occasion: '某区第十七届人民代表大会第六次会议' });
  });
});

describe('page furniture several pieces to a line', () => {
  it('declares a line made only of furniture (stamps, switches, links, site marks), before, inside and after the report', () => {
    const lines = toLines([
      '首页 > 要闻动态',
      '政府工作报告',
      '信息来源：湖南日报  发布日期：2026-02-05 08:30  浏览次数：12345',
      '——2026年1月8日在某区第十七届人民代表大会第六次会议上',
      '【字体：大 中 小】 【打印】 【关闭】',
      '代区长 王某某',
      ...BODY,
      '【打印本页】【关闭窗口】',
      '上一篇：关于某某的通知',
      '主办：某区人民政府办公室  承办：某区大数据中心',
      '网站标识码：1100000001  京ICP备05000000号',
    ]);
    expect(locateReport(lines)).toEqual({ start: 2, end: 10, debris: true });
    const { roles, omitted } = front(lines.slice(1, 10).map((l) => l.text));
    expect(omitted).toEqual([
      [2, 2],
      [4, 4],
    ]);
    expect(roles.map(([r]) => r)).toEqual(['title', 'dateline', 'speaker']);
  });

  it('keeps a line with text of its own besides furniture words', () => {
    const lines = toLines([
      '政府工作报告',
      '——2026年1月8日在某区第十七届人民代表大会第六次会议上',
      '代区长 王某某',
      ...BODY,
      '打印 各位代表，谢谢大家',
    ]);
    expect(locateReport(lines)).toMatchObject({ end: 8 });
  });
});

describe('locating a report that has a news lead and no dateline', () => {
  it('starts at the title, not at the lead sentence that names the report (national 2024 as the compilation has it)', () => {
    const lines = toLines(['2024年《政府工作报告》', '3月5日，李强总理代表国务院在十四届全国人大二次会议上作《政府工作报告》。', ...BODY]);
    expect(locateReport(lines)).toMatchObject({ start: 1 });
    expect(readStated(lines, 'x.txt')).toMatchObject({
      title: '2024年《政府工作报告》',
      date: '2024-03-05',
      speaker: '李强',
      occasion: '十四届全国人大二次会议',
      government: '全国',
    });
  });
});

describe('what the front matter states without a dateline', () => {
  it('takes the session from a news lead and the government from it, or from the title', () => {
    const lead = toLines([
      '2026年湖南省政府工作报告',
      '2月3日，湖南省第十四届人民代表大会第四次会议在省人民会堂开幕。省长毛伟明作政府工作报告。',
      ...BODY,
    ]);
    expect(readStated(lead, 'x.txt')).toMatchObject({
      date: '2026-02-03',
      speaker: '毛伟明',
      occasion: '湖南省第十四届人民代表大会第四次会议',
      government: '湖南省',
    });
    // A bare name under the dateline takes its office from the caption or lead naming it.
    const bare = toLines([
      '2026年湖南省政府工作报告',
      '——2026年2月3日在湖南省第十四届人民代表大会第四次会议上',
      '毛伟明',
      '省长毛伟明作政府工作报告。湖南日报全媒体记者 刘尚文 摄',
      ...BODY,
    ]);
    expect(readStated(bare, 'x.txt')).toMatchObject({ speaker: '毛伟明', office: '省长' });
    const titleOnly = toLines(['2026年湖南省人民政府工作报告', '湖南省省长 毛伟明', ...BODY]);
    expect(readStated(titleOnly, 'x.txt')).toMatchObject({ government: '湖南省', speaker: '毛伟明' });
    expect(readStated(titleOnly, 'x.txt').date).toBeUndefined();
    // Below province level nothing is guessed from the title: the command asks for the region.
    expect(readStated(toLines(['2026年某区政府工作报告', '代区长 王某某', ...BODY]), 'x.txt').government).toBeUndefined();
  });
});

describe('closing text after the last item', () => {
  const parse = (texts: string[]) => {
    const ctx = new ParseContext({ ...ENTRY, startLine: texts[0]! }, 'x.txt', toLines(texts));
    const part = parseReport(ctx)
      .children.filter((n): n is Division => n.type === 'division')
      .at(-1)!;
    return part.children.map((n) =>
      n.type === 'division' ? ['item', n.children.map((c) => (c as Paragraph).source.line)] : ['part', (n as Paragraph).source.line],
    );
  };
  const head = [
    '政府工作报告',
    '——2026年1月8日在某区第十七届人民代表大会第六次会议上',
    '代区长 王某某',
    '各位代表：',
    '二、2026年工作安排',
    '（一）扩大内需。',
    '实施提振消费专项行动。',
  ];

  it('gives the part a closing appeal that opens 让我们 without a salutation, and what follows it', () => {
    expect(parse([...head, '让我们更加紧密地团结在以习近平同志为核心的党中央周围，为全面建设现代化而努力奋斗！', '（完）'])).toEqual([
      ['item', [7]],
      ['part', 8],
      ['part', 9],
    ]);
  });

  it('also gives it a paragraph opening with the vocative 各位代表，', () => {
    expect(parse([...head, '各位代表，新征程已经开启。', '让我们携手奋斗！'])).toEqual([
      ['item', [7]],
      ['part', 8],
      ['part', 9],
    ]);
  });

  it('leaves an item’s own 让我们 sentence that is not the end of the body in the item', () => {
    expect(parse([...head, '让我们一起行动起来！', '（二）稳定就业。'])).toEqual([
      ['item', [7, 8]],
      ['item', []],
    ]);
  });
});

describe('the national report', () => {
  it('is the 全国 government, delivered by the premier', () => {
    const lines = toLines(['政府工作报告', '——2025年3月5日在第十四届全国人民代表大会第三次会议上', '国务院总理 李强', ...BODY]);
    expect(readStated(lines, 'x.txt')).toEqual({
      title: '政府工作报告',
      date: '2025-03-05',
      speaker: '李强',
      occasion: '第十四届全国人民代表大会第三次会议',
      government: '全国',
      dateline: '——2025年3月5日在第十四届全国人民代表大会第三次会议上',
      office: '国务院总理',
    });
  });
});

describe('decoding', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  it('reads GBK when the first non-ASCII bytes are not UTF-8, and says so', () => {
    // 政府工作报告 in GBK.
    const gbk = new Uint8Array([0xd5, 0xfe, 0xb8, 0xae, 0xb9, 0xa4, 0xd7, 0xf7, 0xb1, 0xa8, 0xb8, 0xe6, 0x0a]);
    const { lines, quirks } = decodeSeed('x.txt', gbk);
    expect(lines[0]!.text).toBe('政府工作报告');
    expect(quirks.map((q) => q.message)).toEqual([expect.stringContaining('GB18030（GBK）')]);
  });

  it('keeps a UTF-8 file damaged after its first Chinese character a located UTF-8 error', () => {
    const bytes = new Uint8Array([...utf8('政府工作报告\n第二行\n'), 0xd5, 0xfe]);
    expect(() => decodeSeed('x.txt', bytes)).toThrow(ParseError);
    expect(() => decodeSeed('x.txt', bytes)).toThrow(/x\.txt:3: expected UTF-8 text/);
  });

  it('reads UTF-16 without a byte order mark, either endianness, and still fails binary data with NUL bytes', () => {
    const text = '政府工作报告\n一、2025年工作回顾（PM2.5）\n';
    const le = new Uint8Array(Buffer.from(text, 'utf16le'));
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
    expect(decodeSeed('x.txt', le).lines.map((l) => l.text)).toEqual(['政府工作报告', '一、2025年工作回顾（PM2.5）']);
    expect(decodeSeed('x.txt', le).quirks[0]!.message).toContain('UTF-16（小端序，无BOM）');
    expect(decodeSeed('x.txt', be).lines.map((l) => l.text)).toEqual(['政府工作报告', '一、2025年工作回顾（PM2.5）']);
    expect(decodeSeed('x.txt', be).quirks[0]!.message).toContain('UTF-16（大端序，无BOM）');
    const binary = new Uint8Array([...utf8('政府工作报告\n'), 0x00, 0x01, 0x02, 0x03, 0xff, 0x00, 0x07]); // even length, a line end at an even offset
    expect(() => decodeSeed('x.txt', binary)).toThrow(ParseError);
  });

  it('reads UTF-16 with its byte order mark, either endianness', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x3f, 0x65, 0x9c, 0x5e]); // 政府
    const be = new Uint8Array([0xfe, 0xff, 0x65, 0x3f, 0x5e, 0x9c]);
    expect(decodeSeed('x.txt', le).lines[0]!.text).toBe('政府');
    expect(decodeSeed('x.txt', be).lines[0]!.text).toBe('政府');
    expect(decodeSeed('x.txt', be).quirks[0]!.message).toContain('大端序');
  });
});
