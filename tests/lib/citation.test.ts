/**
 * Citations: every format is produced by citation-js from one CSL item and parses back (citation-js
 * reading RIS, BibTeX and CSL-JSON) to the same title, author, date, container, publisher and URL.
 */
import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { citation, cslItem, formatCitation, type CslItem } from '../../src/lib/citation.ts';
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

  it('GB/T 7714—2015 text: 责任者. 题名：部分[EB/OL]. (日期)[引用日期]. URL.', () => {
    expect(citation(doc('national-2024'), undefined, `${BASE}/national-2024/`)).toBe(
      `国务院. 2024年政府工作报告[EB/OL]. (2024-03-05)[引用日期]. ${BASE}/national-2024/.`,
    );
    expect(
      citation(doc('hunan-fyp15'), { id: 'chapter-24', title: '第二十四章  标题' }, `${BASE}/hunan-fyp15/chapter-24/`, '2026-11-22'),
    ).toBe(
      `湖南省人民政府. 湖南省国民经济和社会发展第十五个五年规划纲要：第二十四章  标题[EB/OL]. (2026)[2026-11-22]. ${BASE}/hunan-fyp15/chapter-24/.`,
    );
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
