/**
 * The document model: zod schemas are the single source of truth for every type the parser emits and
 * the site reads. No Astro imports here, so the parser and its CLI run on plain Node.
 *
 * Fidelity contract: `documentText()` in ./text.ts rebuilds a document's text from these nodes. Every
 * field that holds source text (`heading`, `Inline.text`, table cells, glossary parts) holds it verbatim:
 * numbering as written, only the declared artefacts removed (see ./source.ts).
 */
import { z } from 'zod';

/** Where a node starts in the seed files: `seeds/FILE:LINE` (1-based). */
export const sourceSchema = z.object({
  file: z.string(),
  line: z.number().int().positive(),
});
export type Source = z.infer<typeof sourceSchema>;

/**
 * A run of text inside a paragraph. `emphasis` records what the source marks or implies:
 * - `strong`: the digest's `**bold**` (markers dropped, text kept);
 * - `lead`: a lead sentence that opens a paragraph (大力提振消费。);
 * - `enum`: an enumeration marker inside running text (一是, 二是, ①, ②…).
 */
export const inlineSchema = z.object({
  text: z.string(),
  emphasis: z.enum(['strong', 'lead', 'enum']).optional(),
});
export type Inline = z.infer<typeof inlineSchema>;

/**
 * What a paragraph is, so views can style it without guessing from text.
 * `title`/`subtitle`/`dateline`/`speaker`/`byline` are the document's own front-matter lines.
 */
export const paragraphRoleSchema = z.enum([
  'body', // ordinary running text
  'title', // a title line as written in the source (may be one of several lines)
  'subtitle',
  'dateline', // ——2025年1月14日在…会议上
  'speaker', // 省长毛伟明
  'byline', // ■文/三湘都市报全媒体记者…
  'salutation', // 各位代表：/ 各位代表！
  'highlight', // ——经济发展贡献新担当。…
  'lead', // a news lead or preface line
  'label', // a section or topic label (2023答卷 >>>>, 消费)
  'list-item', // the digest's `- ` items (marker dropped)
  'bullet', // ● items (marker kept: it is text)
  'enum-item', // ①… or 一是… when it opens its own paragraph
  'clause', // a law's 款
  'law-item', // a law's 项: （一）…
  'note', // 注：… under a table, or an editorial-looking line of the source
  'figure', // a figure caption (图1  …) and/or the converter's [image: …] placeholder; the image itself is not in the text
]);
export type ParagraphRole = z.infer<typeof paragraphRoleSchema>;

export const paragraphSchema = z.object({
  type: z.literal('paragraph'),
  /** `p-N`, numbered in document order (stable: derived from position, never from text). */
  id: z.string(),
  role: paragraphRoleSchema,
  content: z.array(inlineSchema).min(1),
  source: sourceSchema,
});
export type Paragraph = z.infer<typeof paragraphSchema>;

/** One table cell, verbatim. `header` marks th cells (header rows and row-group labels). */
export const cellSchema = z.object({
  text: z.string(),
  header: z.boolean().optional(),
  rowspan: z.number().int().positive().optional(),
  colspan: z.number().int().positive().optional(),
});
export type Cell = z.infer<typeof cellSchema>;

export const tableRowSchema = z.object({
  cells: z.array(cellSchema),
  /** The category (row group) this row belongs to, e.g. 经济发展. */
  group: z.string().optional(),
  source: sourceSchema,
});
export type TableRow = z.infer<typeof tableRowSchema>;

/** A table rebuilt from a one-cell-per-line layout. Cells appear in source order, row-major. */
export const tableSchema = z.object({
  type: z.literal('table'),
  id: z.string(), // table-1
  caption: z.string(), // e.g. the box title it belongs to (not source text: the box heading holds that)
  head: z.array(tableRowSchema),
  body: z.array(tableRowSchema),
  source: sourceSchema,
});
export type Table = z.infer<typeof tableSchema>;

/** A glossary entry (名词解释): `number` + `term` + `separator` + `definition` rebuild the line. */
export const termSchema = z.object({
  type: z.literal('term'),
  id: z.string(), // term-1
  number: z.string(), // "1." or "45．" as written
  term: z.string(),
  separator: z.string(), // "：" as written
  definition: z.string(),
  source: sourceSchema,
});
export type Term = z.infer<typeof termSchema>;

export const divisionLevelSchema = z.enum([
  'part', // reports: 一、 ; plan: 第一篇
  'chapter', // plan: 第一章 ; law: 第一章
  'section', // plan: 第一节 ; news/digest sections
  'item', // reports: （一）
  'box', // plan: 专栏N
  'subheading', // a heading inside a box: （一）贯通通道
  'article', // law: 第一条
  'glossary', // plan: 名 词 解 释
  'preface', // text before the first numbered part (salutation, opening)
  'attachment', // reports: 附件1 十件民生实事, after the body, with its own numbering
]);
export type DivisionLevel = z.infer<typeof divisionLevelSchema>;

export type Node = Division | Paragraph | Table | Term;

