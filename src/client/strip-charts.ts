/** Entry for pages with strip charts (terms). */
import { initStripCharts } from '../charts/strip.ts';

initStripCharts();
