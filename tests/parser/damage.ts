/**
 * Helpers for the robustness suite: damaged copies of the seeds folder in temp folders, and the one
 * verdict every damaged input must get — a located ParseError, or a parse that keeps every character
 * (the fidelity comparison of tests/parser/fidelity.test.ts) and covers every line.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSeeds, type ParseResult } from '../../src/parser/index.ts';
import type { ManifestEntry } from '../../src/parser/model.ts';
import { decodeSeed, ParseError, withoutWhitespace } from '../../src/parser/source.ts';
import { childrenText, sourceText } from '../../src/parser/text.ts';

export const LOCATED = /^seeds\/[^:]+:\d+: /;

export interface SeedFolder {
  files: Map<string, Uint8Array>;
  manifest: string;
}

/** The real seeds, optionally only the documents of one file (with `related` pruned to match). */
export function readSeeds(onlyFile?: string): SeedFolder {
  const files = new Map<string, Uint8Array>();
  for (const name of readdirSync('seeds').sort()) {
    if (name.endsWith('.txt') && (!onlyFile || name === onlyFile)) files.set(name, readFileSync(join('seeds', name)));
  }
  let manifest = readFileSync('seeds/manifest.json', 'utf8');
  if (onlyFile) {
    const entries = (JSON.parse(manifest) as ManifestEntry[]).filter((e) => e.file === onlyFile);
    const ids = new Set(entries.map((e) => e.id));
    for (const e of entries) e.related = e.related.filter((r) => ids.has(r));
    manifest = JSON.stringify(entries, null, 2);
  }
  return { files, manifest };
}

/** Writes a folder to a fresh temp dir, runs `fn` on it, removes it. */
export function withFolder<T>(folder: SeedFolder, fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'seeds-damaged-'));
  try {
    for (const [name, bytes] of folder.files) writeFileSync(join(dir, name), bytes);
    writeFileSync(join(dir, 'manifest.json'), folder.manifest);
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export type Verdict = { kind: 'error'; error: ParseError } | { kind: 'parsed'; result: ParseResult };

/**
 * Parses `dir`; a thrown ParseError must be located, anything else thrown is rethrown (a crash); a
 * parse must keep every character of every document and cover every line after the first text.
 * Returns what happened, or a description of the loss as `problem`.
 */
export function verdict(dir: string): Verdict & { problem?: string } {
  let result: ParseResult;
  try {
    result = parseSeeds(dir);
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    if (!LOCATED.test(e.message)) return { kind: 'error', error: e, problem: `ParseError not located: ${e.message}` };
    return { kind: 'error', error: e };
  }
  const problem = textLoss(dir, result);
  return problem ? { kind: 'parsed', result, problem } : { kind: 'parsed', result };
}

/** Why the parse lost text (first difference, or lines no document covers), or undefined. */
export function textLoss(dir: string, result: ParseResult): string | undefined {
  const covered = new Map<string, number>();
  for (const doc of result.documents) {
    const { lines } = decodeSeed(`seeds/${doc.file}`, readFileSync(join(dir, doc.file)));
    const range = lines.slice(doc.lines.start - 1, doc.lines.end);
    const expected = withoutWhitespace(sourceText(range, doc.shape));
    const actual = withoutWhitespace(childrenText(doc.children));
    if (actual !== expected) {
      let i = 0;
      while (i < actual.length && actual[i] === expected[i]) i++;
      return `${doc.id}: text differs at ${i}: model «${actual.slice(Math.max(0, i - 15), i + 25)}» source «${expected.slice(Math.max(0, i - 15), i + 25)}»`;
    }
    covered.set(doc.file, (covered.get(doc.file) ?? 0) + doc.lines.end - doc.lines.start + 1);
  }
  for (const [file, count] of covered) {
    const { lines } = decodeSeed(`seeds/${file}`, readFileSync(join(dir, file)));
    const firstText = lines.findIndex((l) => l.text !== '');
    if (count !== lines.length - firstText) return `${file}: documents cover ${count} lines of ${lines.length - firstText}`;
  }
  return undefined;
}

export const utf8 = (text: string) => new TextEncoder().encode(text);
export const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
