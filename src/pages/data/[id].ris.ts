/** /data/<id>.ris: the document's citation in ris (citation-js; see src/lib/citation.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cslItem, formatCitation } from '../../lib/citation.ts';
import { docHref } from '../../lib/navigation.ts';
import { allDocuments } from '../../lib/site.ts';

export const getStaticPaths: GetStaticPaths = async () => (await allDocuments()).map((doc) => ({ params: { id: doc.id }, props: { doc } }));

export const GET: APIRoute = ({ props, site }) =>
  new Response(`${formatCitation(cslItem(props.doc, new URL(docHref(props.doc.id), site).href), 'ris')}\n`, {
    headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
  });
