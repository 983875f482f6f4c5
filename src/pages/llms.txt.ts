/** /llms.txt: the documents and their Markdown files, for language models (src/lib/markdown/llms.ts). */
import type { APIRoute } from 'astro';
import { llmsTxt } from '../lib/markdown/llms.ts';
import { allDocuments } from '../lib/site.ts';
import { guidePages } from '../lib/guide-pages.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(llmsTxt(await allDocuments(), site!, await guidePages()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
