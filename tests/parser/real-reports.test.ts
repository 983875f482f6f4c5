/**
 * Real reports as downloaded (tests/fixtures/reports/, origins in its README): each parses from the file
 * as found; its text equals the source minus whitespace and the declared debris, and every line of the
 * file is either text or declared; parts, items, attachments, glossary entries and targets equal a hand
 * count made by reading the files. Over 300 lines: one table of hand counts per fixture, read in one place.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSeeds } from '../../src/parser/index.ts';
import type { Division, Node, Paragraph, ParsedDocument } from '../../src/parser/model.ts';
import { decodeSeed, withoutWhitespace } from '../../src/parser/source.ts';
import { childrenText, nodeText, sourceText } from '../../src/parser/text.ts';
import { extractTargets } from '../../src/lib/targets.ts';
import { extractOutcomes } from '../../src/lib/outcomes.ts';

const DIR = 'tests/fixtures/reports';
const { documents } = parseSeeds(DIR, DIR);
const doc = (id: string) => documents.find((d) => d.id === id)!;

interface HandCount {
  /** Items under each numbered part, in order (a part without items counts 0). */
  items: number[];
  /** Items under each unnumbered section heading standing before the numbered parts. */
  sections?: number[];
  /** Numbered items under each attachment that is not the glossary. */
  attachments?: number[];
  /** Entries of the glossary. */
  glossary?: number;
  /** Declared debris: [first, last] line ranges, in order. */
  omitted: [number, number][];
  /** The targets as the 主要预期目标 paragraph lists them. */
  targets: string[];
  /** Lines the layout broke inside a sentence: [first, last] of each joined paragraph. */
  joined?: [number, number][];
}

const GUANGDONG: HandCount = {
  items: [0, 0, 14],
  attachments: [10],
  glossary: 13,
  omitted: [],
  targets: ['地区生产总值增长4.5%—5%', '地方一般公共预算收入增长3%左右', '居民收入增长与经济增长同步'],
  joined: [
    [33, 35],
    [46, 48],
    [61, 63],
    [125, 127],
  ],
};
const NINGXIA: HandCount = {
  items: [0, 0, 6],
  omitted: [
    [1, 17],
    [114, 120],
  ],
  targets: [
    '地区生产总值增长5%左右',
    '一产、二产、三产增加值分别增长5%左右、5%以上、5%左右',
    '规模以上工业增加值增长6%左右',
    '固定资产投资增长5%左右',
    '社会消费品零售总额增长3%左右',
    '地方一般公共预算收入增长3%左右',
    '全体居民人均可支配收入增长5%以上',
    '城镇调查失业率控制在5.5%左右',
    '居民消费价格涨幅2%左右',
    '粮食总产量、生态环境、节能降碳等指标全面完成任务',
  ],
};
const QINGHAI: HandCount = {
  items: [0, 6, 6],
  omitted: [
    [4, 4],
    [5, 5],
    [121, 122],
  ],
  targets: [
    '全省地区生产总值增长4.5%左右',
    '城镇新增就业6万人以上',
    '农牧区劳动力转移就业106万人次以上',
    '城镇调查失业率5.5%左右',
    '居民消费价格涨幅2%左右',
    '全体居民人均可支配收入增长与经济增长同步',
    '粮食总产量保持在110万吨以上',
    '长江、黄河、澜沧江省境内干流全线水质稳定保持在Ⅱ类及以上',
    '全省环境空气质量保持全国前列',
    '完成国家下达我省碳排放双控和主要污染物减排目标',
  ],
};
const GUIZHOU: HandCount = {
  items: [10, 0, 8],
  omitted: [],
  targets: [
    '地区生产总值增长5%左右',
    '一二三产增加值分别增长3.5%左右、6%左右、5%左右',
    '规模以上工业增加值增长7.5%左右',
    '固定资产投资增长3%左右',
    '社会消费品零售总额增长4%左右',
    '一般公共预算收入增长2%左右',
    '城镇和农村常住居民人均可支配收入分别增长4%左右和6%左右',
    '城镇新增就业60万人左右',
    '城镇调查失业率5.5%左右',
    '居民消费价格涨幅2%左右',
    '常住人口城镇化率达59%左右',
  ],
};

