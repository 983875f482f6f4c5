/**
 * Reading seed files: strict UTF-8, located errors, and the one place that knows which characters are
 * declared artefacts (dropped) rather than text (kept).
 */
import { BYTE_ORDER_MARK, CR_LINE_ENDS, decodedAs } from './warnings.ts';

/** A located, user-facing parse failure: `seeds/FILE:LINE: what was expected, what was found`. */
export class ParseError extends Error {
  readonly file: string;
  readonly line: number;
  readonly detail: string;

  constructor(file: string, line: number, detail: string) {
    super(`${file}:${line}: ${detail}`);
    this.file = file;
    this.line = line;
    this.detail = detail;
    this.name = 'ParseError';
  }
}

/** Abbreviates source text quoted in an error message. */
export function excerpt(text: string, max = 24): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** One line of a seed file. `text` is `raw` without artefacts and without layout whitespace at its ends. */
export interface SourceLine {
  /** 1-based line number in the seed file. */
  number: number;
  raw: string;
  text: string;
}

/** Word-export residue: `[bookmark: _Toc123]`. The one definition of the pattern. */
const BOOKMARK = /\[bookmark: [^\]\n]*\]/g;

/** A raw line without its bookmarks, layout space kept (a leading tab marks a table cell). */
export function withoutBookmarks(raw: string): string {
  return raw.replace(BOOKMARK, '');
}

/**
 * Layout whitespace: ASCII space and tab, NBSP, ideographic space (U+3000), the other Unicode spaces,
 * zero-width space and BOM. Never removed from inside a line's text, only from its ends.
 */
export const LAYOUT_SPACE = /[\s\u00a0\u3000\u200b\ufeff]/u;
const EDGE_SPACE = /^[\s\u00a0\u3000\u200b\ufeff]+|[\s\u00a0\u3000\u200b\ufeff]+$/gu;

/** Removes declared artefacts that may occur anywhere in a line (bookmarks), then trims layout space. */
export function cleanLine(raw: string): string {
  return withoutBookmarks(raw).replace(EDGE_SPACE, '');
}

/** Drops every whitespace character: the comparison form used by fidelity checks. */
export function withoutWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u3000\u200b\ufeff]/gu, '');
}

export interface DecodedFile {
  lines: SourceLine[];
  /** Notes about tolerated encoding quirks (BOM, CRLF), reported as warnings. */
  quirks: { line: number; message: string }[];
}

/**
 * Decodes a seed file. Reports as downloaded come in several encodings; the seed stays byte for byte
 * and decoding is done here, with a warning naming any encoding other than plain UTF-8:
 * - a UTF-8 BOM, or a UTF-16 BOM (little or big endian), says what the file is;
 * - a file with NUL bytes that one UTF-16 byte order reads as report text is UTF-16 without a BOM;
 * - otherwise valid UTF-8 is UTF-8;
 * - otherwise, when the bytes before the first invalid one are plain ASCII (real GBK text fails on its
 *   first Chinese character) and the whole file is valid GB18030 (a superset of GBK and GB2312), GB18030.
 * Anything else fails, located: an empty file, invalid UTF-8 (damaged or binary), NUL bytes.
 * CR and CRLF line ends are read as line ends and reported.
 */
