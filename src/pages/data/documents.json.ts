/** /data/documents.json: every document with its metadata, URLs and provenance (source file, SHA-256, lines, notes). */
import type { APIRoute } from 'astro';
import { allDocuments } from '../../lib/site.ts';
import { dataHref, docHref } from '../../lib/navigation.ts';
import { provenanceOf } from '../../lib/provenance.ts';

export const GET: APIRoute = async () =>
  Response.json(
    (await allDocuments()).map((d) => ({
      id: d.id,
      title: d.title,
      kind: d.kind,
      region: d.region,
      year: d.year,
      date: d.date,
      speaker: d.speaker,
      author: d.author,
      length: d.length,
      url: docHref(d.id),
      data: dataHref(d.id, 'json'),
      markdown: dataHref(d.id, 'md'),
      description: d.description,
      citations: { ris: dataHref(d.id, 'ris'), bibtex: dataHref(d.id, 'bib'), cslJson: dataHref(d.id, 'csl.json') },
      source: provenanceOf(d),
    })),
  );
