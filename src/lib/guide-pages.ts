/** The guide's pages in their order (front matter `order`), for its sidebar and index. Build time only. */
import { getCollection } from 'astro:content';
import { GUIDE_HREF } from './guide.ts';

export interface GuidePageLink {
  href: string;
  title: string;
  description: string;
}

export async function guidePages(): Promise<GuidePageLink[]> {
  const entries = await getCollection('guide');
  return entries
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
    .map((e) => ({ href: `${GUIDE_HREF}${e.id}/`, title: e.data.title, description: e.data.description }));
}
