import { describe, expect, it } from 'vitest';
import { parseSeeds } from '../../src/parser/index.ts';
import {
  corpusDictionary,
  distinctiveTerms,
  documentPhrases,
  documentPieces,
  documentWords,
  pieceOfIdioms,
  unitOf,
} from '../../src/lib/distinctive.ts';
import { quotedPhrases } from '../../src/compare/formulations.ts';
import type { Node } from '../../src/parser/model.ts';
import { isStopWord } from '../../src/lib/stop-words.ts';
import { policyTerms, termDocumentFrequency, termRuns } from '../../src/lib/policy-terms.ts';

const { documents } = parseSeeds('seeds');
const dictionary = corpusDictionary(documents);
const words = documents.map((d) => documentWords(d, dictionary));
const distinctive = distinctiveTerms(words, documents, 200);
const wordsOf = (id: string) => words[documents.findIndex((d) => d.id === id)]!.words;

describe('distinctive terms', () => {
  it('keeps policy terms whole with the corpus dictionary (新质生产力, 以旧换新, 低空经济)', () => {
    const w = new Set(documents.flatMap((_, k) => words[k]!.words));
    for (const term of ['新质生产力', '以旧换新', '低空经济']) expect(w.has(term), term).toBe(true);
    // Every occurrence of 新质生产力 in the report is one word (新质战斗力 is another word, and may be cut).
    const doc = documents.findIndex((d) => d.id === 'hunan-2025');
    expect(wordsOf('hunan-2025').filter((x) => x === '新质生产力').length).toBe(words[doc]!.squeezed.split('新质生产力').length - 1);
  });

  it('lists no function words, genre words or place names of the document’s own region', () => {
    for (const [id, terms] of distinctive) {
      const region = documents.find((d) => d.id === id)!.region;
      for (const t of terms) expect(isStopWord(t.term, region), `${id}: ${t.term}`).toBe(false);
    }
    const hunan = distinctive.get('hunan-2025')!.map((t) => t.term);
    for (const generic of ['增长', '发展', '推进', '工作', '考虑', '一些', '湖南', '长沙']) expect(hunan).not.toContain(generic);
    expect(hunan.length).toBeGreaterThan(20);
  });

  it('counts each listed term as /terms/ does (whitespace ignored, exact)', () => {
    const doc = documents.find((d) => d.id === 'hunan-2025')!;
    const k = documents.indexOf(doc);
    for (const t of distinctive.get('hunan-2025')!.slice(0, 10)) {
      expect(t.count, t.term).toBe(words[k]!.squeezed.split(t.term).length - 1);
      expect(t.count).toBeGreaterThanOrEqual(3);
    }
  });

  it('a document’s phrases include every phrase it quotes, with counts', () => {
    const doc = documents.find((d) => d.id === 'hunan-2025')!;
    const phrases = new Map(documentPhrases(doc, words[documents.indexOf(doc)]!, dictionary).map(([p, n, q]) => [p, { n, q }]));
    expect(phrases.get('投资于人')?.q).toBe(1);
    expect(phrases.get('人工智能+')?.q).toBe(1);
    for (const [, { n }] of phrases) expect(n).toBeGreaterThanOrEqual(1);
  });

  it('unquoted phrases are only phrases the corpus quotes somewhere, glossary terms or policy terms: no collocation fragments', () => {
    const runs = documents.map((d, k) => termRuns(words[k]!, d.region));
    const df = termDocumentFrequency(runs);
    const policy = documents.map((_, k) => policyTerms(runs[k]!, df, words[k]!));
    const quotedAnywhere = new Set(documents.flatMap((d) => quotedPhrases(documentPieces(d.children).join('\n'))));
    const glossary = new Set<string>();
    const visit = (nodes: Node[]) =>
      nodes.forEach((n) =>
        n.type === 'term' ? glossary.add(n.term.replace(/[“”\s]/gu, '')) : n.type === 'division' ? visit(n.children) : undefined,
      );
    documents.forEach((d) => visit(d.children));
    documents.forEach((doc, k) => {
      for (const [p, , quoted] of documentPhrases(doc, words[k]!, dictionary, policy[k])) {
        if (!quoted) expect(quotedAnywhere.has(p) || glossary.has(p) || policy[k]!.has(p), `${doc.id}: ${p}`).toBe(true);
      }
    });
    const law = documents.findIndex((d) => d.id === 'state-secrets-law-2024');
    const lawPhrases = documentPhrases(documents[law]!, words[law]!, dictionary, policy[law]).map(([p]) => p);
    for (const noise of ['按照国家有关', '会同有关', '符合国家保密', '直辖市保密']) expect(lawPhrases).not.toContain(noise);
  });

  it('cleans the list by rule: no grammar words, no pieces of longer units or of idioms', () => {
    // Grammar classes by jieba's part of speech (adverbs, pronouns, numerals, time words…): none listed.
    for (const [id, terms] of distinctive) {
      for (const t of terms) {
        const tags = dictionary.segmenter.tag(t.term, true);
        if (tags.length === 1) expect(tags[0]!.tag, `${id}: ${t.term}`).not.toMatch(/^[drcpumqteoy]/u);
      }
    }
    const hunan = distinctive.get('hunan-2025')!.map((t) => t.term);
    for (const noise of ['仍然', '能快', '令人']) expect(hunan, noise).not.toContain(noise);
    expect(hunan.length).toBeGreaterThan(20);
    // No listed term is a piece of a longer unit: some neighbour differs between its occurrences.
    documents.forEach((doc, k) => {
      for (const t of distinctive.get(doc.id)!) expect(unitOf(t.term, words[k]!.squeezed), `${doc.id}: ${t.term}`).toBe(t.term);
    });
  });

  it('unitOf grows a word while every occurrence has the same neighbour; pieceOfIdioms finds set rhetoric', () => {
    expect(unitOf('能快', '发展能快则快，项目能快则快。')).toBe('能快则快');
    expect(unitOf('园区', '产业园区和物流园区')).toBe('园区');
    expect(unitOf('园区', '只有一个园区')).toBe('园区');
    expect(pieceOfIdioms('一丝', '工作一丝不苟，态度一丝不苟，一丝希望。')).toBe(true);
    expect(pieceOfIdioms('希望', '一丝希望，希望工程，充满希望。')).toBe(false);
  });
});
