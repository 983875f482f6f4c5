/**
 * Chart text without a browser: estimated advance widths and labels broken into lines of a fixed number
 * of characters (so a chart's height does not depend on its width), never cut, with the line-breaking
 * rules of Chinese typesetting: no line starts with a closing mark (）」》，。、) and none ends with an
 * opening one (（「《).
 */

/** Estimated advance width of a string: CJK and full-width forms 1 em, others about 0.6 em. */
export function textWidth(s: string, font: number): number {
  let w = 0;
  for (const ch of s) w += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/u.test(ch) ? font : font * 0.6;
  return w;
}

const CLOSING = /^[）)」』》〉】〕，。、：；！？”’]$/u;
const OPENING = /^[（(「『《〈【〔“‘]$/u;

/**
 * A label broken into lines of at most `chars` characters; a closing mark that would open a line stays
 * on the line before (which may hold chars + 1), an opening mark that would end a line moves to the next.
 */
export function labelLines(label: string, chars: number): string[] {
  const cs = [...label];
  const lines: string[] = [];
  let i = 0;
  while (i < cs.length) {
    let end = Math.min(cs.length, i + chars);
    if (end < cs.length && CLOSING.test(cs[end]!)) end++;
    else if (end < cs.length && end - 1 > i && OPENING.test(cs[end - 1]!)) end--;
    lines.push(cs.slice(i, end).join(''));
    i = end;
  }
  return lines.length ? lines : [''];
}
