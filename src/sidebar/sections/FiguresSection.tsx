import type { FigureView, LedgerView, PageActions } from '../model';
import { Section } from '../Section';
import { FiguresChart } from './FiguresChart';

interface Props {
  ledger: LedgerView;
  reveal: PageActions['revealFigure'];
}

/** The ledger: every money figure of the answer in page order, with a total and a small chart. */
export function FiguresSection({ ledger, reveal }: Props) {
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
      {ledger.totalNotes.map((note) => <p key={note} class="note small">{note}</p>)}
    </Section>
  );
}

function FigureItem({ figure: f, reveal }: { figure: FigureView; reveal: Props['reveal'] }) {
  return (
    <li data-figure={f.index} data-value={f.value ?? undefined} data-currency={f.currency}>
      <div class="figure-head">
        <span class="figure-value">
          <span aria-hidden="true">{f.display}{f.per && ` ${f.per}`}</span>
          <span class="sr-only">{f.spoken}{f.per && ` ${f.per}`}</span>
        </span>
        <button type="button" onClick={() => reveal(f.index)} aria-label={`Show ${f.text} in the page`}>Show</button>
      </div>
      {f.yearly && <p class="small">{f.yearly.phrase}: <strong>{f.yearly.display}</strong></p>}
      <p class="context">{f.context}</p>
    </li>
  );
}
