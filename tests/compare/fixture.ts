/** Small document texts for the comparison and concordance tests (the /data/text/<id>.json shape). */
import type { DocumentText, TextUnit } from '../../src/document-text/model.ts';

/** Units given as [text, depth]; all on one page, anchors p-1, p-2… */
export function textDoc(id: string, units: [string, number][], phrases: DocumentText['phrases'] = []): DocumentText {
  return {
    id,
    title: id,
    kind: 'report',
    region: '某省',
    date: null,
    year: 2025,
    length: units.reduce((s, [t]) => s + t.replace(/\s+/g, '').length, 0),
    href: `/${id}/`,
    pages: [`/${id}/`],
    units: units.map(([t, depth], i): TextUnit => [t, 0, `p-${i + 1}`, depth]),
    phrases,
  };
}
