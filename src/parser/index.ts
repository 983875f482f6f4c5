/**
 * Parses a seeds folder: reads and validates the manifest, finds each document's line range, hands it
 * to the parser for its shape, checks what the text states against the manifest, and returns the model.
 * Pure apart from reading the folder it is given.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ParseContext, type ShapeParser, type StatedFacts } from './context.ts';
import { manifestSchema, type DocumentShape, type ManifestEntry, type Omission, type ParsedDocument, type Warning } from './model.ts';
import { decodeSeed, excerpt, ParseError, type SourceLine } from './source.ts';
import { textLength } from './text.ts';
import { OMITTED_AFTER, OMITTED_BEFORE } from './warnings.ts';
import { parseReport } from './shapes/report.ts';
import { parsePlan } from './shapes/plan.ts';
import { parseLaw } from './shapes/law.ts';
import { parseNews } from './shapes/news.ts';
import { parseDigest } from './shapes/digest.ts';

/** One parser per document shape; a new document of a known shape needs only a manifest entry. */
export const shapeParsers: Record<DocumentShape, ShapeParser> = {
  report: parseReport,
  plan: parsePlan,
  law: parseLaw,
  news: parseNews,
  digest: parseDigest,
};

export interface ParseResult {
  documents: ParsedDocument[];
  warnings: Warning[];
}

export const MANIFEST = 'manifest.json';

/** Parses every document declared in `<dir>/manifest.json`. Throws `ParseError` on malformed input. */
export function parseSeeds(dir: string, displayDir = 'seeds'): ParseResult {
  const manifestPath = `${displayDir}/${MANIFEST}`;
  const manifest = readManifest(join(dir, MANIFEST), manifestPath);
  const files = new Map<string, ReturnType<typeof decodeSeed>>();
  const fileWarnings: Warning[] = [];
  for (const name of new Set(manifest.map((e) => e.file))) {
    const display = `${displayDir}/${name}`;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(dir, name));
    } catch {
      throw new ParseError(manifestPath, 1, `expected seed file ${name} named by the manifest, found no such file`);
    }
    const decoded = decodeSeed(display, bytes);
    files.set(name, decoded);
    for (const q of decoded.quirks) fileWarnings.push({ file: display, line: q.line, message: q.message });
  }
  checkUnlisted(dir, manifest, manifestPath);

  const ranges = locateDocuments(manifest, files, displayDir);
  const documents = manifest.map((entry) => {
    const { lines, start, end, outside } = ranges.get(entry.id)!;
    const file = `${displayDir}/${entry.file}`;
    const ctx = new ParseContext(entry, file, lines);
    ctx.allLines = files.get(entry.file)!.lines;
    // How the file was read (its encoding, BOM, line ends) is a note on each of its documents.
    for (const q of files.get(entry.file)!.quirks) ctx.warn(q.line, q.message);
    for (const o of outside) ctx.omit(o.start, o.end, o.reason);
    const { children, stated } = shapeParsers[entry.shape](ctx);
    checkStated(entry, stated, file, start);
    const doc: ParsedDocument = {
      ...entry,
      lines: { start, end },
      length: textLength(children),
      children,
      warnings: ctx.warnings,
      ...(ctx.omitted.length > 0 ? { omitted: [...ctx.omitted].sort((a, b) => a.start - b.start) } : {}),
    };
    return doc;
  });
  // A file's own notes are on each of its documents; listed once here.
  const fileNotes = new Set(fileWarnings.map((w) => `${w.file}:${w.line}:${w.message}`));
  const documentWarnings = documents.flatMap((d) => d.warnings).filter((w) => !fileNotes.has(`${w.file}:${w.line}:${w.message}`));
  return { documents, warnings: [...fileWarnings, ...documentWarnings] };
}

function readManifest(path: string, display: string): ManifestEntry[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new ParseError(display, 1, 'expected a manifest declaring the documents, found no file');
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new ParseError(display, 1, `expected JSON, found a syntax error (${(e as Error).message})`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [index] = issue.path;
    const line = typeof index === 'number' ? lineOfEntry(raw, index) : 1;
    throw new ParseError(display, line, `${z.prettifyError(parsed.error).split('\n')[0]} at ${issue.path.join('.')}`);
  }
  const seen = new Map<string, number>();
  parsed.data.forEach((entry, i) => {
    if (seen.has(entry.id)) {
      throw new ParseError(display, lineOfEntry(raw, i), `expected unique document ids, found "${entry.id}" twice`);
    }
    seen.set(entry.id, i);
  });
  for (const entry of parsed.data) {
    for (const rel of entry.related) {
      if (!seen.has(rel)) {
        throw new ParseError(
          display,
          lineOfEntry(raw, seen.get(entry.id)!),
          `expected "${entry.id}" related ids to exist, found unknown "${rel}"`,
        );
      }
    }
  }
  return parsed.data;
}

