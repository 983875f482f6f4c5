/** /data/indicators.csv: one line per value cell of the plan's indicator tables. */
import type { APIRoute } from 'astro';
import { dataViews } from '../../lib/data-views.ts';
import { INDICATOR_FIELDS, indicatorLines } from '../../lib/indicators.ts';
import { toCsv } from '../../lib/data/csv.ts';

export const GET: APIRoute = async () =>
  new Response(toCsv(indicatorLines((await dataViews()).indicators), INDICATOR_FIELDS), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