export function decodeSeed(file: string, bytes: Uint8Array): DecodedFile {
  if (bytes.length === 0) throw new ParseError(file, 1, 'expected UTF-8 text, found an empty file');
  const quirks: DecodedFile['quirks'] = [];
  let text: string;
  const utf16 =
    bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  const bomless = utf16 ? null : bomlessUtf16(bytes);
  if (bomless) {
    text = bomless.text;
    quirks.push({ line: 1, message: decodedAs(bomless.endian === 'le' ? 'UTF-16（小端序，无BOM）' : 'UTF-16（大端序，无BOM）') });
  } else if (utf16) {
    try {
      text = new TextDecoder(utf16, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
    } catch {
      throw new ParseError(file, 1, `expected ${utf16.toUpperCase()} text after its byte order mark, found invalid bytes`);
    }
    quirks.push({ line: 1, message: decodedAs(utf16 === 'utf-16le' ? 'UTF-16（小端序，带BOM）' : 'UTF-16（大端序，带BOM）') });
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      const gb = decodeGb18030(bytes);
      if (gb === null) {
        throw new ParseError(file, lineOfInvalidUtf8(bytes), 'expected UTF-8 text, found bytes that are not valid UTF-8');
      }
      text = gb;
      quirks.push({ line: 1, message: decodedAs('GB18030（GBK）') });
    }
    if (text.startsWith('\ufeff')) {
      text = text.slice(1);
      quirks.push({ line: 1, message: BYTE_ORDER_MARK });
    }
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    throw new ParseError(file, line, 'expected text, found a NUL byte (binary data)');
  }
  if (text.includes('\r')) {
    const line = text.slice(0, text.indexOf('\r')).split('\n').length;
    quirks.push({ line, message: CR_LINE_ENDS });
    text = text.replace(/\r\n?/g, '\n');
  }
  if (text.endsWith('\n')) text = text.slice(0, -1);
  if (withoutWhitespace(withoutBookmarks(text)) === '') {
    throw new ParseError(file, 1, 'expected text, found only whitespace');
  }
  const lines = text.split('\n').map((raw, i) => ({ number: i + 1, raw, text: cleanLine(raw) }));
  return { lines, quirks };
}

/** Text as a report has it: Chinese, ASCII, CJK and full-width punctuation, the usual symbols, line ends. */
const TEXT_CHAR =
  /[\u4e00-\u9fff\u3400-\u4dbf\u3000-\u303f\uff00-\uffef\u2000-\u206f\u00a0-\u00ff\u2100-\u22ff\u2460-\u24ff\u25a0-\u25ff\x20-\x7e\t\r\n]/u;

/**
 * UTF-16 without a byte order mark (some Windows tools save it so), little or big endian, or null. Only
 * a file with NUL bytes is tried (UTF-8 and GB18030 text has none, and a NUL fails as binary otherwise):
 * it is UTF-16 when one byte order decodes it without error, with a line end and no NUL, to text of
 * which at least 98 % is what a report is written in; the other order gives rare ideographs and symbols.
 */
function bomlessUtf16(bytes: Uint8Array): { text: string; endian: 'le' | 'be' } | null {
  if (bytes.length % 2 !== 0 || !bytes.includes(0)) return null;
  for (const endian of ['le', 'be'] as const) {
    let text: string;
    try {
      text = new TextDecoder(`utf-16${endian}`, { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      continue;
    }
    if (text.includes('\u0000') || !/[\r\n]/.test(text)) continue;
    const chars = [...text];
    const ok = chars.filter((c) => TEXT_CHAR.test(c)).length;
    if (ok >= chars.length * 0.98) return { text, endian };
  }
  return null;
}

/**
 * GB18030 text, or null. Only tried when UTF-8 fails before any non-ASCII character: a UTF-8 file damaged
 * after its first Chinese character stays a UTF-8 error rather than being read as garbled GBK.
 */
function decodeGb18030(bytes: Uint8Array): string | null {
  const firstHigh = bytes.findIndex((b) => b >= 0x80);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    decoder.decode(bytes.subarray(0, firstHigh + 1), { stream: true });
    decoder.decode(bytes.subarray(firstHigh + 1, firstHigh + 4), { stream: true });
    // The first non-ASCII sequence is valid UTF-8: the file is UTF-8, damaged further on.
    return null;
  } catch {
    // Not UTF-8 from its first non-ASCII byte on: try GB18030.
  }
  try {
    return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function lineOfInvalidUtf8(bytes: Uint8Array): number {
  // Decode prefix by prefix is quadratic; instead find the first byte the streaming decoder rejects.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  for (let i = 0; i < bytes.length; i++) {
    try {
      decoder.decode(bytes.subarray(i, i + 1), { stream: true });
    } catch {
      return line;
    }
    if (bytes[i] === 0x0a) line++;
  }
  return line;
}
