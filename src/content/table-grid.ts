import { captionBefore, type TableCell, type TableGrid } from '../extract/tables';
import type { TextMap } from './text-map';

/** A spanning cell is copied into at most this many columns (a page could claim colspan=1000). */
const MAX_SPAN = 20;

/**
 * The answer's tables as grids over the text map's offsets (extract/tables.ts reads them). Only
 * outermost tables: a table nested in a cell is that cell's text. A cell's offsets run from its
 * first read text node to its last, so what the text map left out (hidden text) is left out here.
 */
export function* tableGridSteps(answer: Element, map: TextMap): Generator<void, TableGrid[]> {
  const tables = Array.from(answer.querySelectorAll('table')).filter((t) => !t.parentElement?.closest('table') || !answer.contains(t.parentElement.closest('table')));
  if (tables.length === 0) return [];
  const startOf = new Map<Text, number>();
  for (const segment of map.segments) startOf.set(segment.node, segment.start);
  const grids: TableGrid[] = [];
  for (const table of tables) {
    const rows: TableCell[][] = [];
    for (const tr of Array.from(table.rows)) {
      const row: TableCell[] = [];
      for (const td of Array.from(tr.cells)) {
        const cell = cellRange(td, map, startOf);
        row.push(cell);
        const span = Math.min(MAX_SPAN, Math.max(1, td.colSpan || 1));
        for (let i = 1; i < span; i++) row.push({ text: cell.text, start: -1, end: -1 });
      }
      rows.push(row);
    }
    grids.push({ caption: table.caption?.textContent?.trim() || captionBefore(blockTextsBefore(table)), rows });
    yield;
  }
  return grids;
}

function cellRange(td: HTMLTableCellElement, map: TextMap, startOf: Map<Text, number>): TableCell {
  const walker = td.ownerDocument.createTreeWalker(td, NodeFilter.SHOW_TEXT);
  let start = -1;
  let end = -1;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = startOf.get(node);
    if (at === undefined) continue;
    if (start < 0) start = at;
    end = at + node.data.length;
  }
  // An empty cell: no figures, an empty header. Its offsets are never matched (-1).
  return start < 0 ? { text: '', start: -1, end: -1 } : { text: map.text.slice(start, end), start, end };
}

/** The texts of the few elements just before the table, nearest first. */
function blockTextsBefore(table: Element): string[] {
  const texts: string[] = [];
  for (let el = table.previousElementSibling; el && texts.length < 3; el = el.previousElementSibling) texts.push(el.textContent ?? '');
  return texts;
}
