/** Entry for pages with row charts (targets, plan tables, terms). */
import { initRowCharts } from '../charts/rows.ts';

initRowCharts();
