import type { LedgerView } from '../sidebar/model';
import { highlightSteps } from './highlight';
import { ledgerSteps } from './ledger';
import { moneySteps } from './money-steps';
import { runInSlices, type SliceStats } from './slices';
import { readTables } from '../extract/tables';
import { tableGridSteps } from './table-grid';
import { textMapSteps } from './text-map';

export interface PageFigures {
  ledger: LedgerView;
  /** The marks of each figure, in ledger order (a figure split across elements has several). */
  marks: HTMLElement[][];
  undo(): void;
}

/**
 * Find every money figure in the answer, highlight it in the page and build the ledger, in slices
 * that yield to the page between them (slices.ts): an answer with 20,000 figures takes a few
 * seconds, none of it in one long task. The seed page's few figures fit in the first slice.
 * `answerDate` (ISO) prices the figures whose text names no year of its own; `instance` stamps
 * the marks (lens-instance.ts).
 */
export function annotateFigures(answer: Element | null, answerDate: string | null, instance: string, stats?: SliceStats): Promise<PageFigures> {
  return runInSlices(figureSteps(answer, answerDate, instance), { stats });
}

/**
 * How many ledger rows the sidebar lists. Rendering a row costs ~0.2 ms, so 20,000 of them held
 * the page for over 4 s in one task; the real answers of all three corpus months have at most 43
 * figures, so no real answer loses a row. Past this the ledger says how many more there are; the
 * total still counts every figure and every one is highlighted (with its tooltip) in the page.
 */
export const LISTED_FIGURES = 50;

/**
 * The ledger as the sidebar lists it (see LISTED_FIGURES). Cells inside a table's total are kept
 * apart from the cap: the sidebar folds them under their table and renders them only when the
 * reader opens it, so a 150-row "(£000)" table costs its few totals.
 */
export function listedLedger(ledger: LedgerView): LedgerView {
  const folded = (f: LedgerView['figures'][number]) => f.table !== null && f.role === 'part';
  const shown = ledger.figures.filter((f) => !folded(f));
  if (shown.length <= LISTED_FIGURES) return ledger;
  const kept = new Set(shown.slice(0, LISTED_FIGURES));
  const more = `${shown.length.toLocaleString('en-GB')} figures in this answer: the first ${LISTED_FIGURES} are listed here; the total counts all of them and every one is highlighted in the page`;
  return { ...ledger, figures: ledger.figures.filter((f) => kept.has(f) || (folded(f) && f.index < LISTED_FIGURES * 4)), totalNotes: [more, ...ledger.totalNotes] };
}

export function* figureSteps(answer: Element | null, answerDate: string | null, instance: string): Generator<unknown, PageFigures> {
  if (!answer) return { ledger: yield* ledgerSteps('', []), marks: [], undo: () => undefined };
  const map = yield* textMapSteps(answer);
  const found = yield* moneySteps(map.text);
  // Tables name each figure's row and column, tell totals from their parts and turn bare numbers
  // under a "(£000)" header into figures; the derived ones are highlighted like the others.
  const grids = yield* tableGridSteps(answer, map);
  const tables = grids.length ? readTables(grids, found) : null;
  const mentions = tables ? tables.mentions : found;
  const ledger = yield* ledgerSteps(map.text, mentions, answerDate, tables);
  const spans = mentions.map((m, i) => {
    const f = ledger.figures[i]!;
    const rate = f.per ? ` ${f.per}` : f.yearly ? `, ${f.yearly.display}` : '';
    const today = f.today?.[f.today.chosen].value ? `, ${f.today[f.today.chosen].display}` : '';
    return { start: m.start, end: m.end, description: `${f.spoken}${rate}${today}` };
  });
  yield;
  const { marks, undo } = yield* highlightSteps(map, spans, { root: answer, instance });
  return { ledger, marks, undo };
}
