/**
 * Test harness for shape parsers: a ParseContext over one manifest document of the real seeds (found the
 * way the orchestrator finds it: manifest order, start line to the next document's start), or over a
 * synthetic text. Lets a shape's tests run without depending on the other shapes' parsers.
 */
import { readFileSync } from 'node:fs';
import { ParseContext } from '../../src/parser/context.ts';
import { manifestEntrySchema, manifestSchema, type ManifestEntry } from '../../src/parser/model.ts';
import { decodeSeed, withoutWhitespace } from '../../src/parser/source.ts';
import { childrenText, sourceText } from '../../src/parser/text.ts';
import type { ShapeResult } from '../../src/parser/context.ts';

export function seedContext(id: string): ParseContext {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync('seeds/manifest.json', 'utf8')));
  const entry = manifest.find((e) => e.id === id);
  if (!entry) throw new Error(`no manifest entry ${id}`);
  const file = `seeds/${entry.file}`;
  const { lines } = decodeSeed(file, readFileSync(file));
  const sameFile = manifest.filter((e) => e.file === entry.file);
  let from = 0;
  const starts = sameFile.map((e) => {
    const i = lines.findIndex((l, k) => k >= from && l.text === e.startLine);
    if (i < 0) throw new Error(`start line of ${e.id} not found`);
    from = i + 1;
    return i;
  });
  const k = sameFile.indexOf(entry);
  return new ParseContext(entry, file, lines.slice(starts[k], starts[k + 1] ?? lines.length));
}

/** A context over a synthetic document (the whole text), with a minimal manifest entry. */
export function textContext(text: string, shape: ManifestEntry['shape'], extra: Partial<ManifestEntry> = {}): ParseContext {
  const entry = manifestEntrySchema.parse({
    id: 'synthetic',
    file: 'synthetic.txt',
    startLine: text.split('\n').find((l) => l.trim() !== '') ?? 'x',
    kind: shape === 'digest' ? 'news' : shape,
    shape,
    title: 'synthetic',
    sourceTitle: 'synthetic',
    region: '湖南',
    year: 2024,
    description: 'synthetic test document',
    ...extra,
  });
  const { lines } = decodeSeed('seeds/synthetic.txt', new TextEncoder().encode(text));
  return new ParseContext(entry, 'seeds/synthetic.txt', lines);
}

/** The fidelity contract for one parsed document: model text equals the source minus artefacts. */
export function rebuiltEqualsSource(ctx: ParseContext, result: ShapeResult): boolean {
  return withoutWhitespace(childrenText(result.children)) === withoutWhitespace(sourceText(ctx.lines, ctx.entry.shape));
}
