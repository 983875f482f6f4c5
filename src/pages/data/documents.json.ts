/** /data/documents.json: every document with its metadata and URLs. */
import type { APIRoute } from 'astro';
import { allDocuments } from '../../lib/site.ts';
import { dataHref, docHref } from '../../lib/navigation.ts';

export const GET: APIRoute = async () =>
  Response.json(
    (await allDocuments()).map((d) => ({
      id: d.id, title: d.title, kind: d.kind, region: d.region, year: d.year, date: d.date, speaker: d.speaker, author: d.author,
      length: d.length, url: docHref(d.id), data: dataHref(d.id, 'json'), description: d.description,
    })),
  );
