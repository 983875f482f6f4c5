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
import { classify, parsePhrase, parseValue, splitPhrases, OTHER } from './data/phrase.ts';

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

/**
 * The sentence announcing the list: 主要预期目标是：, 主要目标为：, 预期目标是：, 主要预期目标设定为： (a colon or 主要 is
 * required).
 */
const SET = '(?:设定|确定|安排|拟定|定)?';
const ANNOUNCE = new RegExp(`主要(?:预期)?目标(?:${SET}(?:是|为))?[：:]|主要(?:预期)?目标${SET}(?:是|为)|预期目标${SET}(?:是|为)[：:]`);

/** Sentences of a text, each with its closing 。 (or none at the end). */
const sentences = (text: string) => text.match(/[^。！？]+[。！？]?/g) ?? [];

/**
 * A clause that strives beyond a target but is none (在实际工作中努力争取更好结果, 力争取得更好结果):
 * it follows a target in the list and is not recorded as one.
 */
const STRIVING = /^在?(?:实际工作中)?(?:全力|努力|力争|争取)+(?:取得|实现)?更好(?:的)?结果$/;
export const isStriving = (phrase: string): boolean => STRIVING.test(phrase.trim());

/**
 * A clause of commentary between targets (吉林 2026: 努力跑赢全国, 加快构建优势, 对标全国全力消减差距,
 * 在全国实现位次前移): it opens with an exhortation and states no figure, so it sets no target.
 */
const COMMENTARY = /^(?:在实际工作中|实际工作中)?(?:努力|力争|争取|全力|加快|对标|在全国)/;
const isCommentary = (phrase: string): boolean => COMMENTARY.test(phrase) && (parseValue(phrase)?.value ?? null) === null;

/**
 * A continuation sentence belongs to the list when each of its phrases names a known indicator or states
 * a figure (一产、二产、三产增加值分别增长5%左右、5%以上、5%左右), striving clauses aside, and at least
 * one is a target. Commentary (这样的目标，是立足…) names neither and ends the list.
 */
const isTargetSentence = (s: string) => {
  const phrases = splitPhrases(s).filter((p) => !isStriving(p));
  return (
    phrases.length > 0 &&
    phrases.every((p) => classify(p) !== undefined || INDICATOR_CLASS.test(p) || (parseValue(p)?.value ?? null) !== null)
  );
};

/**
 * A class of indicators rather than one (山西 2026: 反映转型发展成效…的预期性指标增长高于经济增速。反映资源节约和
 * 环境质量的各项约束性指标不折不扣完成国家下达任务。): a target of the list, of no single indicator.
 */
const INDICATOR_CLASS = /(?:预期性|约束性)指标/;
/** Of no single indicator: names a class whose description names none (its 高于经济增速 is a comparison). */
const ofClass = (phrase: string) => {
  const m = INDICATOR_CLASS.exec(phrase);
  return m !== null && classify(phrase.slice(0, m.index)) === undefined;
};

/**
 * Two targets run together at a 、 (新疆 2026: 城镇新增就业47万人以上、城镇调查失业率控制在5.5%以内): split when
 * every piece names an indicator and states a figure of its own; 一、二、三产增加值…, 分别增长5%、6.5%左右 and
 * 1300亿斤以上、力争比去年实现更多增长 stay one phrase.
 */
function splitRunTogether(phrase: string): string[] {
  const pieces = phrase.split('、');
  const own = (p: string) => classify(p) !== undefined && (parseValue(p)?.value ?? null) !== null;
  return pieces.length > 1 && pieces.every(own) ? pieces : [phrase];
}

/**
 * An announcement of the plan period's main targets (“十五五”时期经济社会发展的主要目标是：…年均增长5%, 到2030年
 * 经济社会发展的主要目标是：…), not this year's: its sentence names the period or its end year.
 */
const PERIOD = /时期|五年|规划|“十[一二三四五六七八九]五”|到20\d{2}年|20\d{2}年前/;
function announcesThisYear(text: string, at: number): boolean {
  const sentenceStart = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('！', at)) + 1;
  return !PERIOD.test(text.slice(sentenceStart, at));
}

interface ListPart {
  paragraph: PlacedParagraph;
  text: string;
}

/** Where a document states its main targets: the pieces of text holding the list, with their paragraphs. */
export function findTargetList(paragraphs: PlacedParagraph[]): ListPart[] {
  const at = paragraphs.findIndex((p) => {
    const m = ANNOUNCE.exec(p.text);
    return m !== null && announcesThisYear(p.text, m.index);
  });
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
    const body = p.text.replace(
      /^[—\-－\s]+|^[一二三四五六七八九十]+是|^[①-⑳]|^[0-9０-９]{1,2}[.．、](?!\d)|^[（(][0-9０-９]{1,2}[）)]/g,
      '',
    );
    if (!isTargetSentence(body)) break;
    parts.push({ paragraph: p, text: p.text });
  }
  return parts;
}

/**
 * Strips list markers and connectives that open a phrase but are not part of the target (——, 一是, 1., （1）, 其中),
 * and a striving clause run into the phrase after a 、 (地区生产总值增长4.5%左右、力争更好结果).
 */
const cleanPhrase = (p: string) =>
  p
    .replace(/^(?:[—\-－]+|[一二三四五六七八九十]+是|[①-⑳]|[0-9０-９]{1,2}[.．、](?!\d)|[（(][0-9０-９]{1,2}[）)]|其中|以及|同时)/, '')
    .replace(/、([^、]*)$/, (whole, tail: string) => (isStriving(tail) ? '' : whole))
    .trim();

/** Every main expected target of a document (empty when it announces none). */
export function extractTargets(doc: ParsedDocument): TargetRecord[] {
  const anchor = navigationOf(doc).hrefOf;
  const records: TargetRecord[] = [];
  for (const part of findTargetList(paragraphsOf(doc.children))) {
    for (const text of splitPhrases(part.text).map(cleanPhrase).flatMap(splitRunTogether)) {
      if (!text || isStriving(text) || isCommentary(text)) continue;
      const parsed = parsePhrase(text);
      records.push({
        document: doc.id,
        indicator: (ofClass(text) ? OTHER : (parsed.indicator ?? OTHER)).key,
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
