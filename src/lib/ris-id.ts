/**
 * The RIS `ID` of a citation. The RIS specification allows a reference ID of up to 20 characters from
 * 0–9 and A–Z; citation-js cut our keys to 20 characters, so every chapter of the plan was
 * "hunan-fyp15-chapter-" and every paragraph of a page had its page's ID. Here each cited thing — a
 * document, a page (document-part), a place in a page (page#anchor) — gets its own: the key's letters and
 * digits, upper-cased, up to 12 (readable: NATIONAL2024…, HUNANFYP15CH…), then 8 base-36 digits of a 64-bit
 * FNV-1a hash of the whole key (41 bits: distinct keys sharing a prefix collide with odds below 10⁻⁶
 * for a thousand of them; the site test checks every ID the site offers). Shared by the build and the
 * reading page's script (no dependency: it runs in both).
 */

export const RIS_ID_LENGTH = 20;
const HASH_DIGITS = 8;

/** FNV-1a, 64-bit, over the key's UTF-8 bytes. */
function fnv1a64(text: string): bigint {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) h = BigInt.asUintN(64, (h ^ BigInt(byte)) * 0x100000001b3n);
  return h;
}

/** The RIS ID of a citation key (`national-2024`, `hunan-fyp15-chapter-24`, `hunan-fyp15-chapter-24#p-96`). */
export function risId(key: string): string {
  const readable = key
    .replace(/[^a-z0-9]/giu, '')
    .toUpperCase()
    .slice(0, RIS_ID_LENGTH - HASH_DIGITS);
  const hash = (fnv1a64(key) % 36n ** BigInt(HASH_DIGITS)).toString(36).toUpperCase().padStart(HASH_DIGITS, '0');
  return readable + hash;
}

/** The key of a place in a cited page: the page's key and the anchor. */
export const placeKey = (pageKey: string, anchor: string) => `${pageKey}#${anchor}`;
