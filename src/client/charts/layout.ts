/** Chart geometry shared by the server (to reserve the SVG box) and the client (to draw in it). */
export const LABEL_H = 18;
export const rowHeight = (mark: string, nSeries: number) => (mark === 'bar' ? LABEL_H + nSeries * 12 + 10 : LABEL_H + 26);
export const stripHeight = (nDocs: number) => nDocs * 34 + 24;
