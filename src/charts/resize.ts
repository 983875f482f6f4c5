/**
 * Redraws a chart when its figure's width really changes. ResizeObserver reports once on observe, so
 * `draw` runs once at first and then only on a new (whole-pixel) width, never for height changes alone.
 */
export function onWidthChange(fig: Element, draw: () => void): void {
  let width = -1;
  new ResizeObserver((entries) => {
    const w = Math.round(entries[0]!.contentRect.width);
    if (w === width) return;
    width = w;
    draw();
  }).observe(fig);
}
