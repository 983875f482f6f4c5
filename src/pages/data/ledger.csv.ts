/** /data/ledger.csv: the target ledger in long form, one line per target (src/lib/ledger/ledger.ts, LEDGER_FIELDS). */
import type { APIRoute } from 'astro';
import { dataViews } from '../../lib/data-views.ts';
import { LEDGER_FIELDS, ledgerLines } from '../../lib/ledger/ledger.ts';
import { toCsv } from '../../lib/data/csv.ts';

export const GET: APIRoute = async () =>
  new Response(toCsv(ledgerLines((await dataViews()).ledger), LEDGER_FIELDS), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
