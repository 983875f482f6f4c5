/** Entry for pages with dot plots (targets, plan indicator tables). */
import { initDotCharts } from '../charts/dots-draw.ts';

initDotCharts();
