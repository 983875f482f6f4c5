import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src/parser/model.ts';
import { parseNews } from '../../src/parser/shapes/news.ts';
import { rebuiltEqualsSource, seedContext, textContext } from './seedDoc.ts';

const text = (p: Paragraph) => p.content.map((r) => r.text).join('');

describe('news: the three items of seed 002', () => {
  const cases = [
    {
      id: 'xi-hunan-inspection-2024',
      title: '习近平在湖南考察时强调 坚持改革创新求真务实 奋力谱写中国式现代化湖南篇章',
      headlineLines: 2,
      body: 16,
      lead: /^中共中央总书记、国家主席、中央军委主席习近平近日在湖南考察时强调/,
      date: undefined, // the lead says 近日
    },
    {
      id: 'central-region-symposium-2024',
      title: '习近平主持召开新时代推动中部地区崛起座谈会强调在更高起点上扎实推动中部地区崛起',
      headlineLines: 3,
      body: 13,
      lead: /^中共中央总书记、国家主席、中央军委主席习近平20日下午/,
      date: undefined, // 20日 without a month is not a date
    },
    {
      id: 'hunan-gov-party-meeting-2024',
      title: '毛伟明主持省政府党组会议：牢记领袖嘱托 感恩担当奋进 奋力谱写中国式现代化湖南篇章',
      headlineLines: 1,
      body: 5,
      lead: /^3月23日上午，省政府党组召开会议/,
      date: '2024-03-23',
    },
  ];
  for (const c of cases) {
    it(`${c.id}: headline joined, lead found, paragraphs counted`, () => {
      const ctx = seedContext(c.id);
      const result = parseNews(ctx);
      const paragraphs = result.children as Paragraph[];
      expect(result.stated.title).toBe(c.title);
      expect(result.stated.date).toBe(c.date);
      expect(paragraphs.map((p) => p.role)).toEqual([
        'title',
        ...Array<string>(c.headlineLines - 1).fill('subtitle'),
        'lead',
        ...Array<string>(c.body).fill('body'),
      ]);
      expect(text(paragraphs[c.headlineLines]!)).toMatch(c.lead);
      expect(ctx.warnings).toEqual([]);
      expect(rebuiltEqualsSource(ctx, result)).toBe(true);
    });
  }
});

describe('news: general rules', () => {
  it('reads a dateline line and its date', () => {
    const ctx = textContext('某地召开会议\n\n新华社长沙3月21日电\n\n会议指出，要做好工作。\n\n会议强调，要抓好落实。', 'news');
    const result = parseNews(ctx);
    expect((result.children as Paragraph[]).map((p) => p.role)).toEqual(['title', 'dateline', 'lead', 'body']);
    expect(result.stated).toEqual({ title: '某地召开会议', date: '2024-03-21' });
  });

  it('ends the headline at a line opening with a date, even without 。', () => {
    const result = parseNews(textContext('标题一行\n标题二行\n2023年5月6日上午，会议召开', 'news'));
    expect(result.stated).toEqual({ title: '标题一行标题二行', date: '2023-05-06' });
  });

  it('fails, located, when the item opens with a sentence', () => {
    expect(() => parseNews(textContext('\n会议指出，要做好工作。\n会议强调，要抓好落实。', 'news'))).toThrow(
      /^seeds\/synthetic\.txt:2: expected a headline/,
    );
  });

  it('fails, located, when no body line follows a few headline lines', () => {
    expect(() => parseNews(textContext('一\n二\n三\n四\n五\n六。', 'news'))).toThrow(
      /^seeds\/synthetic\.txt:5: expected the body to start/,
    );
    expect(() => parseNews(textContext('只有标题', 'news'))).toThrow(/^seeds\/synthetic\.txt:1: expected a lead/);
  });

  it('warns on an impossible lead date and states none', () => {
    const ctx = textContext('标题\n2月30日上午，会议召开。', 'news');
    expect(parseNews(ctx).stated.date).toBeUndefined();
    expect(ctx.warnings.map((w) => [w.line, w.message])).toEqual([[2, '日期“2月30日”不存在，不据此读取文件日期（按原文保留）']]);
  });

  it('reads a lead date in full-width digits or Chinese numerals (one date reader)', () => {
    expect(parseNews(textContext('标题\n３月２３日上午，会议召开。', 'news')).stated.date).toBe('2024-03-23');
    expect(parseNews(textContext('标题\n新华社北京十二月五日电\n会议召开。', 'news')).stated.date).toBe('2024-12-05');
  });
});
