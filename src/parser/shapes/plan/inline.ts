/** Inline runs of plan paragraphs: lead phrases, then enumeration markers (../../enumeration.ts). */
import { enumRuns } from '../../enumeration.ts';
import type { Inline } from '../../model.ts';

/**
 * A lead is a short opening phrase closed by 。 that names what the paragraph is about (岳阳市。,
 * ——坚持党的全面领导。, 北斗导航。). It is a phrase, not a sentence: no comma inside, and the
 * paragraph goes on after it. `max` is the longest lead accepted in that context.
 */
export function leadLength(text: string, max: number): number {
  const end = text.indexOf('。');
  if (end <= 0 || end + 1 >= text.length || end > max) return 0;
  const lead = text.slice(0, end);
  return /[，,；;：:]/.test(lead) ? 0 : end + 1;
}

/** Runs of a paragraph: an optional lead of at most `maxLead` characters, then the rest. */
export function runs(text: string, maxLead: number): Inline[] {
  const n = maxLead > 0 ? leadLength(text, maxLead) : 0;
  if (n === 0) return enumRuns(text);
  return [{ text: text.slice(0, n), emphasis: 'lead' }, ...enumRuns(text.slice(n))];
}
