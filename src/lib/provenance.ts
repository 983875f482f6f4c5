/**
 * Where a document comes from: its seed file (name and SHA-256 of the file as received), the line
 * range it occupies there, and the editorial notes (source defects kept as written). Shown on the
 * landing page and carried by /data/documents.json, so a reader can check any text against its source.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedDocument } from '../parser/model.ts';

export interface Provenance {
  /** File name inside seeds/. */
  file: string;
  /** SHA-256 of the whole file, hex. */
  sha256: string;
  /** 1-based, inclusive. */
  lines: { start: number; end: number };
  /** Editorial notes: each source defect with its line. */
  notes: { line: number; message: string }[];
}

// The folder the content loader parses (src/content.config.ts): SEEDS_DIR, default seeds/.
const SEEDS_DIR = process.env.SEEDS_DIR ?? 'seeds';
const hashes = new Map<string, string>();

export function provenanceOf(doc: ParsedDocument): Provenance {
  let sha256 = hashes.get(doc.file);
  if (!sha256) {
    sha256 = createHash('sha256')
      .update(readFileSync(join(SEEDS_DIR, doc.file)))
      .digest('hex');
    hashes.set(doc.file, sha256);
  }
  return {
    file: doc.file,
    sha256,
    lines: doc.lines,
    notes: doc.warnings.map((w) => ({ line: w.line, message: w.message })),
  };
}
