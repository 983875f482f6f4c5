/**
 * 主要预期目标: each report's main expected targets as records, found by a general rule — the paragraph
 * that announces the main (expected) targets with 是：/为：, the list after the colon up to the end of its
 * sentence, then following sentences (or paragraphs, when the announcing one ends at the colon) for as
 * long as every phrase in them names a known indicator. The list is split into phrases at clause
 * punctuation and each phrase read by ./data/phrase.ts.
 */
import type { ParsedDocument } from '../parser/model.ts';
import { paragraphsOf, type PlacedParagraph } from './data/walk.ts';
import { navigationOf } from './navigation.ts';
import { classify, parsePhrase, splitPhrases, OTHER } from './data/phrase.ts';

export { INDICATORS, indicatorByKey, parsePhrase, splitPhrases, classify } from './data/phrase.ts';

/** One target; field order is the CSV's. */
export interface TargetRecord {
  document: string;
  indicator: string;
  /** The phrase as written. */
  text: string;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  qualifier: string | null;
  anchor: string;
}
export const TARGET_FIELDS = ['document', 'indicator', 'text', 'value', 'valueMax', 'unit', 'qualifier', 'anchor'] as const;

/** The sentence announcing the list: 主要预期目标是：, 主要目标为：, 预期目标是： (a colon or 主要 is required). */
const ANNOUNCE = /主要(?:预期)?目标(?:是|为)?[：:]|主要(?:预期)?目标(?:是|为)|预期目标(?:是|为)[：:]/;

/** Sentences of a text, each with its closing 。 (or none at the end). */
const sentences = (text: string) => text.match(/[^。！？]+[。！？]?/g) ?? [];

/** A continuation sentence belongs to the list when each of its phrases names a known indicator. */
const isTargetSentence = (s: string) => {
  const phrases = splitPhrases(s);
  return phrases.length > 0 && phrases.every((p) => classify(p) !== undefined);
};

interface ListPart {
  paragraph: PlacedParagraph;
  text: string;
}

/** Where a document states its main targets: the pieces of text holding the list, with their paragraphs. */
export function findTargetList(paragraphs: PlacedParagraph[]): ListPart[] {
  const at = paragraphs.findIndex((p) => ANNOUNCE.test(p.text));
  if (at < 0) return [];
  const first = paragraphs[at]!;
  const m = ANNOUNCE.exec(first.text)!;
  const after = first.text.slice(m.index + m[0].length);
  const parts: ListPart[] = [];
  const [head = '', ...rest] = sentences(after);
  if (head.trim()) {
    parts.push({ paragraph: first, text: head });
    for (const s of rest) {
      if (!isTargetSentence(s)) break;
      parts.push({ paragraph: first, text: s });
    }
    return parts;
  }
  // The announcing paragraph ends at the colon: the list follows, one paragraph per target or group.
  for (const p of paragraphs.slice(at + 1)) {
    const body = p.text.replace(/^[—\-－\s]+|^[一二三四五六七八九十]+是|^[①-⑳]/g, '');
    if (!isTargetSentence(body)) break;
    parts.push({ paragraph: p, text: p.text });
  }
  return parts;
}

/** Strips list markers and connectives that open a phrase but are not part of the target (——, 一是, 其中). */
const cleanPhrase = (p: string) => p.replace(/^(?:[—\-－]+|[一二三四五六七八九十]+是|[①-⑳]|其中|以及|同时)/, '').trim();

/** Every main expected target of a document (empty when it announces none). */
export function extractTargets(doc: ParsedDocument): TargetRecord[] {
  const anchor = navigationOf(doc).hrefOf;
  const records: TargetRecord[] = [];
  for (const part of findTargetList(paragraphsOf(doc.children))) {
    for (const raw of splitPhrases(part.text)) {
      const text = cleanPhrase(raw);
      if (!text) continue;
      const parsed = parsePhrase(text);
      records.push({
        document: doc.id,
        indicator: (parsed.indicator ?? OTHER).key,
        text,
        value: parsed.value,
        valueMax: parsed.valueMax,
        unit: parsed.unit,
        qualifier: parsed.qualifier,
        anchor: anchor(part.paragraph.paragraph.id),
      });
    }
  }
  return records;
}
