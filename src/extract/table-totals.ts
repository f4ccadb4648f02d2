import { clean } from './table-units';
import type { TableGrid } from './tables';

/**
 * A table's totals (tables.ts): the lines no label names but whose sums say they are totals, and
 * the check of each stated total against the sum of its parts.
 */

export interface Shape {
  headerRows: number;
  /** Whether column 0 labels the rows. */
  rowLabels: boolean;
  columnHeaders: string[];
  totalRows: Set<number>;
  subtotalRows: Set<number>;
  totalColumns: Set<number>;
  /** Whether the totals were found by their sums, with no label saying so. */
  inferred: boolean;
}

export /**
 * A table with no line labelled Total may still end in one: a last row (or column) whose every
 * value is the sum of the values above it (or beside it). Only the last line is tried, as tables
 * put totals there, and the match must be close (half the finest rounding unit) and seen in two
 * columns or over three parts, so three years of £10m, £20m, £30m are not read as a total.
 */
function inferSumLines(shape: Shape, values: (number | null)[][]): void {
  if (shape.totalRows.size + shape.subtotalRows.size + shape.totalColumns.size > 0) return;
  const dataRows = values.map((_, r) => r).filter((r) => r >= shape.headerRows);
  const width = Math.max(0, ...values.map((row) => row.length));
  const valueColumns = Array.from({ length: width }, (_, c) => c).filter((c) => !(c === 0 && shape.rowLabels));
  const lastRow = dataRows[dataRows.length - 1];
  if (lastRow !== undefined && dataRows.length >= 3) {
    const lines = valueColumns.map((c) => ({ stated: values[lastRow]![c] ?? null, parts: dataRows.filter((r) => r !== lastRow).map((r) => values[r]![c] ?? null) }));
    if (sumsAgree(lines)) shape.totalRows.add(lastRow);
  }
  const lastColumn = valueColumns[valueColumns.length - 1];
  if (shape.totalRows.size === 0 && lastColumn !== undefined && valueColumns.length >= 3) {
    const lines = dataRows.map((r) => ({ stated: values[r]![lastColumn] ?? null, parts: valueColumns.filter((c) => c !== lastColumn).map((c) => values[r]![c] ?? null) }));
    if (sumsAgree(lines)) shape.totalColumns.add(lastColumn);
  }
  shape.inferred = shape.totalRows.size + shape.totalColumns.size > 0;
}

/** Every line with a stated value and two parts sums exactly (within rounding), in two lines or over three parts. */
function sumsAgree(lines: { stated: number | null; parts: (number | null)[] }[]): boolean {
  let agreeing = 0;
  let mostParts = 0;
  for (const { stated, parts } of lines) {
    const known = parts.filter((v): v is number => v !== null);
    if (stated === null) continue;
    if (known.length < 2 || stated === 0) return false;
    const sum = known.reduce((a, b) => a + b, 0);
    const unit = Math.min(roundingOf(stated), ...known.map(roundingOf));
    if (Math.abs(sum - stated) > unit / 2 + Math.abs(stated) * 1e-9) return false;
    agreeing++;
    mostParts = Math.max(mostParts, known.length);
  }
  return agreeing >= 2 || (agreeing === 1 && mostParts >= 3);
}

export /**
 * Where one Total row (or column) stands over plain rows (or columns), checks it against their
 * sum, allowing for each part's rounding. A mismatch is reported, never corrected.
 */
function checkTotals(grid: TableGrid, shape: Shape, values: (number | null)[][], table: number, mismatches: string[]): void {
  const name = grid.caption ? `Table ${table + 1} (${grid.caption})` : `Table ${table + 1}`;
  if (shape.totalRows.size === 1 && shape.subtotalRows.size === 0) {
    const t = [...shape.totalRows][0]!;
    const width = values[t]?.length ?? 0;
    for (let c = 0; c < width; c++) {
      const stated = values[t]![c] ?? null;
      const parts = values.filter((row, r) => r >= shape.headerRows && r !== t).map((row) => row[c] ?? null).filter((v): v is number => v !== null);
      report(stated, parts, `${name}, column “${shape.columnHeaders[c] || c + 1}”`);
    }
  }
  if (shape.totalColumns.size === 1) {
    const t = [...shape.totalColumns][0]!;
    values.forEach((row, r) => {
      if (r < shape.headerRows) return;
      const parts = row.filter((v, c) => c !== t && v !== null && !(c === 0 && shape.rowLabels)) as number[];
      report(row[t] ?? null, parts, `${name}, row “${rowLabel(grid, shape, r) || r + 1}”`);
    });
  }
  function report(stated: number | null, parts: number[], where: string): void {
    if (stated === null || parts.length < 2) return;
    const sum = parts.reduce((a, b) => a + b, 0);
    // Each part may be off by half the unit it is rounded to; "13.000" written in £m has
    // trailing zeros that say nothing of its rounding, so the finest-rounded figure sets the unit.
    const unit = Math.min(roundingOf(stated), ...parts.map(roundingOf));
    const tolerance = Math.max((parts.length * unit) / 2, Math.abs(stated) * 1e-9);
    if (Math.abs(sum - stated) > tolerance) mismatches.push(`${where}: the total says ${plain(stated)}, its parts add to ${plain(sum)}`);
  }
}

/** The unit a figure seems rounded to: £3.2 million → 100,000; £8,183,893 → 1. */
export function roundingOf(value: number): number {
  const abs = Math.abs(value);
  if (abs === 0) return 1;
  let unit = 1;
  while (unit < abs && Math.round(abs / (unit * 10)) * unit * 10 === abs) unit *= 10;
  return unit;
}

function plain(value: number): string {
  return `£${value.toLocaleString('en-GB', { maximumFractionDigits: 2 })}`;
}

export function rowLabel(grid: TableGrid, shape: Shape, r: number): string {
  return shape.rowLabels ? clean(grid.rows[r]?.[0]?.text ?? '') : '';
}