/** Line of the `{` opening the index-th entry of a top-level JSON array (for located errors). */
function lineOfEntry(raw: string, index: number): number {
  let depth = 0;
  let count = -1;
  let line = 1;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (c === '{' && depth === 1 && ++count === index) return line;
      depth++;
    } else if (c === '}' || c === ']') depth--;
  }
  return 1;
}

/** A .txt seed that no manifest entry names would silently vanish from the site: refuse it. */
function checkUnlisted(dir: string, manifest: ManifestEntry[], display: string): void {
  const listed = new Set(manifest.map((e) => e.file));
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith('.txt') && !listed.has(name)) {
      throw new ParseError(display, 1, `expected an entry for every seed file, found none for ${name}`);
    }
  }
}

interface Range {
  lines: SourceLine[];
  start: number;
  end: number;
  /** Non-empty lines outside every document that the manifest declares as debris (see `endLine`). */
  outside: Omission[];
}

/** The debris in `lines` as one declared range, from its first to its last non-empty line (none if blank). */
function debrisRuns(lines: SourceLine[], reason: string): Omission[] {
  const text = lines.filter((l) => l.text !== '');
  return text.length === 0 ? [] : [{ start: text[0]!.number, end: text.at(-1)!.number, reason }];
}

/**
 * Each document runs from its start line to the line before the next document of the same file (or
 * EOF). Text outside every document would be lost, so it is an error.
 */
function locateDocuments(
  manifest: ManifestEntry[],
  files: Map<string, ReturnType<typeof decodeSeed>>,
  displayDir: string,
): Map<string, Range> {
  const ranges = new Map<string, Range>();
  for (const [name, { lines }] of files) {
    const display = `${displayDir}/${name}`;
    const entries = manifest.filter((e) => e.file === name);
    // Entries of one file are matched in manifest order, each after the previous one's start.
    let from = 0;
    const starts: { entry: ManifestEntry; index: number }[] = [];
    for (const entry of entries) {
      const index =
        entry.startAt !== undefined
          ? entry.startAt - 1 >= from && lines[entry.startAt - 1]?.text === entry.startLine
            ? entry.startAt - 1
            : failAt(
                display,
                entry.startAt,
                `expected the line "${entry.startLine}" that starts document "${entry.id}" at line ${entry.startAt}, found "${excerpt(lines[entry.startAt - 1]?.text ?? '', 20)}"`,
              )
          : lines.findIndex((l, i) => i >= from && l.text === entry.startLine);
      if (index < 0) {
        const anywhere = lines.findIndex((l) => l.text === entry.startLine);
        const found = anywhere >= 0 ? `found it only at line ${anywhere + 1}, before the previous document` : 'found no such line';
        throw new ParseError(display, from + 1, `expected the line "${entry.startLine}" that starts document "${entry.id}", ${found}`);
      }
      starts.push({ entry, index });
      from = index + 1;
    }
    const first = starts[0]!;
    const declared = first.entry.endLine !== undefined;
    const stray = lines.slice(0, first.index).find((l) => l.text !== '');
    if (stray && !declared) {
      throw new ParseError(
        display,
        stray.number,
        `expected text to belong to a document, found "${excerpt(stray.text, 20)}" before the first start line`,
      );
    }
    starts.forEach(({ entry, index }, k) => {
      const next = starts[k + 1]?.index ?? lines.length;
      let endIndex = next - 1;
      const outside: Omission[] = [];
      if (k === 0 && declared) outside.push(...debrisRuns(lines.slice(0, index), OMITTED_BEFORE));
      if (entry.endLine !== undefined) {
        endIndex = lines.findIndex((l, i) => i >= index && i < next && l.text === entry.endLine);
        if (endIndex < 0) {
          throw new ParseError(
            display,
            index + 1,
            `expected the line "${entry.endLine}" that ends document "${entry.id}", found no such line after its start`,
          );
        }
        outside.push(...debrisRuns(lines.slice(endIndex + 1, next), OMITTED_AFTER));
      }
      ranges.set(entry.id, { lines: lines.slice(index, endIndex + 1), start: index + 1, end: endIndex + 1, outside });
    });
  }
  return ranges;
}

function failAt(file: string, line: number, detail: string): never {
  throw new ParseError(file, line, detail);
}

/** What the text states must agree with the manifest: a mismatch is a build error, not a guess. */
function checkStated(entry: ManifestEntry, stated: StatedFacts, file: string, line: number): void {
  const strip = (s: string) => s.replace(/\s+/g, '');
  if (strip(stated.title) !== strip(entry.sourceTitle)) {
    throw new ParseError(file, line, `expected the title "${entry.sourceTitle}" declared for "${entry.id}", found "${stated.title}"`);
  }
  if (stated.date && entry.date && stated.date !== entry.date) {
    throw new ParseError(file, line, `expected the date ${entry.date} declared for "${entry.id}", found ${stated.date} in the text`);
  }
  if (stated.speaker && entry.speaker && stated.speaker !== entry.speaker) {
    throw new ParseError(
      file,
      line,
      `expected the speaker ${entry.speaker} declared for "${entry.id}", found ${stated.speaker} in the text`,
    );
  }
}
