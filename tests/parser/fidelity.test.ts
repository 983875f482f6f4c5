import { describe, expect, it } from 'vitest';
import { parseSeeds } from '../../src/parser/index.ts';
import { decodeSeed, withoutWhitespace } from '../../src/parser/source.ts';
import { childrenText, sourceText } from '../../src/parser/text.ts';
import { readFileSync } from 'node:fs';

const { documents } = parseSeeds('seeds');

/**
 * Non-negotiable 1: the text rebuilt from the model equals the source text of the document's line
 * range after removing only the declared artefacts and whitespace (and the lines a document declares as
 * web-page debris, `omitted`). Equal, not similar.
 */
const omittedLine = (doc: (typeof documents)[number], n: number) => (doc.omitted ?? []).some((o) => n >= o.start && n <= o.end);
describe('fidelity', () => {
  for (const doc of documents) {
    it(`${doc.id}: rebuilt text equals the source`, () => {
      const { lines } = decodeSeed(`seeds/${doc.file}`, readFileSync(`seeds/${doc.file}`));
      const range = lines.slice(doc.lines.start - 1, doc.lines.end).filter((l) => !omittedLine(doc, l.number));
      const expected = withoutWhitespace(sourceText(range, doc.shape));
      const actual = withoutWhitespace(childrenText(doc.children));
      if (actual !== expected) {
        // Point at the first difference rather than dumping two 100k strings.
        let i = 0;
        while (i < actual.length && actual[i] === expected[i]) i++;
        expect(actual.slice(Math.max(0, i - 20), i + 40)).toBe(expected.slice(Math.max(0, i - 20), i + 40));
      }
      expect(actual.length).toBe(expected.length);
    });
  }

  it('covers every non-empty line of every seed file: in a document, or declared as debris by one', () => {
    for (const file of new Set(documents.map((d) => d.file))) {
      const { lines } = decodeSeed(file, readFileSync(`seeds/${file}`));
      const docs = documents.filter((d) => d.file === file);
      for (const l of lines.filter((x) => x.text !== '')) {
        const inRange = docs.filter((d) => l.number >= d.lines.start && l.number <= d.lines.end);
        const declared = docs.some((d) => omittedLine(d, l.number));
        expect(inRange.length === 1 || (inRange.length === 0 && declared), `${file}:${l.number}`).toBe(true);
      }
    }
  });
});
