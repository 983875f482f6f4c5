/**
 * /terms/ tables and CSV (src/terms/tables.ts): the concordance's columns (document id, title, region,
 * date, kind, page, anchor URL, the smallest enclosing division's number and heading, context), the
 * frequency table's counts and rates side by side, on the corpus and on a synthetic document.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'csv-stringify/sync';
import { parseSeeds } from '../../src/parser/index.ts';
import { documentText } from '../../src/lib/document-text.ts';
import { concordance, splitHeading } from '../../src/terms/concordance.ts';
import { CONCORDANCE_FIELDS, concordanceRecords, frequencyHeader, frequencyRecords, frequencyRows } from '../../src/terms/tables.ts';
import { textDoc } from '../compare/fixture.ts';

const { documents } = parseSeeds('seeds');
const docs = documents.map((d) => documentText(d, []));
const ORIGIN = 'https://example.org';

describe('concordance CSV', () => {
  it('has the columns a citation needs, in order', () => {
    expect(CONCORDANCE_FIELDS).toEqual([
      'term',
      'document',
      'title',
      'region',
      'date',
      'kind',
      'page',
      'anchor',
      'divisionNumber',
      'divisionHeading',
      'left',
      'match',
      'right',
    ]);
  });

  it('the plan: the division is the chapter the link opens, not the 篇; URLs absolute', () => {
    const plan = docs.find((d) => d.kind === 'plan')!;
    const term = '以旧换新';
    const records = concordanceRecords([term], [plan], [[concordance(plan, term)]], ORIGIN);
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) {
      expect(r.divisionNumber).toMatch(/^第.+[章节]$/);
      expect(r.divisionHeading).not.toMatch(/^\s|\s$|篇/);
      expect(r.anchor!.startsWith(`${r.page}#`)).toBe(true);
      expect(r.page!.startsWith(`${ORIGIN}/${plan.id}/`)).toBe(true);
      expect([r.document, r.title, r.region, r.date, r.kind]).toEqual([plan.id, plan.title, plan.region, plan.date, plan.kind]);
      expect(r.match).toBe(term);
    }
  });

  it('every occurrence in the corpus is one record, with its document facts', () => {
    const terms = ['新质生产力', '以旧换新'];
    const lines = terms.map((t) => docs.map((d) => concordance(d, t)));
    const records = concordanceRecords(terms, docs, lines, ORIGIN);
    expect(records).toHaveLength(lines.flat(2).length);
    const csv = stringify(records, { header: true, columns: [...CONCORDANCE_FIELDS] });
    expect(csv.split('\n')[0]).toBe(CONCORDANCE_FIELDS.join(','));
    const reportRow = records.find((r) => r.document === 'hunan-2025')!;
    expect([reportRow.region, reportRow.date, reportRow.kind]).toEqual(['湖南', '2025-01-14', 'report']);
  });

  it('splits a heading into its number and title, whatever the numbering', () => {
    expect(splitHeading('第四章　建设现代化产业体系')).toEqual({ number: '第四章', heading: '建设现代化产业体系' });
    expect(splitHeading('第一篇  开启新征程')).toEqual({ number: '第一篇', heading: '开启新征程' });
    expect(splitHeading('三、2025年工作安排')).toEqual({ number: '三、', heading: '2025年工作安排' });
    expect(splitHeading('（二）扩大内需')).toEqual({ number: '（二）', heading: '扩大内需' });
    expect(splitHeading('第十二条 国家秘密')).toEqual({ number: '第十二条', heading: '国家秘密' });
    expect(splitHeading('名词解释')).toEqual({ number: '', heading: '名词解释' });
  });

  it('the smallest division: a paragraph under a section under a chapter is under the section', () => {
    const doc = textDoc('d', [
      ['第一章　总则', 1],
      ['第一节　目标', 2],
      ['推进以旧换新。', 0],
      ['第二章　投资', 1],
      ['以旧换新。', 0],
    ]);
    const got = concordance(doc, '以旧换新').map((l) => l.division);
    expect(got).toEqual([
      { number: '第一节', heading: '目标' },
      { number: '第二章', heading: '投资' },
    ]);
  });
});

describe('frequency table', () => {
  it('counts and rates side by side per term; the CSV header names both', () => {
    const terms = ['新质生产力', '以旧换新'];
    const lines = terms.map((t) => docs.map((d) => concordance(d, t)));
    const rows = frequencyRows(terms, docs, lines);
    expect(frequencyHeader(terms)).toEqual([
      'document',
      'title',
      'region',
      'date',
      'kind',
      'characters',
      '新质生产力 count',
      '新质生产力 per 10000 characters',
      '以旧换新 count',
      '以旧换新 per 10000 characters',
    ]);
    const plan = rows.find((r) => r.kind === 'plan')!;
    const k = docs.findIndex((d) => d.kind === 'plan');
    expect(plan.counts).toEqual([lines[0]![k]!.length, lines[1]![k]!.length]);
    expect(plan.rates[1]).toBe(Number(((lines[1]![k]!.length / plan.length) * 10000).toFixed(2)));
    const record = frequencyRecords(rows)[k]!;
    expect(record.slice(6)).toEqual([plan.counts[0], plan.rates[0], plan.counts[1], plan.rates[1]]);
  });
});
