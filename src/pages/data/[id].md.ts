/** /data/<id>.md: a document's whole text as Markdown (src/lib/markdown/edition.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ParsedDocument } from '../../parser/model.ts';
import { documentMarkdown } from '../../lib/markdown/edition.ts';
import { markdownResponse } from '../../lib/markdown/response.ts';
import { allDocuments } from '../../lib/site.ts';

export const getStaticPaths: GetStaticPaths = async () => (await allDocuments()).map((doc) => ({ params: { id: doc.id }, props: { doc } }));

export const GET: APIRoute<{ doc: ParsedDocument }> = ({ props, site }) => markdownResponse(documentMarkdown(props.doc, site!));
