/**
 * Reading seed files: strict UTF-8, located errors, and the one place that knows which characters are
 * declared artefacts (dropped) rather than text (kept).
 */
import { BYTE_ORDER_MARK, CR_LINE_ENDS } from './warnings.ts';

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
 * Decodes a seed file strictly. Fails, located, on an empty file, invalid UTF-8 or NUL bytes
 * (binary junk); tolerates and reports a BOM and CR line ends.
 */
export function decodeSeed(file: string, bytes: Uint8Array): DecodedFile {
  if (bytes.length === 0) throw new ParseError(file, 1, 'expected UTF-8 text, found an empty file');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ParseError(file, lineOfInvalidUtf8(bytes), 'expected UTF-8 text, found bytes that are not valid UTF-8');
  }
  const quirks: DecodedFile['quirks'] = [];
  if (text.startsWith('\ufeff')) {
    text = text.slice(1);
    quirks.push({ line: 1, message: BYTE_ORDER_MARK });
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