const HUBEI: HandCount = {
  items: [0, 0, 9, 5],
  omitted: [
    [1, 9],
    [12, 12],
    [13, 13],
    [130, 130],
  ],
  targets: [
    '经济增长5.5%左右',
    '城镇调查失业率5.5%左右',
    '城镇新增就业70万人以上',
    '居民消费价格涨幅2%左右',
    '居民收入增长和经济增长同步',
    '粮食产量继续保持500亿斤以上',
    '单位地区生产总值二氧化碳排放完成国家下达目标',
  ],
};

const HAND: Record<string, HandCount> = {
  'guangdong-2026': GUANGDONG,
  'sichuan-2026': {
    items: [0, 0, 10],
    glossary: 20,
    omitted: [
      [2, 2],
      [3, 4],
      [5, 9],
      [10, 10],
      [128, 142],
    ],
    targets: [
      '地区生产总值增长5.5%左右',
      '城镇新增就业85万人',
      '城镇调查失业率5.5%左右',
      '居民消费价格涨幅2%左右',
      '地方一般公共预算收入增长2%',
      '居民收入增长和经济增长基本同步',
      '粮食产量730亿斤以上',
      '按照国家要求完成节能减排降碳任务',
    ],
    joined: [[108, 114]],
  },
  'ningxia-2026': NINGXIA,
  'guizhou-2026': GUIZHOU,
  'qinghai-2026': QINGHAI,
  'neimenggu-2026': {
    items: [3, 5, 7, 0],
    sections: [0, 0],
    attachments: [0],
    omitted: [
      [1, 9],
      [12, 12],
      [13, 13],
      [73, 73],
    ],
    targets: [
      '地区生产总值增长5%左右',
      '城镇调查失业率5.7%左右',
      '城镇新增就业18万人以上',
      '居民消费价格涨幅2%左右',
      '居民收入增长与经济增长同步',
      '粮食产量超过840亿斤',
      '完成国家下达的降碳减排任务',
    ],
  },
  'jiangxi-2026': {
    items: [0, 4, 8],
    glossary: 26,
    omitted: [
      [1, 9],
      [12, 12],
      [13, 13],
      [111, 111],
    ],
    targets: [
      '地区生产总值增长5%-5.5%',
      '规模以上工业增加值增长7.3%以上',
      '固定资产投资增长3.5%左右',
      '社会消费品零售总额增长4.5%以上',
      '城镇、农村居民人均可支配收入分别增长4.5%、5.5%左右',
      '居民消费价格涨幅2%左右',
      '城镇调查失业率控制在5.5%左右',
      '碳排放双控达到国家下达“十五五”目标任务的序时进度',
      '水、空气等生态环境质量主要指标保持优秀水平',
    ],
  },
  'shaanxi-2026': {
    items: [6, 0, 9],
    omitted: [
      [1, 10],
      [13, 14],
      [15, 16],
      [17, 17],
      [84, 84],
    ],
    targets: [
      '生产总值增长5％左右',
      '固定资产投资增速保持在全国平均水平以上',
      '一般公共预算收入增长3％',
      '居民收入增速高于经济增速、高于全国平均水平',
      '城镇新增就业40万人以上',
      '城镇调查失业率5.5％左右',
      '居民消费价格涨幅2％左右',
      '完成国家下达的粮食生产、单位生产总值二氧化碳减排目标任务',
    ],
  },
  'yunnan-2026': {
    items: [7, 5, 9],
    omitted: [
      [1, 5],
      [7, 7],
      [8, 8],
      [9, 13],
      [120, 126],
    ],
    targets: [
      '地区生产总值增长4.5%左右',
      '产业投资占比保持在50%以上',
      '地方一般公共预算收入增长2%',
      '城镇调查失业率5.5%以内',
      '城镇新增就业50万人以上',
      '居民人均可支配收入增长与经济增长同步',
      '粮食总产量稳定在1955万吨以上',
      '单位地区生产总值二氧化碳排放降低完成经国家审核衔接后确定的目标',
    ],
    joined: [[38, 39]],
  },
  'gansu-2026': {
    items: [],
    sections: [0, 0, 8],
    omitted: [
      [1, 9],
      [12, 12],
      [13, 13],
      [96, 96],
    ],
    targets: [
      '地区生产总值增长5.5%左右',
      '一产增加值增长6%左右',
      '二产增加值增长6%左右',
      '三产增加值增长5.5%左右',
      '规模以上工业增加值增长8%左右',
      '固定资产投资增长4.5%左右',
      '社会消费品零售总额增长4%左右',
      '外贸进出口总值增长10%以上',
      '一般公共预算收入同口径增长5.5%左右',
      '城镇调查失业率5.5%左右',
      '城乡居民人均可支配收入分别增长5%、6.5%左右',
      '常住人口城镇化率提升1个百分点以上',
      '居民消费价格涨幅2%',
      '粮食产量稳定在1300万吨以上',
      '碳排放强度、生态环境保护约束性指标完成国家下达控制目标',
    ],
  },
  'jilin-2026': {
    items: [0, 8, 2, 0],
    omitted: [
      [1, 9],
      [12, 12],
      [13, 13],
      [75, 75],
    ],
    targets: [
      '地区生产总值增长5%左右',
      '社会消费品零售总额增长5%左右',
      '规上工业增加值增长6%左右',
      '一般公共预算收入增长3.7%',
      '新能源产业产值增长8%以上',
      '装备制造业增加值增长10%左右',
      '高技术制造业增加值、战略性新兴产业产值稳步提升',
      '固定资产投资增长3%',
      '城乡居民收入增长与经济增长同步',
      '城镇调查失业率控制在5.5%左右',
      '全社会研发经费投入增长10%以上',
      '农村低保标准提高6%',
      '提高居民基础养老金',
      'CPI涨幅2%左右',
      '单位GDP二氧化碳排放下降3%左右',
    ],
  },
  'hainan-2026': {
    items: [0, 0, 10, 0],
    glossary: 28,
    omitted: [],
    targets: [
      '地区生产总值增长6%左右',
      '固定资产投资增长7%左右',
      '社会消费品零售总额增长6%左右',
      '城镇调查失业率控制在5.5%左右',
      '居民消费价格增长2%左右',
      '居民收入增长和经济增长同步',
      '生态环境质量保持优良',
      '碳排放双控完成国家下达任务',
    ],
  },
  'hunan-2026': {
    items: [0, 0, 10, 0],
    omitted: [
      [1, 9],
      [12, 12],
      [13, 13],
      [122, 122],
    ],
    targets: [
      '地区生产总值增长5%左右',
      '地方一般公共预算收入增长1.5%左右',
      '规模工业增加值增长6%',
      '固定资产投资实现正增长',
      '社会消费品零售总额增长4.5%以上',
      '进出口总额增长3%',
      '城镇新增就业70万人',
      '居民收入增速高于经济增速',
      '居民消费价格涨幅2%左右',
      '粮食产量615亿斤左右',
      '节能减排和碳排放强度下降完成国家下达任务',
    ],
  },
  'hubei-2026': HUBEI,

  'shanghai-2026': {
    items: [5, 4, 10, 4],
    omitted: [
      [1, 9],
      [12, 12],
      [13, 13],
      [123, 123],
    ],
    targets: [
      '全市生产总值增长5%左右',
      '地方一般公共预算收入增长2%',
      '全社会研发经费支出相当于全市生产总值的比例达到4.6%左右',
      '城镇调查失业率5%以内',
      '居民人均可支配收入增长与经济增长保持基本同步',
      '居民消费价格涨幅2%左右',
      '单位生产总值二氧化碳排放量进一步下降',
      '主要污染物重点工程减排量完成国家下达目标',
    ],
  },
  'xinjiang-2026': {
    items: [8, 0, 10, 4],
    omitted: [
      [1, 9],
      [12, 12],
      [13, 13],
      [85, 85],
    ],
    targets: [
      '地区生产总值增长5.5%—6%',
      '规模以上工业增加值增长7.5%左右',
      '固定资产投资增长8%左右',
      '社会消费品零售总额增长6%左右',
      '外贸进出口总额增长10%左右',
      '一般公共预算收入增长10%左右',
      '城镇居民人均可支配收入增长7%左右',
      '农村居民人均可支配收入增长8%左右',
      '居民消费价格指数涨幅2%左右',
      '城镇新增就业47万人以上',
      '城镇调查失业率控制在5.5%以内',
      '生态环境质量持续改善',
      '单位地区生产总值二氧化碳排放完成目标任务',
    ],
  },
  'fujian-2026': {
    items: [9, 4, 9, 5],
    omitted: [
      [1, 9],
      [12, 12],
      [13, 13],
      [124, 124],
    ],
    targets: [
      '全省地区生产总值增长5%左右',
      '城镇调查失业率控制在5%左右',
      '城镇新增就业50万人',
      '居民消费价格涨幅2%左右',
      '居民收入增长与经济增长同步',
      '粮食产量513万吨以上',
      '完成国家下达的单位地区生产总值二氧化碳排放降低目标',
    ],
  },
  'ningxia-2026-gbk': NINGXIA,
  'qinghai-2026-utf16': QINGHAI,
  'guizhou-2026-cr': GUIZHOU,
  'hubei-2026-utf16be': HUBEI,
  'guangdong-2026-untitled': {
    ...GUANGDONG,
    omitted: [[1, 1]],
    joined: GUANGDONG.joined!.map(([a, b]) => [a + 1, b + 1] as [number, number]),
  },
};

