/** The reason a source title differs from ours: the manifest's note, else the rule for reports. */
import { describe, expect, it } from 'vitest';
import { sourceTitleNote } from '../../src/lib/source-title.ts';

const report = { kind: 'report', year: 2026, titleNote: undefined } as const;

describe('source title note', () => {
  it('a report whose source title names the year before its delivery: the year it reviews', () => {
    const note = sourceTitleNote({
      ...report,
      title: '2026年广东省政府工作报告',
      sourceTitle: '2025年广东省政府工作报告',
      date: '2026-01-20',
    });
    expect(note).toBe('原文标题中的“2025年”是报告回顾的年份；报告于2026年1月20日作出，按惯例称为2026年广东省政府工作报告。');
  });

  it('no note where the years agree, the document is not a report, or there is no date', () => {
    expect(
      sourceTitleNote({ ...report, title: '2024年政府工作报告', sourceTitle: '2024年《政府工作报告》', date: '2024-03-05' }),
    ).toBeUndefined();
    expect(
      sourceTitleNote({ ...report, kind: 'news', title: '2025年新闻', sourceTitle: '2024年新闻', date: '2025-01-02' }),
    ).toBeUndefined();
    expect(sourceTitleNote({ ...report, title: '2026年报告', sourceTitle: '2025年报告', date: undefined })).toBeUndefined();
  });

  it("the manifest's own note comes first", () => {
    expect(sourceTitleNote({ ...report, title: 'T', sourceTitle: 'S', date: '2026-01-20', titleNote: '编者说明。' })).toBe('编者说明。');
  });
});
