/**
 * Salutations addressing the audience (各位代表：/ 各位代表！). They stand on their own line or open
 * a paragraph (各位代表！大道至简…); a vocative inside a sentence (各位代表，我们要…) is not one.
 */
const SALUTATION = /^(各位代表(?:、各位委员)?|各位委员|同志们|女士们、先生们)[：！:!]/;

/** The salutation and the text after it on the same line, or null when the line does not open with one. */
export function splitSalutation(text: string): { salutation: string; rest: string } | null {
  const m = SALUTATION.exec(text);
  return m ? { salutation: m[0], rest: text.slice(m[0].length) } : null;
}

/**
 * A paragraph opening with a vocative to the assembly (各位代表，团结凝聚力量…: 上海, 江苏, 青海, 江西 2026):
 * not a salutation of its own (the comma is the sentence's), but it too addresses the assembly rather
 * than continuing the item before it.
 */
const ADDRESS = /^(?:各位代表(?:、各位委员)?|各位委员|同志们)[，,]/;
export const opensWithAddress = (text: string): boolean => ADDRESS.test(text);
