/** /data/<id>.json: the whole model of one document. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allDocuments } from '../../lib/site.ts';

export const getStaticPaths: GetStaticPaths = async () => (await allDocuments()).map((doc) => ({ params: { id: doc.id }, props: { doc } }));

export const GET: APIRoute = ({ props }) => Response.json(props.doc);
