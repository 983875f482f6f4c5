/**
 * What a report paragraph is and how its text divides into runs: highlights (——经济发展贡献新担当。…),
 * enumerated paragraphs (一是…, ①…), lead sentences (大力提振消费。…) and enumeration markers inside
 * running text (../../enumeration.ts). Runs always concatenate back to the paragraph text exactly.
 */
import { enumRuns, openingMarker } from '../../enumeration.ts';
import type { Inline, ParagraphRole } from '../../model.ts';
import { firstSentence } from './sentences.ts';

/** Longest lead sentence accepted (the seeds' longest is 18: 推动高质量共建“一带一路”走深走实。). */
export const LEAD_MAX = 24;
/** Longest heading sentence after 一是 or —— (the seeds' longest is 25). */
const TOPIC_MAX = 32;
/**
 * A lead sentence is a subjectless verb phrase (提高投资效益。). Sentences opening with a subject or a
 * time word are statements: 我们不断加强精神文明建设。/ 过去一年的成绩来之不易。/ 2025年是…之年。
 */
const STATEMENT_START = /^(我们|我|这|那|今年|去年|明年|过去|当前|目前|现在|一年来|近年来|新的一年|[0-9０-９])/;
/** A maxim closing an item is followed by an exhortation (创新制胜未来。我们要…), a lead by measures. */
const EXHORTATION = /^(我们|让我们)/;

export interface ParagraphShape {
  role: ParagraphRole;
  content: Inline[];
}

/** Role and runs of one body paragraph. `inPart`: lead sentences are only read inside parts and items. */
export function shapeParagraph(text: string, inPart: boolean): ParagraphShape {
  if (text.startsWith('——')) {
    const topic = topicSentence(text.slice(2));
    const content: Inline[] = [{ text: '——' }];
    if (topic) content.push({ text: topic.first, emphasis: 'lead' });
    content.push(...enumRuns(topic ? topic.rest : text.slice(2)));
    return { role: 'highlight', content };
  }
  const marker = openingMarker(text);
  if (marker) {
    const after = text.slice(marker.text.length);
    // 一是 introduces a heading sentence; ① introduces a plain list entry.
    const topic = marker.circled ? null : topicSentence(after);
    const content: Inline[] = [{ text: marker.text, emphasis: 'enum' }];
    if (topic) content.push({ text: topic.first, emphasis: 'lead' });
    content.push(...enumRuns(topic ? topic.rest : after, marker));
    return { role: 'enum-item', content };
  }
  const lead = inPart ? leadSentence(text) : null;
  const content: Inline[] = lead ? [{ text: lead, emphasis: 'lead' }] : [];
  content.push(...enumRuns(lead ? text.slice(lead.length) : text));
  return { role: 'body', content };
}

/** The lead sentence opening a paragraph, or null. See the constants above for the rule. */
export function leadSentence(text: string): string | null {
  const split = firstSentence(text);
  if (!split || !split.first.endsWith('。')) return null;
  const { first, rest } = split;
  if (first.length > LEAD_MAX || /[，,；;：:]/.test(first)) return null;
  // A one-sentence paragraph is a statement, not a heading over a passage.
  if (rest.trim() === '') return null;
  if (STATEMENT_START.test(first) || EXHORTATION.test(rest)) return null;
  return first;
}

/** The heading sentence after 一是 / ——: short, ends in 。, may contain a comma. */
function topicSentence(text: string): { first: string; rest: string } | null {
  const split = firstSentence(text);
  if (!split || !split.first.endsWith('。') || split.rest.trim() === '') return null;
  if (split.first.length > TOPIC_MAX || /[；;：:]/.test(split.first)) return null;
  return split;
}