const divisions = (nodes: Node[], level: Division['level']) =>
  nodes.filter((n): n is Division => n.type === 'division' && n.level === level);
const paragraphs = (nodes: Node[]): Paragraph[] =>
  nodes.flatMap((n) => (n.type === 'paragraph' ? [n] : n.type === 'division' ? paragraphs(n.children) : []));

/** What the model holds from one source line: paragraph and term text, division headings, in order. */
function textAtLine(nodes: Node[], line: number): string {
  return nodes
    .map((n) => {
      if (n.type === 'division') return (n.source.line === line ? n.heading : '') + textAtLine(n.children, line);
      return n.source.line === line ? nodeText(n) : '';
    })
    .join('');
}

function fileLines(d: ParsedDocument) {
  return decodeSeed(d.file, readFileSync(`${DIR}/${d.file}`)).lines;
}

describe('real reports as downloaded', () => {
  it('has a hand count for every fixture', () => {
    expect(documents.map((d) => d.id).sort()).toEqual(Object.keys(HAND).sort());
  });

  for (const [id, hand] of Object.entries(HAND)) {
    describe(id, () => {
      const d = doc(id);

      it('declares the debris it leaves out, and nothing else is left out', () => {
        expect((d.omitted ?? []).map((o) => [o.start, o.end])).toEqual(hand.omitted);
        const lines = fileLines(d);
        const omitted = (n: number) => (d.omitted ?? []).some((o) => n >= o.start && n <= o.end);
        for (const l of lines) {
          if (l.text !== '' && (l.number < d.lines.start || l.number > d.lines.end))
            expect(omitted(l.number), `line ${l.number}`).toBe(true);
        }
        // Each omission is an editorial note shown to readers.
        for (const o of d.omitted ?? []) expect(d.warnings.some((w) => w.line === o.start && w.message.includes('不属于本文'))).toBe(true);
      });

      it('keeps every character of the text: the model equals the source minus whitespace and declared debris', () => {
        const lines = fileLines(d).filter(
          (l) =>
            l.number >= d.lines.start &&
            l.number <= d.lines.end &&
            !(d.omitted ?? []).some((o) => l.number >= o.start && l.number <= o.end),
        );
        expect(withoutWhitespace(childrenText(d.children))).toBe(withoutWhitespace(sourceText(lines, 'report')));
      });

      it('has the parts, items and appendices counted by hand', () => {
        const parts = divisions(d.children, 'part');
        expect(parts.map((p) => divisions(p.children, 'item').length)).toEqual(hand.items);
        expect(parts.map((p) => p.ordinal)).toEqual(hand.items.map((_, i) => i + 1));
        expect(divisions(d.children, 'section').map((x) => divisions(x.children, 'item').length)).toEqual(hand.sections ?? []);
        expect(divisions(d.children, 'attachment').map((a) => divisions(a.children, 'item').length)).toEqual(hand.attachments ?? []);
        const glossary = divisions(d.children, 'glossary')[0];
        expect(glossary?.children.filter((n) => n.type === 'term').length).toBe(hand.glossary);
      });

      it('has the targets listed by hand', () => {
        expect(extractTargets(d).map((t) => t.text)).toEqual(hand.targets);
      });

      it('joins the lines its layout broke inside a sentence, each with a note', () => {
        const notes = d.warnings.filter((w) => w.message.includes('断在句子中间'));
        expect(notes.map((w) => w.line)).toEqual((hand.joined ?? []).map(([a]) => a));
        // The joined lines are one paragraph (or one glossary entry) of the model, text for text.
        for (const [a, b] of hand.joined ?? []) {
          const joined = fileLines(d)
            .slice(a - 1, b)
            .map((l) => l.text)
            .join('');
          expect(textAtLine(d.children, a)).toBe(joined);
        }
      });

      it('reads the title, date and speaker the front matter states, as the manifest declares them', () => {
        const front = d.children.filter((n): n is Paragraph => n.type === 'paragraph');
        expect(front.some((p) => p.role === 'dateline')).toBe(true);
        expect(front.some((p) => p.role === 'speaker' || (p.role === 'dateline' && nodeText(p).endsWith(d.speaker!)))).toBe(true);
      });
    });
  }

  it('decodes GBK, UTF-16 (with or without its BOM) and CR files with a note naming the encoding, to the same model as the UTF-8 file', () => {
    const note = (id: string) =>
      doc(id)
        .warnings.filter((w) => w.line === 1 && /编码|BOM|换行符/.test(w.message))
        .map((w) => w.message);
    expect(note('ningxia-2026-gbk')).toEqual([expect.stringContaining('GB18030（GBK）'), expect.stringContaining('CR换行符')]);
    expect(note('qinghai-2026-utf16')).toEqual([expect.stringContaining('UTF-16（小端序')]);
    expect(note('guizhou-2026-cr')).toEqual([expect.stringContaining('BOM'), expect.stringContaining('CR换行符')]);
    expect(note('hubei-2026-utf16be')).toEqual([expect.stringContaining('UTF-16（大端序，无BOM）'), expect.stringContaining('CR换行符')]);
    for (const [variant, original] of [
      ['ningxia-2026-gbk', 'ningxia-2026'],
      ['qinghai-2026-utf16', 'qinghai-2026'],
      ['guizhou-2026-cr', 'guizhou-2026'],
      ['hubei-2026-utf16be', 'hubei-2026'],
    ] as const) {
      const strip = (x: ParsedDocument) => JSON.stringify(x.children).replaceAll(x.file, 'FILE');
      expect(strip(doc(variant))).toBe(strip(doc(original)));
    }
  });

  it('finds PM2.5 in one paragraph where the web page broke it over three lines', () => {
    const hits = paragraphs(doc('guangdong-2026').children).filter((p) => nodeText(p).includes('PM2.5'));
    expect(hits.map((p) => p.source.line)).toEqual([33, 125]);
  });

  it('reads front matter in its web forms', () => {
    const front = (id: string) =>
      doc(id)
        .children.filter((n): n is Paragraph => n.type === 'paragraph' && n.role !== 'salutation' && n.role !== 'body')
        .map((p) => [p.role, nodeText(p)]);
    expect(front('guangdong-2026')).toEqual([
      ['title', '政府工作报告'],
      ['dateline', '——2026年1月26日在广东省第十四届'],
      ['dateline', '人民代表大会第五次会议上'],
      ['speaker', '广东省省长 孟凡利'],
    ]);
    expect(front('sichuan-2026').slice(0, 3)).toEqual([
      ['title', '2026年四川省人民政府工作报告'],
      ['dateline', '2026年2月3日在四川省第十四届人民代表大会第五次会议上'],
      ['speaker', '四川省人民政府省长 施小琳'],
    ]);
    expect(front('shaanxi-2026')[1]).toEqual(['dateline', '2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚']);
    expect(front('guizhou-2026').slice(0, 2)).toEqual([
      ['figure', '政府工作报告。 贵州日报天眼新闻记者 李森 摄'],
      ['title', '政府工作报告'],
    ]);
    // A bare name under the dateline (after declared 来源/时间 lines), then a photo caption.
    expect(front('hunan-2026').slice(0, 4)).toEqual([
      ['title', '2026年湖南省政府工作报告'],
      ['dateline', '——2026年2月3日在湖南省第十四届人民代表大会第四次会议上'],
      ['speaker', '毛伟明'],
      ['figure', '2月3日，湖南省第十四届人民代表大会第四次会议在省人民会堂开幕。省长毛伟明作政府工作报告。湖南日报全媒体记者 刘尚文 摄'],
    ]);
    // A speaker's name spaced out (龚 正), and a long name with ·.
    expect(front('shanghai-2026')[2]).toEqual(['speaker', '上海市市长 龚 正']);
    expect(doc('shanghai-2026').speaker).toBe('龚正');
    expect(front('xinjiang-2026')[2]).toEqual(['speaker', '自治区主席 艾尔肯·吐尼亚孜']);
    expect(front('xinjiang-2026')[3]![0]).toBe('figure');
    expect(front('neimenggu-2026')).toContainEqual(['speaker', '自治区人民政府主席 包钢']);
    expect(front('neimenggu-2026')).toContainEqual(['figure', '自治区人民政府主席包钢作政府工作报告。本报记者 韩卿立 摄']);
    expect(front('jiangxi-2026')).toContainEqual(['figure', '省长叶建春作政府工作报告。本报全媒体记者 林 君摄']);
    expect(front('gansu-2026')).toContainEqual(['figure', '任振鹤作政府工作报告。新甘肃·甘肃日报记者 盛学卿']);
    // A page that repeats its header above the article: the document starts at the article's title.
    expect(doc('shaanxi-2026')).toMatchObject({ startAt: 11, lines: { start: 11, end: 83 } });
  });

  it('puts the closing appeal after the last item in the part, not in the item', () => {
    const part3 = divisions(doc('guangdong-2026').children, 'part')[2]!;
    const afterItems = part3.children.slice(part3.children.findLastIndex((n) => n.type === 'division') + 1);
    expect(afterItems.map((n) => (n.type === 'paragraph' ? n.role : n.type))).toEqual(['salutation', 'body']);
    expect(nodeText(afterItems[1]!)).toMatch(/^奋进正当其时/);
    const item14 = divisions(part3.children, 'item').at(-1)!;
    expect(paragraphs(item14.children).some((p) => p.role === 'salutation')).toBe(false);
  });

  it('closes an item at a paragraph addressing the assembly with a comma (各位代表，…), as with 各位代表！', () => {
    const parts = divisions(doc('shanghai-2026').children, 'part');
    // 各位代表，… after the last item of parts 1, 2, 3 and 4 (lines 47, 59, 114, 122) and what follows it up to the
    // next part (49 我们也清醒认识到…, 115 大道至简…): the part's, not the item's.
    const afterItems = (p: Division) => p.children.slice(p.children.findLastIndex((n) => n.type === 'division') + 1);
    expect(parts.map((p) => afterItems(p).map((n) => (n as Paragraph).source.line))).toEqual([[47, 48, 49], [59], [114, 115], [122]]);
    for (const p of parts)
      for (const item of divisions(p.children, 'item'))
        expect(paragraphs(item.children).some((x) => nodeText(x).startsWith('各位代表'))).toBe(false);
    // The same in two fixtures added before the rule (青海 line 119, 江西 line 81).
    for (const [id, line] of [
      ['qinghai-2026', 119],
      ['jiangxi-2026', 81],
    ] as const)
      expect(divisions(doc(id).children, 'part')[2]!.children.some((n) => n.type === 'paragraph' && n.source.line === line)).toBe(true);
  });

  it('makes 附件 its own division after the body, with its own numbering and a glossary', () => {
    const top = doc('guangdong-2026').children.filter((n): n is Division => n.type === 'division');
    expect(top.map((n) => [n.level, n.id, n.heading])).toEqual([
      ['part', 'part-1', '一、2025年和“十四五”时期工作回顾'],
      ['part', 'part-2', '二、“十五五”时期的主要目标和重点任务'],
      ['part', 'part-3', '三、2026年工作安排'],
      ['attachment', 'attachment-1', '附件1 2026年省十件民生实事'],
      ['glossary', 'glossary', '附件2 名词解释'],
    ]);
    expect(d2w('guangdong-2026')).toEqual([]);
    const terms = top[4]!.children.filter((n) => n.type === 'term');
    expect(terms[0]).toMatchObject({ number: '1.', term: '“四上”企业', separator: '：' });
  });

  it('reads 注释 with ［N］ entries as the glossary, each term with its definition from the next line', () => {
    const glossary = divisions(doc('hainan-2026').children, 'glossary')[0]!;
    expect(glossary.heading).toBe('注释');
    expect(glossary.children[0]).toMatchObject({ type: 'term', number: '［1］', term: '一降三减', separator: '：' });
    expect((glossary.children[0] as { definition: string }).definition).toMatch(/^全年火灾起数总体下降/);
  });

  it('reads last year’s results from the review, not the five-year review or the plan’s targets', () => {
    const gdp = (id: string) => extractOutcomes(doc(id)).find((o) => o.indicator === 'gdp' && o.unit === '%');
    expect(gdp('guangdong-2026')?.text).toBe('地区生产总值增长3.9%');
    expect(gdp('neimenggu-2026')?.text).toBe('地区生产总值增长4.7%');
    // 全省地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%: the ranking keeps the subject.
    expect(gdp('hunan-2026')).toMatchObject({ text: '增长4.8%', value: 4.8 });
    // 全体居民人均可支配收入…增长5%，快于经济增速1个百分点: a comparison with the economy, not a result of it.
    expect(
      extractOutcomes(doc('hunan-2026'))
        .filter((o) => o.indicator === 'gdp')
        .map((o) => o.text),
    ).toEqual(['全省地区生产总值达到5.53万亿元', '增长4.8%']);
    // The five-year review opens “十四五”时期是…的五年 (before last year's in 湖北 and 甘肃): none of its figures.
    expect(gdp('hubei-2026')?.text).toBe('地区生产总值增长5.5%');
    expect(gdp('gansu-2026')?.text).toBe('地区生产总值增长5.8%');
    expect(extractOutcomes(doc('hubei-2026')).map((o) => o.text)).not.toContain('城镇新增就业每年超过90万人');
    // 福建: no heading says 回顾 (一、一年接着一年干，…); the part whose paragraph opens 2025年是… is the review.
    expect(gdp('fujian-2026')).toMatchObject({ text: '增长5%', value: 5, anchor: '/fujian-2026/part-1/#p-7' });
    const fall = extractOutcomes(doc('fujian-2026')).find((o) => o.indicator === 'investment');
    expect(fall).toMatchObject({ text: '固定资产投资下降3.3%', value: -3.3 });
  });
});

/** Warnings about numbering (a report whose attachments were read as parts had one). */
function d2w(id: string): string[] {
  return doc(id)
    .warnings.filter((w) => /编号/.test(w.message))
    .map((w) => w.message);
}
