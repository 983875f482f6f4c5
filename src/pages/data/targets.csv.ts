/** /data/targets.csv: the same records as targets.json, fields document,indicator,text,value,valueMax,unit,qualifier,anchor. */
import type { APIRoute } from 'astro';
import { dataViews } from '../../lib/data-views.ts';
import { TARGET_FIELDS } from '../../lib/targets.ts';
import { toCsv } from '../../lib/data/csv.ts';

export const GET: APIRoute = async () =>
  new Response(toCsv((await dataViews()).targets, TARGET_FIELDS), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
