import type { LedgerView } from '../sidebar/model';
import { highlightSteps } from './highlight';
import { ledgerSteps } from './ledger';
import { moneySteps } from './money-steps';
import { runInSlices, type SliceStats } from './slices';
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

/** The ledger as the sidebar lists it (see LISTED_FIGURES). */
export function listedLedger(ledger: LedgerView): LedgerView {
  const count = ledger.figures.length;
  if (count <= LISTED_FIGURES) return ledger;
  const more = `${count.toLocaleString('en-GB')} figures in this answer: the first ${LISTED_FIGURES} are listed here; the total counts all of them and every one is highlighted in the page`;
  return { ...ledger, figures: ledger.figures.slice(0, LISTED_FIGURES), totalNotes: [more, ...ledger.totalNotes] };
}

export function* figureSteps(answer: Element | null, answerDate: string | null, instance: string): Generator<unknown, PageFigures> {
  if (!answer) return { ledger: yield* ledgerSteps('', []), marks: [], undo: () => undefined };
  const map = yield* textMapSteps(answer);
  const mentions = yield* moneySteps(map.text);
  const ledger = yield* ledgerSteps(map.text, mentions, answerDate);
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
