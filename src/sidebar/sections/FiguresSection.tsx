import type { LedgerView, PageActions } from '../model';
import { memoized } from '../memoized';
import { Loading, Section } from '../Section';
import { FigureItem } from './FigureItem';
import { FiguresChart } from './FiguresChart';

interface Props {
  /** Null for the sidebar's first frame, while the answer is being read for figures. */
  ledger: LedgerView | null;
  reveal: PageActions['revealFigure'];
}

/**
 * The ledger: every money figure of the answer in page order, with a total and a small chart.
 * Memoised: the ledger never changes after the first frame, while App re-renders each time a
 * question record or member card arrives.
 */
export const FiguresSection = memoized(function FiguresSection({ ledger, reveal }: Props) {
  if (!ledger) {
    return (
      <Section id="figures" title="Money in the answer" state="loading">
        <Loading>Finding the figures in the answer</Loading>
      </Section>
    );
  }
  if (ledger.figures.length === 0) {
    return (
      <Section id="figures" title="Money in the answer" state="empty">
        <p class="note">No money figures in this answer.</p>
      </Section>
    );
  }
  return (
    <Section id="figures" title="Money in the answer" state="ready">
      <FiguresChart figures={ledger.figures} />
      <ol class="ledger">
        {ledger.figures.map((f) => <FigureItem key={f.index} figure={f} reveal={reveal} />)}
      </ol>
      {ledger.totalDisplay && (
        <div class="total" aria-label={`Total: ${ledger.totalDisplay}`}>
          <span>Total</span>
          <span>{ledger.totalDisplay}</span>
        </div>
      )}
      {ledger.yearlyTotalDisplay && (
        <div class="total" aria-label={`Per year: ${ledger.yearlyTotalDisplay}`}>
          <span>Per year</span>
          <span>{ledger.yearlyTotalDisplay}</span>
        </div>
      )}
      {ledger.totalNotes.map((note) => <p key={note} class="note small">{note}</p>)}
      <p class="note small licence">Today's money and per-head figures: HM Treasury and ONS series. {ledger.licence}.</p>
    </Section>
  );
});
