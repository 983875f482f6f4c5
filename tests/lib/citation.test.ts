/**
 * Citations: every format is produced by citation-js from one CSL item and parses back (citation-js
 * reading RIS, BibTeX and CSL-JSON) to the same title, author, date, container, publisher and URL; and
 * BibTeX and RIS are read by independent parsers.
 */
import { Cite } from '@citation-js/core';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { AST as RIS } from 'astrocite-ris';
import { describe, expect, it } from 'vitest';
import { citation, cslItem, formatCitation, type CslItem } from '../../src/lib/citation.ts';
import { placeKey, risId } from '../../src/lib/ris-id.ts';
import { parseSeeds } from '../../src/parser/index.ts';

const docs = parseSeeds('seeds').documents;
const doc = (id: string) => docs.find((d) => d.id === id)!;
const BASE = 'https://example.org';

/** The fields a reference manager needs, as citation-js reads them back. */
function fields(item: Partial<CslItem> & Record<string, unknown>) {
  const author = (item.author as { literal?: string; family?: string }[] | undefined)?.map((a) => a.literal ?? a.family);
  return {
    title: item.title,
    author,
    issued: item.issued?.['date-parts'][0].map(Number),
    container: item['container-title'],
    publisher: item.publisher,
    URL: item.URL,
  };
}
const parsedBack = (text: string) => new Cite(text).data[0] as Record<string, unknown>;

describe('citations', () => {
  const items = docs.flatMap((d) => [
    cslItem(d, `${BASE}/${d.id}/`),
    cslItem(d, `${BASE}/${d.id}/part-x/`, { id: 'part-x', title: `${d.title}的一部分` }),
  ]);

  it('GB/T 7714—2015 text: a document, 责任者. 题名[EB/OL]. (日期)[引用日期]. URL.', () => {
    expect(citation(doc('national-2024'), undefined, `${BASE}/national-2024/`)).toBe(
      `国务院. 2024年政府工作报告[EB/OL]. (2024-03-05)[引用日期]. ${BASE}/national-2024/.`,
    );
    expect(citation(doc('state-secrets-law-2024'), undefined, `${BASE}/s/#p-12`, '2026-11-22', '第12段')).toBe(
      `全国人民代表大会常务委员会. 中华人民共和国保守国家秘密法（2024年修订）[EB/OL]. (2024-02-27): 第12段[2026-11-22]. ${BASE}/s/#p-12.`,
    );
  });

  it('GB/T 7714—2015 §4.2: a part is a 析出文献, 析出责任者. 析出题名[EB/OL]//专著责任者. 专著题名. 年: 第N段[引用日期]. URL.', () => {
    const part = { id: 'chapter-24', title: '第二十四章  标题' };
    expect(citation(doc('hunan-fyp15'), part, `${BASE}/hunan-fyp15/chapter-24/`, '2026-11-22')).toBe(
      `湖南省人民政府. 第二十四章  标题[EB/OL]//湖南省人民政府. 湖南省国民经济和社会发展第十五个五年规划纲要. 2026[2026-11-22]. ${BASE}/hunan-fyp15/chapter-24/.`,
    );
    expect(
      citation(doc('national-2024'), { id: 'part-3', title: '三、任务' }, `${BASE}/national-2024/part-3/#p-40`, undefined, '第40段'),
    ).toBe(`国务院. 三、任务[EB/OL]//国务院. 2024年政府工作报告. 2024: 第40段[引用日期]. ${BASE}/national-2024/part-3/#p-40.`);
  });

  it('the item follows the manifest', () => {
    for (const d of docs) {
      const item = cslItem(d, `${BASE}/${d.id}/`);
      expect(item.title).toBe(d.title);
      expect(item.author).toEqual([{ literal: d.author ?? d.speaker ?? d.region }]);
      expect(item.issued['date-parts'][0].join('-')).toBe(d.date ? d.date.replace(/-0/g, '-') : String(d.year));
      expect(item.publisher).toBe(d.author);
      expect(item.type).toBe({ report: 'report', plan: 'report', law: 'legislation', news: 'webpage' }[d.kind]);
    }
  });

  it('CSL-JSON parses back to the same item', () => {
    for (const item of items) {
      const text = formatCitation(item, 'csl-json');
      expect(text).not.toContain('_graph');
      expect(fields(parsedBack(text))).toEqual(fields(item as never));
    }
  });

  it('BibTeX parses back to the same fields', () => {
    for (const item of items) {
      const text = formatCitation(item, 'bibtex');
      expect(text).toMatch(new RegExp(`^@\\w+\\{${item.id},`));
      expect(fields(parsedBack(text))).toEqual(fields(item as never));
    }
  });

  it('RIS parses back to the same fields (a RIS chapter carries the year only: PY, no DA)', () => {
    for (const item of items) {
      const back = fields(parsedBack(formatCitation(item, 'ris')));
      const want = fields(item as never);
      if (item.type === 'chapter') want.issued = want.issued!.slice(0, 1);
      expect(back).toEqual(want);
    }
  });

  it('several items make one file', () => {
    expect(new Cite(formatCitation(items.slice(0, 4), 'ris')).data).toHaveLength(4);
  });
});

