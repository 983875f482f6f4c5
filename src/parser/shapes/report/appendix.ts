/**
 * What follows a report's body: attachments (附件, 附件1 十件民生实事 with its own 一、…十、) and a glossary
 * (名词解释, 《政府工作报告》有关内容名词注释), standing alone or as an attachment. Their markers are
 * recognised only on a line of their own after the first part, so a sentence mentioning 附件 stays text.
 */
import { CHINESE_NUMERAL, chineseNumber, halfWidthDigits } from '../../numerals.ts';

/** 附件 / 附件1 / 附件二： possibly followed by its title on the same line. */
const ATTACHMENT = new RegExp(`^附件[\\s\\u3000]*([0-9０-９]+|${CHINESE_NUMERAL}+)?[\\s\\u3000]*[:：]?[\\s\\u3000]*(.*)$`);

export interface AttachmentMarker {
  number: string;
  ordinal: number;
  /** Title on the marker's own line ('' when it stands on the next line or there is none). */
  title: string;
}

export function attachmentMarker(text: string): AttachmentMarker | null {
  if (text.length > 40 || /[。，；]/.test(text)) return null;
  const m = ATTACHMENT.exec(text);
  if (!m) return null;
  const written = m[1] ?? '';
  const ordinal =
    written === '' ? 1 : /\d/.test(halfWidthDigits(written)) ? Number(halfWidthDigits(written)) : (chineseNumber(written) ?? 1);
  const title = m[2]!;
  return { number: text.slice(0, text.length - title.length).replace(/[\s\u3000]+$/, ''), ordinal, title };
}

/** A glossary heading: 名词解释, 名 词 解 释, 《政府工作报告》有关内容名词注释, or 注释 alone (海南 2026). */
export function isGlossaryTitle(text: string): boolean {
  const compact = text.replace(/[\s\u3000]/g, '');
  return (compact.length <= 30 && /(?:名词解释|名词注释)$/.test(compact)) || compact === '注释';
}

/** A note entry numbered in brackets, as reports number their 注释: ［1］一降三减：…, 〔2〕…. */
export const BRACKETED_ENTRY = /^([［[〔]([0-9０-９]+)[］\]〕])(.*)$/;

/** An attachment's title line: short, no sentence punctuation, not numbered. */
export function isAttachmentTitle(text: string): boolean {
  return text.length <= 40 && !/[。，；：:]/.test(text) && !/^[一二三四五六七八九十]+、|^[0-9０-９]+[.．、]|^（/.test(text);
}
