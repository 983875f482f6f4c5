/**
 * Aligns two documents off the main thread: a large pair takes 100–200 ms of CPU, which on the page
 * itself would be one long task that freezes scrolling and input. The page sends both text files and
 * gets back the comparison (plain data, structured-cloned, kept for the CSV downloads) and its HTML.
 */
import { compareDocuments, renderComparison } from '../compare/view.ts';
import type { DocumentText } from '../document-text/model.ts';

addEventListener('message', (e: MessageEvent<[DocumentText, DocumentText]>) => {
  const comparison = compareDocuments(e.data[0], e.data[1]);
  postMessage({ comparison, html: renderComparison(comparison) });
});
