/** Entry for pages with row charts (targets, plan tables, compare). */
import { initRowCharts } from './rows.ts';

initRowCharts();
