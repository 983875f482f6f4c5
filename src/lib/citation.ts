/**
 * GB/T 7714-2015 citations of an online resource:
 * 责任者. 题名：其他题名信息[EB/OL]. (发布日期)[引用日期]. 访问路径.
 */
import type { ParsedDocument } from '../parser/model.ts';

export const ACCESS_DATE_PLACEHOLDER = '引用日期';

export function citation(doc: ParsedDocument, part: string | undefined, url: string, accessed = ACCESS_DATE_PLACEHOLDER): string {
  const responsible = doc.author ?? doc.speaker ?? doc.region;
  const title = part ? `${doc.title}：${part}` : doc.title;
  const published = doc.date ?? String(doc.year);
  return `${responsible}. ${title}[EB/OL]. (${published})[${accessed}]. ${url}.`;
}
