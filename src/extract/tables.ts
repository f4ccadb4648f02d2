import type { MoneyMention } from './money-mention';
import { BARE_NUMBER, NOT_MONEY_HEADER, bareValue, clean, ratePerOf, unitOf, unitWithSource } from './table-units';
import { checkTotals, inferSumLines, rowLabel, type Shape } from './table-totals';

export { captionBefore } from './table-units';
export { roundingOf } from './table-totals';

/**
 * Answer tables read as tables (issue 14): which row and column each figure sits in, which rows
 * and columns are totals of the others, and the unit a header gives to bare numbers ("(£000)").
 *
 * Works on a plain grid of cell texts with their offsets in the answer's joined text, so it runs
 * the same on a page's DOM table (content/table-grid.ts) and on corpus HTML in unit tests.
 */

export interface TableCell {
  text: string;
  /**
   * Offsets of the cell's text in the answer's joined text (end exclusive). -1 for the copies a
   * spanning cell leaves in the columns it covers: they carry its header text, not its figures.
   */
  start: number;
  end: number;
}

export interface TableGrid {
  /** The table's own <caption>, or the short heading just before it ("Royal Navy"); '' if none. */
  caption: string;
  rows: TableCell[][];
}

/** Where a figure sits in a table, and what it is there. */
export interface TablePlace {
  /** 0-based, in page order. */
  table: number;
  caption: string;
  /** The row's label ("TV"), '' when the row has none. */
  row: string;
  /** The column's header text ("FY 2022-23"), '' when the column has none. */
  column: string;
  /** A total row/column cell that no larger total in the table contains: counted. */
  role: 'total' | 'part' | null;
  /** The header whose unit scaled this bare number ("(£000)"), when the figure is derived from it. */
  unitFrom: string | null;
}

/** A figure the table made from a bare number under a money header. */
export interface DerivedMention extends MoneyMention {
  unitFrom: string;
}

export interface TableReading {
  /** Every mention, the text's own and the derived ones, in text order. */
  mentions: MoneyMention[];
  /** For each of `mentions`, its table place, or null outside tables. */
  places: (TablePlace | null)[];
  /** Totals the table states that its parts do not add up to (worth telling the reader). */
  mismatches: string[];
}

/** "Total", "Sub-total", "Grand total", "Overall", "Totals": a row or column that sums the others. */
const TOTAL_LABEL = /^\s*(?:grand\s+|sub-?\s*)?totals?\b|\btotal\s*(?:paid|spend|cost|costs|expenditure|funding|allocation)?\s*$|^\s*overall\b/i;
const SUBTOTAL_LABEL = /^\s*sub-?\s*totals?\b/i;
/** Reads every table: places the text's own mentions in their cells and adds the derived ones. */
export function readTables(grids: TableGrid[], mentions: MoneyMention[]): TableReading {
  const places = new Map<MoneyMention, TablePlace>();
  const derived: DerivedMention[] = [];
  const mismatches: string[] = [];
  let cursor = 0;
  grids.forEach((grid, table) => {
    const first = grid.rows[0]?.[0];
    while (cursor < mentions.length && first && mentions[cursor]!.end <= first.start) cursor++;
    const inTable = mentionsIn(grid, mentions, cursor);
    readOne(grid, table, inTable, places, derived, mismatches);
  });
  const all = [...mentions, ...derived].sort((a, b) => a.start - b.start);
  return { mentions: all, places: all.map((m) => places.get(m) ?? null), mismatches };
}

/** The mentions inside each cell, by "row,column". */
function mentionsIn(grid: TableGrid, mentions: MoneyMention[], from: number): Map<string, MoneyMention[]> {
  const byCell = new Map<string, MoneyMention[]>();
  const cells: { key: string; cell: TableCell }[] = [];
  grid.rows.forEach((row, r) => row.forEach((cell, c) => cells.push({ key: `${r},${c}`, cell })));
  let i = from;
  for (const { key, cell } of cells) {
    while (i < mentions.length && mentions[i]!.start < cell.start) i++;
    let j = i;
    while (j < mentions.length && mentions[j]!.end <= cell.end) {
      byCell.set(key, [...(byCell.get(key) ?? []), mentions[j]!]);
      j++;
    }
  }
  return byCell;
}

