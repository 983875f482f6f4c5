/** /data/<id>.ris: the document's citation in ris (citation-js; see src/lib/citation.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citationDownload } from '../../lib/citation.ts';
import { allDocuments } from '../../lib/site.ts';
import type { ParsedDocument } from '../../parser/model.ts';

export const getStaticPaths: GetStaticPaths = async () => (await allDocuments()).map((doc) => ({ params: { id: doc.id }, props: { doc } }));

export const GET: APIRoute<{ doc: ParsedDocument }> = ({ props, site }) => citationDownload(props.doc, site, 'ris');
