/**
 * Rebuilds the plan's indicator tables. Word exported them one cell per line: a cell starts with a tab,
 * a line without a tab continues the cell above it (a wrapped “[累计]”), a blank line ends a row.
 * Vertically merged cells come out as empty cells in the rows below (dropped here: the merged cell
 * gets a rowspan); horizontally merged cells come out as one cell (given a colspan here). Only empty
 * cells are ever dropped, so every character stays; row-major order of the result is source order.
 */
import type { ParseContext } from '../../context.ts';
import type { Cell, Table, TableRow } from '../../model.ts';
import type { SourceLine } from '../../source.ts';
import { tableCategoryRepeated, tableHeaderNarrower, tableHeaderRowUneven, tableRowMisfit } from '../../warnings.ts';
import { isBlank, isTabbed } from './lines.ts';

interface RawCell {
  /** Paragraphs of the cell (lines joined when they wrap, split where a blank line separates them). */
  paragraphs: string[];
  text: string;
  line: number;
}

interface RawRow {
  cells: RawCell[];
  line: number;
  /** Index of the row's first line in the lines given to `readTable`. */
  index: number;
}

/** A header cell is short: three short cell lines without a blank between them start a table. */
const MAX_START_CELL = 30;

/** Index of the first line of a table in `lines` at or after `from`, or -1. */
export function findTable(lines: SourceLine[], from = 0): number {
  const cellLine = (l: SourceLine | undefined) => l !== undefined && isTabbed(l) && l.text.length <= MAX_START_CELL;
  for (let i = from; i + 2 < lines.length; i++) {
    if (cellLine(lines[i]) && cellLine(lines[i + 1]) && cellLine(lines[i + 2])) return i;
  }
  return -1;
}

function cellOf(line: SourceLine): RawCell {
  return { paragraphs: [line.text], text: line.text, line: line.number };
}

function appendTo(cell: RawCell, text: string, newParagraph: boolean): void {
  const paras = cell.paragraphs.filter((p) => p !== '');
  if (newParagraph || paras.length === 0) paras.push(text);
  else paras[paras.length - 1] += text;
  cell.paragraphs = paras;
  cell.text = paras.join('\n');
}

/** Splits lines into rows of cells; stops at the first line that cannot belong to the table. */
function readRows(lines: SourceLine[], start: number): { rows: RawRow[]; end: number } {
  const rows: RawRow[] = [];
  let row: RawRow | null = null;
  let gap = false;
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (isTabbed(line)) {
      if (!row || gap) rows.push((row = { cells: [], line: line.number, index: i }));
      row.cells.push(cellOf(line));
      gap = false;
    } else if (isBlank(line)) {
      gap = true;
    } else if (!gap) {
      appendTo(row!.cells[row!.cells.length - 1]!, line.text, false);
    } else {
      // After a blank line, text belongs to the cell only if the row goes on right after it
      // (the category cell “经济发展 … 经济发展” holds blank-separated paragraphs); else the table ended.
      let j = i;
      while (j < lines.length && !isBlank(lines[j]!) && !isTabbed(lines[j]!)) j++;
      if (j >= lines.length || !isTabbed(lines[j]!)) break;
      const cell = row!.cells[row!.cells.length - 1]!;
      appendTo(cell, line.text, true);
      for (let k = i + 1; k < j; k++) appendTo(cell, lines[k]!.text, false);
      i = j - 1;
      gap = false;
    }
  }
  return { rows, end: i };
}

const NUMBER = /^[0-9０-９]+$/;
const leadingEmpty = (cells: RawCell[]) => {
  let e = 0;
  while (e < cells.length && cells[e]!.text === '') e++;
  return e;
};

/**
 * Reads the table starting at `lines[start]`. Returns null when the lines do not make a table of at
 * least two rows; `end` is the index of the first line after the table (a 注 row or other box text).
 */
export function readTable(
  ctx: ParseContext,
  lines: SourceLine[],
  start: number,
  id: string,
  caption: string,
): { table: Table; end: number } | null {
  const read = readRows(lines, start);
  let { rows, end } = read;
  // A one-cell row (the 注 row under the table, or a box item) is not part of the grid.
  const stop = rows.findIndex((r, k) => k > 0 && (r.cells.length === 1 || /^注[：:]/.test(r.cells[0]!.text)));
  if (stop >= 0) {
    end = rows[stop]!.index;
    rows = rows.slice(0, stop);
  }
  if (rows.length < 2) return null;
  return { table: buildTable(ctx, rows, id, caption), end };
}

