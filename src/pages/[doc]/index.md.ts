/** /<doc>/index.md: the Markdown twin of a document's landing page (src/lib/markdown/edition.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ParsedDocument } from '../../parser/model.ts';
import { pageMarkdown } from '../../lib/markdown/edition.ts';
import { markdownResponse } from '../../lib/markdown/response.ts';
import { allDocuments } from '../../lib/site.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await allDocuments()).map((doc) => ({ params: { doc: doc.id }, props: { doc } }));

export const GET: APIRoute<{ doc: ParsedDocument }> = ({ props, site }) => markdownResponse(pageMarkdown(props.doc, 0, site!));