function readOne(
  grid: TableGrid,
  table: number,
  byCell: Map<string, MoneyMention[]>,
  places: Map<MoneyMention, TablePlace>,
  derived: DerivedMention[],
  mismatches: string[],
): void {
  const shape = shapeOf(grid, byCell);
  const tableUnit = unitOf(grid.caption) ?? unitOf(grid.rows[0]?.[0]?.text ?? '') ?? headerRowUnit(grid, shape);
  const values: (number | null)[][] = grid.rows.map((row) => row.map(() => null));
  const placed: { r: number; c: number; mention: MoneyMention; place: TablePlace }[] = [];
  grid.rows.forEach((row, r) => {
    if (r < shape.headerRows) return;
    row.forEach((cell, c) => {
      if ((c === 0 && shape.rowLabels) || cell.start < 0) return;
      const column = shape.columnHeaders[c] ?? '';
      const own = byCell.get(`${r},${c}`) ?? [];
      let cellMentions: MoneyMention[] = own;
      let unitFrom: string | null = null;
      if (own.length === 0) {
        const unit = NOT_MONEY_HEADER.test(column) ? null : (unitWithSource(column) ?? tableUnit);
        const bare = unit ? bareValue(cell.text, unit.exponent) : null;
        if (unit && bare !== null) {
          const m: DerivedMention = { ...bare, currency: 'GBP', unitFrom: unit.source };
          m.start = cell.start + bare.start;
          m.end = cell.start + bare.end;
          derived.push(m);
          cellMentions = [m];
          unitFrom = unit.source;
        }
      }
      const per = ratePerOf(column);
      for (const mention of cellMentions) {
        if (per !== null && mention.per === undefined) mention.per = per;
        const place: TablePlace = { table, caption: grid.caption, row: rowLabel(grid, shape, r), column, role: null, unitFrom };
        places.set(mention, place);
        placed.push({ r, c, mention, place });
      }
      if (cellMentions.length === 1 && cellMentions[0]!.value !== null && cellMentions[0]!.per === undefined) values[r]![c] = cellMentions[0]!.value;
    });
  });
  inferSumLines(shape, values);
  assignRoles(shape, placed);
  if (!shape.inferred) checkTotals(grid, shape, values, table, mismatches);
}

function shapeOf(grid: TableGrid, byCell: Map<string, MoneyMention[]>): Shape {
  const hasFigureOrNumber = (r: number) =>
    (grid.rows[r] ?? []).some((cell, c) => c > 0 && (byCell.has(`${r},${c}`) || BARE_NUMBER.test(cell.text)));
  let headerRows = 0;
  while (headerRows < grid.rows.length - 1 && headerRows < 3 && !hasFigureOrNumber(headerRows)) headerRows++;
  const rowLabels = grid.rows.slice(headerRows).some((row) => row.length > 1 && row[0] !== undefined && !BARE_NUMBER.test(row[0].text) && !byCell.has(`${grid.rows.indexOf(row)},0`));
  const width = Math.max(0, ...grid.rows.map((row) => row.length));
  const columnHeaders = Array.from({ length: width }, (_, c) =>
    grid.rows.slice(0, headerRows).map((row) => clean(row[c]?.text ?? '')).filter(Boolean).join(' · '),
  );
  const totalRows = new Set<number>();
  const subtotalRows = new Set<number>();
  // A total needs siblings to be the total of: a table of one value column headed "Total
  // planned spend" is a list of totals by year, not a column that sums the others.
  const dataRows = grid.rows.length - headerRows;
  const valueColumns = width - (rowLabels ? 1 : 0);
  if (rowLabels && dataRows > 2) {
    grid.rows.forEach((row, r) => {
      if (r < headerRows) return;
      const label = clean(row[0]?.text ?? '');
      if (SUBTOTAL_LABEL.test(label)) subtotalRows.add(r);
      else if (TOTAL_LABEL.test(label)) totalRows.add(r);
    });
  }
  const totalColumns = new Set<number>();
  columnHeaders.forEach((header, c) => {
    if (c > 0 && valueColumns > 2 && TOTAL_LABEL.test(header)) totalColumns.add(c);
  });
  return { headerRows, rowLabels, columnHeaders, totalRows, subtotalRows, totalColumns, inferred: false };
}

/**
 * A cell in a total row or column is a total; one in both is the grand total, and then the other
 * totals are parts of it. Every other cell of a table with totals is a part. A table without any
 * total line has no roles: each cell counts.
 */
function assignRoles(shape: Shape, placed: { r: number; c: number; place: TablePlace }[]): void {
  const anyTotals = shape.totalRows.size + shape.subtotalRows.size + shape.totalColumns.size > 0;
  if (!anyTotals) return;
  const grand = shape.totalRows.size > 0 && shape.totalColumns.size > 0;
  for (const { r, c, place } of placed) {
    const inTotalRow = shape.totalRows.has(r);
    const inSubtotalRow = shape.subtotalRows.has(r);
    const inTotalColumn = shape.totalColumns.has(c);
    if (grand) place.role = inTotalRow && inTotalColumn ? 'total' : 'part';
    else if (inTotalRow || inTotalColumn) place.role = 'total';
    else if (inSubtotalRow) place.role = shape.totalRows.size > 0 ? 'part' : 'total';
    else place.role = 'part';
  }
}

function headerRowUnit(grid: TableGrid, shape: Shape): { exponent: number; source: string } | null {
  // A unit in the corner cell or in every header applies to the whole table; one column's own
  // unit is read per column (unitWithSource on its header).
  const headers = shape.columnHeaders.slice(shape.rowLabels ? 1 : 0).filter(Boolean);
  if (headers.length === 0) return null;
  const units = headers.map(unitWithSource);
  const firstUnit = units[0];
  return firstUnit && units.every((u) => u && u.exponent === firstUnit.exponent) ? firstUnit : null;
}

