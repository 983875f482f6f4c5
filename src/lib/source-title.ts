/**
 * Why a document's title differs from the title its source gives it, said where the source title is
 * shown (home cards, landing pages). The manifest may say it (titleNote); otherwise a rule covers the
 * common case: a government work report whose source title names the year it reviews (2024年…工作报告),
 * delivered and known by the next year (2025年1月14日, 2025年…工作报告).
 */
import type { ParsedDocument } from '../parser/model.ts';

/** 2025-01-14 → 2025年1月14日 (site.ts's formatDate; not imported: site.ts needs astro:content). */
const chineseDate = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

type Titled = Pick<ParsedDocument, 'kind' | 'title' | 'sourceTitle' | 'date' | 'year' | 'titleNote'>;

export function sourceTitleNote(doc: Titled): string | undefined {
  if (doc.titleNote) return doc.titleNote;
  const named = /(\d{4})年/u.exec(doc.sourceTitle)?.[1];
  const delivered = doc.date ? Number(doc.date.slice(0, 4)) : undefined;
  if (doc.kind !== 'report' || !named || !delivered || Number(named) !== delivered - 1) return undefined;
  return `原文标题中的“${named}年”是报告回顾的年份；报告于${chineseDate(doc.date!)}作出，按惯例称为${doc.title}。`;
}
