/** /data/text/<id>.json: one document's reading text in compact units with anchors (fetched by /compare/ and /terms/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataViews } from '../../../lib/data-views.ts';
import type { ParsedDocument } from '../../../parser/model.ts';

export const getStaticPaths = (async () =>
  (await dataViews()).docs.map((doc) => ({ params: { id: doc.id }, props: { doc } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const doc = (props as { doc: ParsedDocument }).doc;
  return Response.json((await dataViews()).textOf(doc));
};
