import { describe, expect, it } from 'vitest';
import { parseSeeds } from '../../src/parser/index.ts';
import { corpusDictionary, documentPhrases, documentWords, unitOf } from '../../src/lib/distinctive.ts';
import { policyTerms, termDocumentFrequency, termRuns } from '../../src/lib/policy-terms.ts';
import { documentText } from '../../src/lib/document-text.ts';
import { formulations } from '../../src/compare/formulations.ts';

const { documents } = parseSeeds('seeds');
const dictionary = corpusDictionary(documents);
const words = documents.map((d) => documentWords(d, dictionary));
const runs = documents.map((d, k) => termRuns(words[k]!, d.region));
const df = termDocumentFrequency(runs);
const terms = documents.map((_, k) => policyTerms(runs[k]!, df, words[k]!));
const at = (id: string) => documents.findIndex((d) => d.id === id);

describe('policy terms (unquoted 新提法 candidates)', () => {
  it('finds recurring policy vocabulary used unquoted: 提振消费 and 零基预算改革 in 2025, 集成电路 in 2024', () => {
    expect([...terms[at('hunan-2025')]!.keys()]).toEqual(expect.arrayContaining(['提振消费', '零基预算改革']));
    expect([...terms[at('hunan-2024')]!.keys()]).toContain('集成电路');
  });

  it('every term follows the rule: 4–8 Han characters, two or more uses, two or more documents, not a piece', () => {
    documents.forEach((doc, k) => {
      for (const [term, count] of terms[k]!) {
        expect(term, doc.id).toMatch(/^\p{Script=Han}{4,8}$/u);
        expect(count, `${doc.id}: ${term}`).toBe(words[k]!.squeezed.split(term).length - 1);
        expect(count, `${doc.id}: ${term}`).toBeGreaterThanOrEqual(2);
        expect(df.get(term), `${doc.id}: ${term}`).toBeGreaterThanOrEqual(2);
        expect(unitOf(term, words[k]!.squeezed), `${doc.id}: ${term}`).toBe(term);
        // No idiom or set saying of jieba's dictionary, and no grammar word inside.
        for (const { tag } of dictionary.segmenter.tag(term, true))
          expect(tag, `${doc.id}: ${term}`).not.toMatch(/^(?:[drcpumqteoy]|i|l)/u);
      }
    });
    // Fragments that start inside a word (先进制造/业/产业集群 → 业产业集群) are never runs.
    expect([...terms[at('hunan-2024')]!.keys()]).not.toContain('业产业集群');
  });

  it('reach /compare/: new and dropped between the Hunan reports, unquoted', () => {
    const text = (id: string) => {
      const k = at(id);
      return documentText(documents[k]!, documentPhrases(documents[k]!, words[k]!, dictionary, terms[k]));
    };
    const f = formulations(text('hunan-2024'), text('hunan-2025'));
    const added = new Map(f.added.map((x) => [x.phrase, x]));
    expect(added.get('提振消费')?.quoted).toBe(false);
    expect(added.get('零基预算改革')?.quoted).toBe(false);
    expect(f.dropped.map((x) => x.phrase)).toContain('集成电路');
    // A term the other report uses is in neither list.
    expect(f.added.map((x) => x.phrase)).not.toContain('高质量发展');
  });
});
