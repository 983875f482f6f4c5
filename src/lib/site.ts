/** Site-wide facts and queries shared by the views. */
import { getCollection } from 'astro:content';
import type { DocumentKind, ParsedDocument } from '../parser/model.ts';

export const SITE_NAME = '报告通';
export const SITE_TAGLINE = '政府工作报告与五年规划：逐章阅读、精确检索、可引用的链接';

/** The site's sections, in header order. */
export const SECTIONS = [
  { href: '/search/', label: '检索' },
  { href: '/targets/', label: '目标' },
  { href: '/terms/', label: '词频' },
  { href: '/compare/', label: '对比' },
  { href: '/data/', label: '数据' },
];

export const KIND_LABELS: Record<DocumentKind, string> = { report: '报告', plan: '规划', news: '新闻', law: '法律' };
/** Order of kinds on the home page. */
export const KIND_ORDER: DocumentKind[] = ['report', 'plan', 'law', 'news'];

/** All documents, newest first within a stable order (date, then id), so builds are deterministic. */
export async function allDocuments(): Promise<ParsedDocument[]> {
  const entries = await getCollection('documents');
  return entries
    .map((e) => e.data)
    .sort((a, b) => (b.date ?? `${b.year}`).localeCompare(a.date ?? `${a.year}`) || a.id.localeCompare(b.id));
}

/** 2024-03-05 → 2024年3月5日 */
export function formatDate(iso: string | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Characters → a human figure: 53,210 字 */
export function formatLength(n: number): string {
  return `${n.toLocaleString('en-US')} 字`;
}
