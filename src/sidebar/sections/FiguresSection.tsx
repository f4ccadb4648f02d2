import { useState } from 'preact/hooks';
import type { FigureView, LedgerView, PageActions } from '../model';
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
        {groupsOf(ledger.figures).map((g) =>
          g.folded.length === 0
            ? g.shown.map((f) => <FigureItem key={f.index} figure={f} reveal={reveal} />)
            : <TableGroup key={`t${g.folded[0]!.index}`} group={g} reveal={reveal} />,
        )}
      </ol>
      {ledger.mismatches.map((m) => <p key={m} class="note small mismatch" data-total-mismatch="">Check: {m}.</p>)}
      {ledger.totalDisplay && (
        <div class="total" data-ledger-total="" data-value={ledger.totalValue ?? undefined} aria-label={`Total: ${ledger.totalDisplay}`}>
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

interface Group {
  shown: FigureView[];
  /** The cells of one table that its totals already count: listed on request. */
  folded: FigureView[];
}

/** Page order, with each table's counted-through cells gathered next to the table's totals. */
function groupsOf(figures: FigureView[]): Group[] {
  const groups: Group[] = [];
  let table: number | null = null;
  for (const f of figures) {
    const index = f.table?.index ?? null;
    if (groups.length === 0 || index === null || index !== table) groups.push({ shown: [], folded: [] });
    table = index;
    const group = groups[groups.length - 1]!;
    (f.table && f.role === 'part' ? group.folded : group.shown).push(f);
  }
  return groups;
}

/**
 * A table's totals, then "Show all N cells": the cells are rendered only when asked for, so a
 * 150-row table costs its totals until the reader wants the rows.
 */
function TableGroup({ group, reveal }: { group: Group; reveal: PageActions['revealFigure'] }) {
  const [open, setOpen] = useState(false);
  const first = group.folded[0]!;
  const table = first.table!;
  const name = table.caption ? `Table ${table.index + 1} (${table.caption})` : `Table ${table.index + 1}`;
  return (
    <>
      {group.shown.map((f) => <FigureItem key={f.index} figure={f} reveal={reveal} />)}
      <li class="table-cells" data-table-cells={table.index}>
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide' : 'Show all'} {group.folded.length} cells of {name}
        </button>
        {open && <ol class="ledger">{group.folded.map((f) => <FigureItem key={f.index} figure={f} reveal={reveal} />)}</ol>}
      </li>
    </>
  );
}
