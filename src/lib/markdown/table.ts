/**
 * A model table as a GFM table. GFM has no merged cells, so each cell is laid on the grid the HTML
 * table algorithm gives it (rowspan and colspan), its text in the top-left position of the area it
 * covers and the other positions of that area left empty: every cell's text appears once, in its own
 * row and column. GFM has one header row: the first head row is it; further head rows (the plan's
 * second row of column headings) follow as the first body rows. A cell's line breaks (one
 * cell per line in the source, a category written twice) become spaces: a GFM cell is one line.
 */
import type { PhrasingContent, Table as MdTable, TableCell, TableRow as MdTableRow } from 'mdast';
import type { Cell, Table } from '../../parser/model.ts';

interface Placed {
  cell: Cell;
  head: boolean;
}

/** The grid of a table: one entry per row, each a position → the cell that starts there. */
export function tableGrid(table: Table): { width: number; rows: Map<number, Placed>[] } {
  const rows = [...table.head.map((r) => ({ r, head: true })), ...table.body.map((r) => ({ r, head: false }))];
  const occupied: Set<number>[] = rows.map(() => new Set());
  const grid = rows.map(() => new Map<number, Placed>());
  let width = 0;
  rows.forEach(({ r, head }, y) => {
    let x = 0;
    for (const cell of r.cells) {
      while (occupied[y]!.has(x)) x++;
      grid[y]!.set(x, { cell, head });
      const w = cell.colspan ?? 1;
      const h = cell.rowspan ?? 1;
      for (let dy = 0; dy < h && y + dy < rows.length; dy++) for (let dx = 0; dx < w; dx++) occupied[y + dy]!.add(x + dx);
      x += w;
      width = Math.max(width, x);
    }
    for (const v of occupied[y]!) width = Math.max(width, v + 1);
  });
  return { width, rows: grid };
}

/** Whether any cell spans more than one row or column (the edition says so in a note). */
export const hasMergedCells = (table: Table): boolean =>
  [...table.head, ...table.body].some((r) => r.cells.some((c) => (c.rowspan ?? 1) > 1 || (c.colspan ?? 1) > 1));

/** The note under a table with merged cells: how to read the empty positions. */
export const MERGED_CELLS_NOTE =
  '原表有合并单元格。Markdown 表格不能合并单元格：合并单元格的文字写在它所占区域的左上格，区域内其余格留空。';

const oneLine = (value: string) => value.replace(/\s*\n\s*/g, ' ');

export function gfmTable(table: Table): MdTable {
  const { width, rows } = tableGrid(table);
  const row = (placed: Map<number, Placed>): MdTableRow => ({
    type: 'tableRow',
    children: Array.from({ length: width }, (_, x): TableCell => {
      const at = placed.get(x);
      if (!at) return { type: 'tableCell', children: [] };
      const children: PhrasingContent[] = [{ type: 'text', value: oneLine(at.cell.text) }];
      return { type: 'tableCell', children };
    }),
  });
  return { type: 'table', align: Array.from({ length: width }, () => null), children: rows.map(row) };
}
