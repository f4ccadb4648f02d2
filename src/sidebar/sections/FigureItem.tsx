import { useState } from 'preact/hooks';
import type { FigureView, PageActions, TodayView } from '../model';
import { cellName, roleLine, unitLine } from './figure-place';

interface Props {
  figure: FigureView;
  reveal: PageActions['revealFigure'];
}

/**
 * One ledger line: the figure as written, then what it means: a year, in today's money (GDP
 * deflator or CPI, switchable for this figure and this page view only), per person; and a
 * "Method" disclosure that shows each derived number's arithmetic, series, vintage and licence.
 */
export function FigureItem({ figure: f, reveal }: Props) {
  const [index, setIndex] = useState<TodayView['chosen'] | null>(null);
  const chosen = f.today ? (index ?? f.today.chosen) : null;
  const price = f.today && chosen ? f.today[chosen] : null;
  return (
    <li
      data-figure={f.index}
      data-value={f.value ?? undefined}
      data-currency={f.currency}
      data-yearly-value={f.yearly?.value}
      data-today-value={price?.value ?? undefined}
      data-price-index={chosen ?? undefined}
      data-per-head-value={f.perHead?.value ?? undefined}
      data-part-of={f.partOf ?? undefined}
      data-role={f.role ?? undefined}
      data-repeat-of={f.repeatOf ?? undefined}
      data-table={f.table?.index}
      data-table-row={f.table?.row}
      data-table-column={f.table?.column}
    >
      <div class="figure-head">
        <span class="figure-value">
          <span aria-hidden="true">{f.display}{f.per && ` ${f.per}`}</span>
          <span class="sr-only">{f.spoken}{f.per && ` ${f.per}`}</span>
        </span>
        <button type="button" onClick={() => reveal(f.index)} aria-label={`Show ${f.text} in the page`}>Show</button>
      </div>
      {f.table && <p class="small cell">{cellName(f)}</p>}
      {roleLine(f) && <p class="small">{roleLine(f)}</p>}
      {unitLine(f) && <p class="small">{unitLine(f)}</p>}
      {f.yearly && <p class="small">{f.yearly.phrase}: <strong>{f.yearly.display}</strong></p>}
      {f.today && price && (
        <p class="small today">
          Today: <strong>{price.display}</strong>{' '}
          <IndexSwitch today={f.today} chosen={price.index} onChange={setIndex} figureText={f.text} />
        </p>
      )}
      {f.perHead && <p class="small">Per head: <strong>{f.perHead.display}</strong></p>}
      <p class="context">{f.context}</p>
      {(f.yearly || price || f.perHead) && <Method figure={f} price={price} />}
    </li>
  );
}

function IndexSwitch(props: { today: TodayView; chosen: TodayView['chosen']; onChange(i: TodayView['chosen']): void; figureText: string }) {
  const other = props.chosen === 'gdp' ? 'cpi' : 'gdp';
  return (
    <button
      type="button"
      class="switch"
      onClick={() => props.onChange(other)}
      // The name starts with the words on the button, so speech users can say what they see.
      aria-label={`by ${props.today[props.chosen].label}: price ${props.figureText} by ${props.today[other].label} instead`}
    >
      by {props.today[props.chosen].label} ⇄
    </button>
  );
}

function Method({ figure: f, price }: { figure: FigureView; price: TodayView['gdp'] | null }) {
  return (
    <details class="method small">
      <summary>Method</summary>
      {f.yearly && <p>A year: {f.yearly.method}</p>}
      {f.today && price && (
        <>
          <p>Index: {f.today.chosen === price.index ? f.today.reason : `${price.label}, chosen by you`}. Prices of {f.today.yearFrom}.</p>
          {price.method && <p>{price.method}</p>}
          {price.source && <p class="muted">{price.source}</p>}
        </>
      )}
      {f.perHead && (
        <>
          {f.perHead.method && <p>Per head: {f.perHead.method}</p>}
          <p class="muted">{f.perHead.source}</p>
        </>
      )}
    </details>
  );
}
