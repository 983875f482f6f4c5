/** Chart geometry shared by the server (to reserve the SVG box) and the client (to draw in it). */
export const LABEL_H = 18;
/**
 * Bars share a fixed band per row whatever the number of series (`band` px), so a new query on /terms/
 * never resizes the reserved box.
 */
export const BAR_BAND = 60;
export const rowHeight = (mark: string, band = BAR_BAND) => (mark === 'bar' ? LABEL_H + band + 8 : LABEL_H + 26);
export const barThickness = (nSeries: number, band = BAR_BAND) => Math.max(3, Math.min(12, Math.floor(band / Math.max(1, nSeries))) - 2);
