import { findMoney } from '../extract/money';
import type { LedgerView } from '../sidebar/model';
import { highlightFigures } from './highlight';
import { buildLedger } from './ledger';
import { buildTextMap } from './text-map';

export interface PageFigures {
  ledger: LedgerView;
  /** The marks of each figure, in ledger order (a figure split across elements has several). */
  marks: HTMLElement[][];
  undo(): void;
}

/**
 * Find every money figure in the answer, highlight it in the page and build the ledger.
 * `answerDate` (ISO) prices the figures whose text names no year of its own.
 */
export function annotateFigures(answer: Element | null, answerDate: string | null = null): PageFigures {
  if (!answer) return { ledger: buildLedger('', []), marks: [], undo: () => undefined };
  const map = buildTextMap(answer);
  const mentions = findMoney(map.text);
  const ledger = buildLedger(map.text, mentions, answerDate);
  const spans = mentions.map((m, i) => {
    const f = ledger.figures[i]!;
    const rate = f.per ? ` ${f.per}` : f.yearly ? `, ${f.yearly.display}` : '';
    const today = f.today?.[f.today.chosen].value ? `, ${f.today[f.today.chosen].display}` : '';
    return { start: m.start, end: m.end, description: `${f.spoken}${rate}${today}` };
  });
  const { marks, undo } = highlightFigures(map, spans);
  return { ledger, marks, undo };
}
