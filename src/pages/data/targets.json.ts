/** /data/targets.json: one record per main expected target of each report. */
import type { APIRoute } from 'astro';
import { dataViews } from '../../lib/data-views.ts';

export const GET: APIRoute = async () => Response.json((await dataViews()).targets);
