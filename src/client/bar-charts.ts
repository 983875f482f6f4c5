/** Entry for pages with bar charts (/terms/): draw them, and let the switch choose counts or rates. */
import { initBarCharts, redrawBars } from '../charts/bars-draw.ts';

initBarCharts();
for (const fig of document.querySelectorAll<HTMLElement>('figure[data-chart="bars"]')) {
  const fieldset = fig.querySelector<HTMLFieldSetElement>('.measure-switch');
  if (!fieldset) continue;
  fieldset.hidden = false;
  fieldset.addEventListener('change', (e) => {
    fig.dataset.measure = (e.target as HTMLInputElement).value === 'rate' ? 'rate' : 'count';
    redrawBars(fig);
  });
}