/**
 * BibTeX and RIS read by parsers that citation-js did not write: @retorquere/bibtex-parser (Better
 * BibTeX's) and astrocite-ris (a PEG grammar of RIS). Valid means: they parse without error, the entry
 * type is the one a BibTeX user expects (a report is @techreport, a part of one @incollection with the
 * report as booktitle), `month` is a BibTeX month macro, `date` and `urldate` are ISO dates.
 */
const tag0 = (entry: { properties: { key: string; value: string }[] }, key: string) =>
  entry.properties.filter((p) => p.key === key).map((p) => p.value);

describe('citations read by independent parsers', () => {
  const part = { id: 'part-1', title: '一、2024年工作回顾' };
  const cases = docs.flatMap((d) => [
    { d, item: cslItem(d, `${BASE}/${d.id}/`, undefined, '2026-11-22') },
    { d, item: cslItem(d, `${BASE}/${d.id}/part-1/#p-7`, part, '2026-11-22', '第7段') },
  ]);

  it('BibTeX: no parse error, the expected entry type, a month macro, ISO date and urldate', () => {
    for (const { d, item } of cases) {
      const text = formatCitation(item, 'bibtex');
      const parsed = parseBibtex(text);
      expect(parsed.errors, text).toEqual([]);
      expect(parsed.entries).toHaveLength(1);
      const [entry] = parsed.entries;
      const type = item.type === 'chapter' ? 'incollection' : item.type === 'report' ? 'techreport' : 'misc';
      expect(entry!.type).toBe(type);
      expect(entry!.key).toBe(item.id);
      const f = entry!.fields as Record<string, unknown>;
      expect(f.title).toBe(item.title);
      expect(f.url).toBe(item.URL);
      expect(f.year).toBe(String(d.year));
      expect(f.urldate).toBe('2026-11-22');
      expect(f.date).toBe(d.date ?? String(d.year));
      // A BibTeX month is a bare macro (jan…dec), never {mar 5}.
      expect(text).not.toMatch(/month = \{/u);
      if (d.date) expect(text).toMatch(/\tmonth = (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec),\n/u);
      if (item.type === 'chapter') {
        expect(f.booktitle).toBe(d.title);
        expect(f.pages).toBe('第7段');
      }
    }
  });

  it('RIS: the grammar accepts it; type, title, container, URL, access date and the paragraph come back', () => {
    for (const { d, item } of cases) {
      const text = formatCitation(item, 'ris');
      const [entry] = RIS.parse(text).children;
      if (item.abstract) expect(tag0(entry!, 'AB')).toEqual([item.abstract]);
      const tag = (key: string) => tag0(entry!, key);
      expect(entry!.type).toBe({ chapter: 'CHAP', report: 'RPRT', legislation: 'LEGAL', webpage: 'ELEC' }[item.type]);
      expect(tag('TI')).toEqual([item.title]);
      expect(tag('UR')).toEqual([item.URL]);
      expect(tag('AU')).toEqual([item.author[0]!.literal]);
      expect(tag('PY')).toEqual([String(d.year)]);
      // Its own ID within what RIS allows: a part cited at a paragraph is not the part (src/lib/ris-id.ts).
      const anchor = new URL(item.URL).hash.slice(1);
      expect(tag('ID')).toEqual([risId(anchor ? placeKey(item.id, anchor) : item.id)]);
      // YYYY/MM/DD/ with two-digit month and day, as the specification writes dates (a CHAP record has the year only).
      if (d.date && item.type !== 'chapter') expect(tag('DA')).toEqual([`${d.date.replaceAll('-', '/')}/`]);
      // The access date: Y2, or M1 in an ELEC record (the RIS specification's field for it there).
      expect(tag(item.type === 'webpage' ? 'M1' : 'Y2')).toEqual(['2026/11/22/']);
      if (item.type === 'chapter') {
        expect(tag('T2')).toEqual([d.title]);
        expect(tag('SP')).toEqual(['第7段']);
      }
    }
  });
});
