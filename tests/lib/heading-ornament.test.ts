/** Ornaments a source sets around headings as layout: split off for display, never lost. */
import { describe, expect, it } from 'vitest';
import { headingWords, splitOrnament } from '../../src/lib/heading-ornament.ts';

describe('heading ornaments', () => {
  it('splits runs of ornament characters and single symbols at either end', () => {
    expect(splitOrnament('2023答卷 >>>>')).toEqual({ before: '', words: '2023答卷', after: ' >>>>' });
    expect(splitOrnament('■ 民生实事')).toEqual({ before: '■ ', words: '民生实事', after: '' });
    expect(splitOrnament('★★ 奋进2024 ★★')).toEqual({ before: '★★ ', words: '奋进2024', after: ' ★★' });
    expect(splitOrnament('》》》产业发展')).toEqual({ before: '》》》', words: '产业发展', after: '' });
  });

  it('leaves words, single marks that are punctuation, and all-ornament headings as written', () => {
    for (const heading of ['第一章  总则', '一、2024年工作回顾', '“人工智能+”行动', '发展目标>', '>>>>', 'A>B', '数字化 = 智能化']) {
      expect(splitOrnament(heading)).toEqual({ before: '', words: heading, after: '' });
    }
  });

  it('loses no text: before + words + after is the heading', () => {
    for (const heading of ['2023答卷 >>>>', '  ■■ 标题 ※ ', '>>>> 前后 <<<<', '奋进2024>>>>']) {
      const { before, words, after } = splitOrnament(heading);
      expect(before + words + after).toBe(heading);
    }
    expect(headingWords('奋进2024 >>>>')).toBe('奋进2024');
  });

  it('closes up letter-spaced headings for labels, and only those', () => {
    expect(headingWords('名 词 解 释')).toBe('名词解释');
    expect(headingWords('总  则')).toBe('总则');
    expect(headingWords('第一章 总  则')).toBe('第一章 总则');
    expect(headingWords('第二十四章 加快建设现代化产业体系')).toBe('第二十四章 加快建设现代化产业体系');
    expect(headingWords('政 府 工 作 报 告')).toBe('政府工作报告');
    expect(headingWords('A B 计划')).toBe('A B 计划');
  });
});
