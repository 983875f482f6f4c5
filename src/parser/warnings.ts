/**
 * The warning vocabulary: every message the parser attaches to a source defect, in one place. Warnings
 * are shown to readers as editorial notes (编者注), so they are plain Chinese, name the text as written
 * (in “…”), and end by saying what was done: （按原文保留） when the text is kept as it stands. The same
 * defect gets the same words in every shape. (Errors are different: `seeds/FILE:LINE: expected …, found …`
 * in English, for whoever maintains the seeds; see ParseError in ./source.ts.)
 */

const KEPT = '（按原文保留）';

/** `“（三）”` for one missing label, `“（三）”至“（五）”` for a run (first and last given). */
function quoteRange([first, last]: readonly [string, string]): string {
  return first === last ? `“${first}”` : `“${first}”至“${last}”`;
}

/** What is numbered, when the label alone does not say it: 名词解释条目, 第三条的项. */
const numbered = (name: string | undefined) => `${name ?? ''}编号`;

/** Numbers skipped: （二） followed by （四）, or a sequence opening at （二）. */
export function numberingGap(name: string | undefined, previous: string | null, found: string, missing: readonly [string, string]): string {
  const where = previous === null ? `开头是“${found}”` : `“${previous}”之后是“${found}”`;
  return `${numbered(name)}不连续：${where}，缺少${quoteRange(missing)}${KEPT}`;
}

/** The same number twice in a row. */
export function numberingRepeat(name: string | undefined, previous: string, found: string): string {
  return `${numbered(name)}重复：“${previous}”之后又是“${found}”${KEPT}`;
}

/** A number lower than one already seen (and not a repeat of the last). */
export function numberingDisorder(name: string | undefined, previous: string, found: string): string {
  return `${numbered(name)}顺序错乱：“${previous}”之后是“${found}”${KEPT}`;
}

/**
 * A heading the source lost, inferred from the numbering of what follows it: the editorial note on the
 * inferred division, and the warning located where its content starts. `label` names the inferred
 * heading (第六十六章, 第二部分), `unit` its kind (章, 部分), `first` the first written heading under it
 * and `childUnit` that heading's kind (节, 项); `reason` says how the loss shows (see below).
 */
export function inferredHeading(parts: { label: string; unit: string; first: string; childUnit: string; reason: string }): {
  editorial: string;
  warning: string;
} {
  const editorial = `源文件缺少${parts.label}标题`;
  const warning =
    `${editorial}：自此处起的内容（含“${parts.first}”及其后各${parts.childUnit}）没有${parts.unit}标题` +
    `（${parts.reason}），归入推断的${parts.label}`;
  return { editorial, warning };
}

/** Reason for `inferredHeading`: the unit's own numbering skips (章编号从第六十五章跳到第六十七章). */
export function numberingSkips(unit: string, from: string, to: string): string {
  return `${unit}编号从${from}跳到${to}`;
}

/** Reason for `inferredHeading`: the unit's numbering has no gap the lost heading could fill. */
export function numberingHasNoGap(unit: string): string {
  return `${unit}编号没有空缺`;
}

/** Reason for `inferredHeading`: the headings under it count again from the start. */
export function numberingRestarts(previous: string, first: string): string {
  return `“${previous}”之后编号从“${first}”重新开始`;
}

/** A date that does not exist (2月30日): kept as text, not read as the document's date. */
export function impossibleDate(written: string): string {
  return `日期“${written}”不存在，不据此读取文件日期${KEPT}`;
}

// Law.

export const UNCLOSED_LEGISLATIVE_NOTE = `以“（”开头的立法说明没有以“）”结尾${KEPT}`;

/** A line opening with 第N条 that is neither separated nor next in order: read as a reference. */
export function articleReference(written: string, expected: string): string {
  return `此行以“${written}”开头，但其后没有分隔，也不合条文顺序（应为“${expected}”）：按正文处理，不作条标题`;
}

/** Running text directly under a 章 or 节 heading of a law, where articles belong. */
export function textOutsideArticle(heading: string): string {
  return `“${heading}”之下应为条文（第×条），此处却是正文（按原文作为段落保留）`;
}

// Plan.

export const GLOSSARY_LINE_UNNUMBERED = '名词解释中的这一行没有条目编号（按原文作为段落保留）';

export function glossaryEntryWithoutColon(number: string): string {
  return `名词解释条目“${number}”缺少词条与释义之间的“：”（按原文作为段落保留）`;
}

export const FIGURE_CAPTION_CUT = `图题被图片占位符“[image: …]”截断${KEPT}`;

// Tables.

export function tableHeaderRowUneven(row: number): string {
  return `表头第${row}行的单元格无法均分到上一行之下（按原文顺序保留）`;
}

export function tableHeaderNarrower(width: number, headerWidth: number): string {
  return `表格有${width}列，表头只有${headerWidth}列（末列表头按跨列处理）`;
}

export function tableRowMisfit(cells: number, width: number): string {
  return `表格行有${cells}个单元格，与${width}列的表格不符（末格按跨列处理）`;
}

export function tableCategoryRepeated(label: string, times: number): string {
  return `表格类别单元格“${label}”在源文件中重复书写了${times}次${KEPT}`;
}

// Digest (Markdown-like markers are declared artefacts).

export const UNMATCHED_BOLD = '粗体标记“**”不成对：多余的标记已去除，文字保留';

export function markersWithoutText(line: string): string {
  return `此行只有粗体或列表标记“${line}”而没有文字（标记已去除）`;
}

// Encoding quirks of a seed file (tolerated).

export const BYTE_ORDER_MARK = '文件以UTF-8字节顺序标记（BOM）开头（已忽略）';
export const CR_LINE_ENDS = '文件使用CR换行符（Windows或旧式Mac格式），已按普通换行读取';

/** A file in another encoding than UTF-8, decoded as that encoding (the seed is kept byte for byte). */
export function decodedAs(encoding: string): string {
  return `文件编码为${encoding}，已按此编码读取`;
}

// Declared debris: lines of a downloaded web page that are not part of the document.

export const OMITTED_BEFORE = '网页残留，位于正文之前';
export const OMITTED_AFTER = '网页残留，位于正文之后';
export const OMITTED_INSIDE = '网页残留，夹在文件头部';

/** An editorial note for lines left out of the text: where, why, and what they said (abridged). */
export function omittedWarning(start: number, end: number, reason: string, text = ''): string {
  const where = start === end ? `源文件第${start}行` : `源文件第${start}—${end}行`;
  const said = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return `${where}不属于本文（${reason}）：“${said}”，未收入正文`;
}

/** Lines of one paragraph that the source's layout broke inside a sentence, joined. */
export function lineJoined(first: number, last: number, count: number): string {
  return `此段在源文件中被排版断为${count}行（第${first}—${last}行，断在句子中间），已按排版空白合并为一段${KEPT}`;
}
