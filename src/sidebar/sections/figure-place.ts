import type { FigureView } from '../model';

/** "Royal Navy · TV · FY 2022-23": the table cell a figure sits in, in the words of its headers. */
export function cellName(f: FigureView): string | null {
  if (!f.table) return null;
  return [f.table.caption, f.table.row, f.table.column].filter(Boolean).join(' · ') || `Table ${f.table.index + 1}`;
}

/** One plain line on what the figure is in the total, or null for plain money. */
export function roleLine(f: FigureView): string | null {
  if (f.role === 'total') return f.table ? 'A total the table states: counted in place of the cells it adds up.' : null;
  if (f.role === 'repeat' && f.repeatOf !== null) return `The same sum as figure ${f.repeatOf + 1}, said again: counted once.`;
  if (f.role === 'part' && f.table) return "Inside the table's total: not counted again.";
  if (f.partOf !== null) return `Part of figure ${f.partOf + 1}, as the text says: counted once, in the whole.`;
  return null;
}

/** "Read as £ thousands from the “£000” header", for a bare number the header made a figure. */
export function unitLine(f: FigureView): string | null {
  return f.table?.unitFrom ? `A bare number in the table, read in “${f.table.unitFrom}” from its header.` : null;
}