export interface Division {
  type: 'division';
  level: DivisionLevel;
  /** Structural id: part-3, item-3-2, chapter-24, section-24-2, box-14, article-34, glossary. */
  id: string;
  /** Numbering as written (第一章, 一、, （一）, 专栏14, 第三十四条); null when the heading has none. */
  number: string | null;
  /** The value of the numbering (24 for 第二十四章), for ordering and gap checks. */
  ordinal: number | null;
  /** Heading text after the numbering, separators trimmed. */
  title: string;
  /**
   * The whole heading as written (numbering, separator and title; wrapped lines joined).
   * Empty when the source omits the heading: then `editorial` says so and views show the note.
   */
  heading: string;
  /** Set when the parser had to supply structure the source lacks (shown to readers). */
  editorial?: string | undefined;
  /**
   * What separates a number-only heading from the text that follows it on the same line, as written
   * (the space in "第一条 为了…"); absent when nothing does. Layout, but readers copy it.
   */
  separator?: string | undefined;
  source: Source;
  children: Node[];
}

export const divisionSchema: z.ZodType<Division> = z.lazy(() =>
  z.object({
    type: z.literal('division'),
    level: divisionLevelSchema,
    id: z.string(),
    number: z.string().nullable(),
    ordinal: z.number().int().nullable(),
    title: z.string(),
    heading: z.string(),
    editorial: z.string().optional(),
    separator: z.string().optional(),
    source: sourceSchema,
    children: z.array(nodeSchema),
  }),
);

export const nodeSchema: z.ZodType<Node> = z.lazy(() => z.union([divisionSchema, paragraphSchema, tableSchema, termSchema]));

/** A known defect of the source, kept as written and shown to readers as an editorial note. */
export const warningSchema = z.object({
  file: z.string(),
  line: z.number().int().positive(),
  message: z.string(),
  /** The node the note belongs to, when there is one. */
  nodeId: z.string().optional(),
});
export type Warning = z.infer<typeof warningSchema>;

export const documentKindSchema = z.enum(['report', 'plan', 'news', 'law']);
export type DocumentKind = z.infer<typeof documentKindSchema>;

/** Which parser module reads a document: one per document shape. */
export const documentShapeSchema = z.enum(['report', 'plan', 'law', 'news', 'digest']);
export type DocumentShape = z.infer<typeof documentShapeSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD');

/** Lines left out of a document's text as declared debris, and why (shown to readers). */
export const omissionSchema = z.object({
  start: z.number().int().positive(),
  end: z.number().int().positive(),
  reason: z.string(),
});
export type Omission = z.infer<typeof omissionSchema>;

/** One manifest entry (seeds/manifest.json): declares a document inside a seed file. */
export const manifestEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lowercase ASCII words joined by -'),
  file: z.string().regex(/^[^/\\]+\.txt$/, 'a file name inside seeds/'),
  /** The exact text of the line where the document starts (layout whitespace trimmed). */
  startLine: z.string().min(1),
  /**
   * The 1-based line number of the start line, when its text also stands earlier in the file (a web page
   * that repeats its header above the article): then the document starts there, and the text there must
   * be `startLine`.
   */
  startAt: z.number().int().positive().optional(),
  /**
   * The exact text of the document's last line, when the file holds web-page debris around the document
   * (a download as found): lines before the start (first document of the file) and after the end are then
   * left out, listed in `omitted` and shown to readers as editorial notes. Without it, a document runs to
   * the next document's start line or the end of the file, and text before the first start is an error.
   */
  endLine: z.string().min(1).optional(),
  kind: documentKindSchema,
  shape: documentShapeSchema,
  /** Conventional title, used for lists and citations. */
  title: z.string().min(1),
  /** The title as the source states it (checked against the text). */
  sourceTitle: z.string().min(1),
  /** Why the conventional title differs from the source's, when it does. */
  titleNote: z.string().optional(),
  region: z.string().min(1), // 全国, 湖南, 湖北
  /** Date delivered, published or adopted; omitted when the source does not state one. */
  date: isoDate.optional(),
  /** The year the document is known by (hunan-2025 was delivered in 2025 and reviews 2024). */
  year: z.number().int(),
  speaker: z.string().optional(),
  author: z.string().optional(), // issuing body or newspaper
  occasion: z.string().optional(),
  period: z.string().optional(), // 2026—2030 for the plan
  description: z.string().min(1),
  related: z.array(z.string()).default([]),
});
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export const manifestSchema = z.array(manifestEntrySchema).min(1);

/** A parsed document: its manifest metadata, where it sits in its seed file, and its tree. */
export const documentSchema = manifestEntrySchema.extend({
  /** Line range in the seed file, 1-based, inclusive. */
  lines: z.object({ start: z.number().int().positive(), end: z.number().int().positive() }),
  /** Characters of reading text (whitespace excluded). */
  length: z.number().int().nonnegative(),
  children: z.array(nodeSchema),
  warnings: z.array(warningSchema),
  /**
   * Lines of the seed file left out of the text, declared (web-page debris around or inside the front
   * matter of a downloaded report): 1-based inclusive ranges with the reason. Absent when nothing is.
   */
  omitted: z.array(omissionSchema).optional(),
});
export type ParsedDocument = z.infer<typeof documentSchema>;