function buildTable(ctx: ParseContext, rows: RawRow[], id: string, caption: string): Table {
  // Header rows: those before the first row carrying an indicator number (序号) in its first two cells.
  let headCount = rows.findIndex((r) => r.cells.slice(0, 2).some((c) => NUMBER.test(c.text)));
  if (headCount < 0) headCount = 1;
  const headRows = rows.slice(0, headCount);
  const bodyRows = rows.slice(headCount);
  const firstBody = bodyRows[0];
  const seqCol = firstBody ? firstBody.cells.slice(0, 2).findIndex((c) => NUMBER.test(c.text)) : -1;
  const groupCol = seqCol === 1 ? 0 : -1;

  const rowspan = new Map<Cell, number>();
  const grow = (cell: Cell | undefined) => cell && rowspan.set(cell, (rowspan.get(cell) ?? 1) + 1);

  // Header: the top row's cells; leading empty cells of lower header rows are the continuation of
  // vertically merged top cells; the other lower cells sit under the remaining top cells, evenly.
  const top = headRows[0]?.cells ?? [];
  const spans = top.map(() => 1);
  const head: Cell[][] = headRows.map((r) => r.cells.map((c) => ({ text: c.text, header: true })));
  for (let r = 1; r < headRows.length; r++) {
    const cells = headRows[r]!.cells;
    const e = Math.min(leadingEmpty(cells), top.length);
    for (let j = 0; j < e; j++) if ((rowspan.get(head[0]![j]!) ?? 1) === r) grow(head[0]![j]);
    head[r] = head[r]!.slice(e);
    const k = top.length - e;
    const m = cells.length - e;
    if (r === 1 && k > 0 && m > k) {
      if (m % k === 0) for (let j = e; j < top.length; j++) spans[j] = m / k;
      else {
        ctx.warn(headRows[r]!.line, tableHeaderRowUneven(r + 1), id);
        spans[top.length - 1]! += m - k;
      }
    }
  }
  const leafCount = spans.reduce((a, b) => a + b, 0);
  const width = Math.max(leafCount, ...rows.map((r) => r.cells.length));

  // Columns the header does not account for come from sub-rows (indicator 11: 执业医师数 / 注册护士数):
  // a sub-row shares its leading cells with the row above, so the last shared column is the one
  // split in two; header and ordinary rows span it.
  if (width > leafCount && top.length > 0) {
    const sub = bodyRows.find((r) => seqCol >= 0 && r.cells[seqCol]?.text === '' && leadingEmpty(r.cells) >= seqCol + 2);
    let at = top.length - 1;
    if (sub) {
      let column = leadingEmpty(sub.cells) - 1;
      for (at = 0; at < top.length - 1 && column >= spans[at]!; at++) column -= spans[at]!;
    } else {
      ctx.warn(headRows[0]!.line, tableHeaderNarrower(width, leafCount), id);
    }
    spans[at]! += width - leafCount;
  }
  head[0]?.forEach((cell, j) => {
    if (spans[j]! > 1) cell.colspan = spans[j];
  });

  const body: TableRow[] = [];
  let group: { cell: Cell; label: string } | null = null;
  let parent: Map<number, Cell> | null = null;
  for (const row of bodyRows) {
    const raw = row.cells;
    const n = raw.length;
    const e = leadingEmpty(raw);
    const numbered = seqCol >= 0 && NUMBER.test(raw[seqCol]?.text ?? '');
    const isSub = seqCol >= 0 && !numbered && parent !== null && e > seqCol;
    const from = isSub ? e : 0;
    let colspans = raw.slice(from).map(() => 1);
    if (isSub || n === width) {
      if (isSub && n !== width) misfit(ctx, row, id, width, n, colspans);
    } else if (n === spans.length) colspans = [...spans];
    else misfit(ctx, row, id, width, n, colspans);

    const cells: Cell[] = [];
    const byIndex = new Map<number, Cell>();
    for (let j = 0; j < n; j++) {
      const source = raw[j]!;
      if (j === groupCol && (source.text !== '' || group)) {
        if (source.text === '') grow(group!.cell);
        else {
          group = { cell: { text: source.text, header: true }, label: groupLabel(ctx, source, id) };
          cells.push(group.cell);
          byIndex.set(j, group.cell);
        }
        continue;
      }
      if (isSub && j < e) {
        grow(parent!.get(j));
        continue;
      }
      const cell: Cell = { text: source.text };
      const span = colspans[j - from]!;
      if (span > 1) cell.colspan = span;
      cells.push(cell);
      byIndex.set(j, cell);
    }
    if (!isSub) parent = byIndex;
    body.push({ cells, ...(group ? { group: group.label } : {}), source: ctx.at(row.line) });
  }
  for (const [cell, n] of rowspan) if (n > 1) cell.rowspan = n;

  return {
    type: 'table',
    id,
    caption,
    head: head.map((cells, r) => ({ cells, source: ctx.at(headRows[r]!.line) })),
    body,
    source: ctx.at(rows[0]!.line),
  };
}

/** A row whose cell count fits neither the grid nor the header: kept, last cell widened, reported. */
function misfit(ctx: ParseContext, row: RawRow, id: string, width: number, n: number, colspans: number[]): void {
  ctx.warn(row.line, tableRowMisfit(n, width), id);
  if (colspans.length > 0 && width > n) colspans[colspans.length - 1]! += width - n;
}

/** The category a group label names. A label written twice in its cell is kept twice, and reported. */
function groupLabel(ctx: ParseContext, cell: RawCell, id: string): string {
  const paras = cell.paragraphs.filter((p) => p !== '');
  if (paras.length > 1 && paras.every((p) => p === paras[0])) {
    ctx.warn(cell.line, tableCategoryRepeated(paras[0]!, paras.length), id);
    return paras[0]!;
  }
  return paras.join('');
}
