/** What printing needs from the build: the running header of a page's printed sheets. */
import { createHash } from 'node:crypto';

/** A CSS string literal: quotes and backslashes escaped, `<` written as an escape so `</style>` cannot occur. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/</g, '\\3c ').replace(/\n/g, '\\a ')}"`;
}

/** `:root { --running-head: "…" }` for global.css's @page margin box, with its CSP hash. */
export function runningHeadStyle(text: string): { css: string; hash: `sha256-${string}` } {
  const css = `:root{--running-head:${cssString(text)}}`;
  return { css, hash: `sha256-${createHash('sha256').update(css).digest('base64')}` };
}
