/** zod schemas of the open-data records (the JSON Schema files under /data/ are generated from these). */
import { z } from 'zod';

export const targetRecordSchema = z.object({
  document: z.string().describe('document id'),
  indicator: z.string().describe('indicator key (see /data/ for labels), or "other"'),
  text: z.string().describe('the target phrase as written'),
  value: z.number().nullable(),
  valueMax: z.number().nullable().describe('upper bound of a range'),
  unit: z.string().nullable(),
  qualifier: z.string().nullable().describe('左右, 以上, 以内, 同步, 与全国一致, 完成国家下达任务…'),
  anchor: z.string().describe('URL path of the paragraph stating it'),
});

export const indicatorLineSchema = z.object({
  document: z.string(),
  table: z.string(),
  group: z.string().nullable(),
  seq: z.string().nullable(),
  name: z.string(),
  unit: z.string().nullable(),
  attribute: z.string().nullable().describe('约束性 or 预期性'),
  column: z.string().describe('header texts of the column, top to bottom'),
  role: z.enum(['base', 'target', 'outcome', 'value']),
  year: z.number().int().nullable(),
  text: z.string().describe('the cell as written'),
  kind: z.enum(['number', 'range', 'text', 'none', 'empty']),
  value: z.number().nullable(),
  valueMax: z.number().nullable(),
  comparator: z.string().nullable(),
  qualifier: z.string().nullable(),
  cumulative: z.boolean().describe('written in brackets: cumulative over the period'),
  annual: z.boolean().describe('an annual average (年均)'),
  provisional: z.boolean().describe('marked *: 2024 data'),
  note: z.string().nullable(),
  anchor: z.string(),
});

export const documentListSchema = z.array(
  z.object({
    id: z.string(),
    title: z.string(),
    kind: z.string(),
    region: z.string(),
    year: z.number().int(),
    date: z.string().optional(),
    speaker: z.string().optional(),
    author: z.string().optional(),
    length: z.number().int(),
    url: z.string(),
    data: z.string(),
    /** The whole text as Markdown (/data/<id>.md). */
    markdown: z.string(),
    description: z.string(),
    /** The document's citation downloads. */
    citations: z.object({ ris: z.string(), bibtex: z.string(), cslJson: z.string() }),
    /** Provenance: seed file, SHA-256 of the file, line range (1-based, inclusive), editorial notes. */
    source: z.object({
      file: z.string(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      lines: z.object({ start: z.number().int().positive(), end: z.number().int().positive() }),
      notes: z.array(z.object({ line: z.number().int().positive(), message: z.string() })),
    }),
  }),
);
