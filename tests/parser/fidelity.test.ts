import { describe, expect, it } from 'vitest';
import { parseSeeds } from '../../src/parser/index.ts';
import { decodeSeed, withoutWhitespace } from '../../src/parser/source.ts';
import { childrenText, sourceText } from '../../src/parser/text.ts';
import { readFileSync } from 'node:fs';

const { documents } = parseSeeds('seeds');

/**
 * Non-negotiable 1: the text rebuilt from the model equals the source text of the document's line
 * range after removing only the declared artefacts and whitespace. Equal, not similar.
 */
describe('fidelity', () => {
  for (const doc of documents) {
    it(`${doc.id}: rebuilt text equals the source`, () => {
      const { lines } = decodeSeed(`seeds/${doc.file}`, readFileSync(`seeds/${doc.file}`));
      const range = lines.slice(doc.lines.start - 1, doc.lines.end);
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

  it('covers every non-empty line of every seed file', () => {
    const covered = new Map<string, number>();
    for (const d of documents) covered.set(d.file, (covered.get(d.file) ?? 0) + d.lines.end - d.lines.start + 1);
    for (const [file, count] of covered) {
      const { lines } = decodeSeed(file, readFileSync(`seeds/${file}`));
      const firstText = lines.findIndex((l) => l.text !== '');
      expect(count).toBe(lines.length - firstText);
    }
  });
});
