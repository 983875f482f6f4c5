/** 名词解释: one entry per line, `1.“三高四新”美好蓝图：…` or `45．碳排放…：…` (number kept as written). */
import type { ParseContext } from '../../context.ts';
import { HEADING_SPACE } from '../../headings.ts';
import type { Paragraph, Term } from '../../model.ts';
import type { NumberingSequence } from '../../numbering.ts';
import { headingNumber } from '../../numerals.ts';
import type { SourceLine } from '../../source.ts';
import { GLOSSARY_LINE_UNNUMBERED, glossaryEntryWithoutColon } from '../../warnings.ts';

const ENTRY = new RegExp(`^([0-9０-９]+[.．、])${HEADING_SPACE}*(.*)$`);

/**
 * An entry line becomes a term; a line that is not one (no number, no “：”) is kept as a paragraph of
 * the glossary and reported, since a definition must not be guessed.
 */
export function glossaryEntry(ctx: ParseContext, numbering: NumberingSequence, line: SourceLine): Term | Paragraph {
  const m = ENTRY.exec(line.text);
  if (!m) {
    const p = ctx.paragraph('body', line.text, line.number);
    ctx.warn(line.number, GLOSSARY_LINE_UNNUMBERED, p.id);
    return p;
  }
  const number = m[1]!;
  const rest = m[2]!;
  let at = rest.indexOf('：');
  if (at < 0) at = rest.indexOf(':');
  const ordinal = headingNumber(number.slice(0, -1))!;
  if (at <= 0) {
    const p = ctx.paragraph('body', line.text, line.number);
    ctx.warn(line.number, glossaryEntryWithoutColon(number), p.id);
    numbering.next(ordinal, number, line.number, p.id);
    return p;
  }
  const id = ctx.ids.claim(`term-${ordinal}`);
  numbering.next(ordinal, number, line.number, id);
  return {
    type: 'term',
    id,
    number,
    term: rest.slice(0, at),
    separator: rest[at]!,
    definition: rest.slice(at + 1),
    source: ctx.at(line.number),
  };
}
