/** /<doc>/<page>/index.md: the Markdown twin of every reading page but the landing (src/lib/markdown/edition.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ParsedDocument } from '../../../parser/model.ts';
import { pageMarkdown } from '../../../lib/markdown/edition.ts';
import { markdownResponse } from '../../../lib/markdown/response.ts';
import { navigationOf } from '../../../lib/navigation.ts';
import { allDocuments } from '../../../lib/site.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await allDocuments()).flatMap((doc) =>
    navigationOf(doc)
      .pages.slice(1)
      .map((p, i) => ({ params: { doc: doc.id, page: p.slug }, props: { doc, index: i + 1 } })),
  );

export const GET: APIRoute<{ doc: ParsedDocument; index: number }> = ({ props, site }) =>
  markdownResponse(pageMarkdown(props.doc, props.index, site!));
