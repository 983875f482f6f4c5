/** /data/indicators.json: the plan's indicator tables, one object per indicator with typed values. */
import type { APIRoute } from 'astro';
import { dataViews } from '../../lib/data-views.ts';

export const GET: APIRoute = async () => Response.json((await dataViews()).indicators);
