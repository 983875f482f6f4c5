import { describe, expect, it } from 'vitest';
import {
  BRACKETED_NUMBER,
  HEADING_TITLE_MAX,
  isHeadingTitle,
  LISTED_NUMBER,
  matchOrdinal,
  ordinalHeading,
} from '../../src/parser/headings.ts';

const LEVELS = { 篇: 'part', 章: 'chapter', 节: 'section' } as const;

describe('heading patterns', () => {
  it('reads 第N篇/章/节 with the title as written', () => {
    expect(ordinalHeading('第二十四章  推进新型工业化', LEVELS)).toEqual({
      level: 'chapter',
      number: '第二十四章',
      ordinal: 24,
      title: '推进新型工业化',
      heading: '第二十四章  推进新型工业化',
    });
    expect(ordinalHeading('第一章 总  则', { 章: 'chapter' })?.title).toBe('总  则');
    expect(ordinalHeading('第三节', LEVELS)).toMatchObject({ level: 'section', ordinal: 3, title: '' });
  });

  it('one title rule: short, no sentence or clause punctuation', () => {
    expect(isHeadingTitle('一'.repeat(HEADING_TITLE_MAX))).toBe(true);
    expect(isHeadingTitle('一'.repeat(HEADING_TITLE_MAX + 1))).toBe(false);
    for (const p of '。！？；：，;:,') expect(isHeadingTitle(`总则${p}附则`)).toBe(false);
    expect(ordinalHeading('第一章规定的事项，从其规定。', LEVELS)).toBeNull();
    expect(ordinalHeading('第一章 总则', { 节: 'section' })).toBeNull(); // unit not asked for
  });

  it('matchOrdinal keeps the separator and the rest, with no title check (articles)', () => {
    expect(matchOrdinal('第三十四条网络运营者应当……。', '条')).toEqual({
      number: '第三十四条',
      ordinal: 34,
      unit: '条',
      separator: '',
      rest: '网络运营者应当……。',
    });
    expect(matchOrdinal('第一条\u3000为了……', '条')).toMatchObject({ separator: '\u3000', rest: '为了……' });
    expect(matchOrdinal('第一款', '条')).toBeNull();
  });

  it('numbering forms 一、 and （一）', () => {
    expect(LISTED_NUMBER.exec('三、2024年政府工作任务')?.slice(0, 2)).toEqual(['三、', '三']);
    expect(LISTED_NUMBER.exec('十二．')?.[1]).toBe('十二');
    expect(BRACKETED_NUMBER.exec('（十）切实保障')?.slice(0, 2)).toEqual(['（十）', '十']);
    expect(BRACKETED_NUMBER.exec('(二)半角')?.[0]).toBe('(二)');
    expect(BRACKETED_NUMBER.exec('一是')).toBeNull();
  });
});
