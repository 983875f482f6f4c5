/** /data/terms.json: compact per-document text segments with anchors; loaded only by /terms/. */
import type { APIRoute } from 'astro';
import { allDocuments } from '../../lib/site.ts';
import { termDocument } from '../../lib/terms.ts';

export const GET: APIRoute = async () => Response.json((await allDocuments()).map(termDocument));
