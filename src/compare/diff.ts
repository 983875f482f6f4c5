/** The character diff of a rewrite, with figures read as figures. */
import { diffArrays } from 'diff';

export interface CharPiece {
  text: string;
  op: 'keep' | 'insert' | 'delete';
}

/**
 * Tokens of the character diff: a figure with its unit (4.5%, 7140万亩, 3000公里, 0.5个百分点) is one token, any other
 * character one token, so 5% → 4.5% reads as a replaced value and never as inserted digits.
 */
const TOKEN =
  /[0-9０-９]+(?:[.,．][0-9０-９]+)*(?:[%％‰]|个百分点|百分点|(?:万|亿|千|百)?(?:亿元|万元|元|亩|公里|千米|千瓦|千瓦时|吨|人|个|家|所|项|条|座|辆|台|场|列|件|户|套|张|次|倍|年|月|日|岁|米|平方米|立方米|方|斤|PF|GW|MW))?|[\s\S]/gu;

export function tokens(s: string): string[] {
  return s.match(TOKEN) ?? [];
}

/** Token diff of a rewrite (jsdiff): the kept and inserted pieces spell B, kept and deleted spell A. */
export function charDiff(a: string, b: string): CharPiece[] {
  const out: CharPiece[] = [];
  for (const part of diffArrays(tokens(a), tokens(b))) {
    const op = part.added ? 'insert' : part.removed ? 'delete' : 'keep';
    const text = part.value.join('');
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else out.push({ text, op });
  }
  return out;
}
