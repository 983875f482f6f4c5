/**
 * The guide (src/content/guide/*.md): its front matter schema, the order of its pages, and the one
 * place a link into it is built. A section is named by its heading text; the anchor is what rehype-slug
 * makes of it (github-slugger, the same function), so a link names the words a reader sees and the site
 * link check (tests/site/links.test.ts) fails if a heading it names is renamed.
 */
import { slug } from 'github-slugger';
import { z } from 'zod';

export const guideSchema = z.object({
  title: z.string().min(1),
  description: z.string().min(1),
  /** Position in the guide's table of contents. */
  order: z.number().int(),
});
export type GuideData = z.infer<typeof guideSchema>;

/** The guide's pages (file names under src/content/guide/ without .md). */
export type GuidePage = 'search' | 'compare' | 'data' | 'cite' | 'sources' | 'changelog';

export const GUIDE_HREF = '/guide/';

/** URL of a guide page, or of one of its sections given the section's heading as written. */
export function guideHref(page: GuidePage, heading?: string): string {
  return `${GUIDE_HREF}${page}/${heading ? `#${slug(heading)}` : ''}`;
}
