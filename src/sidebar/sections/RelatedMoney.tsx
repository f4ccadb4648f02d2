import { useState } from 'preact/hooks';
import type { ResponseOf } from '../../protocol/messages';
import { MAX_MONEY_AMOUNTS, type RelatedAbout } from '../../protocol/related-messages';
import type { Result, ResultError } from '../../protocol/result';
import { ErrorNote } from '../ErrorNote';
import type { FigureView } from '../model';
import type { AskFn } from '../use-ask';
import { RelatedLine } from './RelatedItems';

type Money = ResponseOf<'related.money'>;
type Status = { state: 'idle' } | { state: 'loading' } | { state: 'ready'; value: Money } | { state: 'error'; error: ResultError };

/** The page's largest distinct amounts, as the page spells them (one search each, so only a few). */
export function amountsToCheck(figures: FigureView[]): string[] {
  const seen = new Set<number>();
  return figures
    .filter((f): f is FigureView & { value: number } => f.value !== null && /\d/.test(f.text))
    .sort((a, b) => b.value - a.value)
    .filter((f) => !seen.has(f.value) && seen.add(f.value))
    .slice(0, MAX_MONEY_AMOUNTS)
    .map((f) => f.text);
}

interface Props {
  ask: AskFn;
  about: RelatedAbout;
  figures: FigureView[];
  department: string;
}

/** "Money seen before": asked for on the reader's click, so it costs the cold visit nothing. */
export function RelatedMoney({ ask, about, figures, department }: Props) {
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const amounts = amountsToCheck(figures);
  if (amounts.length === 0) return null;
  const look = () => {
    setStatus({ state: 'loading' });
    ask('related.money', { ...about, amounts }).then((result: Result<Money>) =>
      setStatus(result.ok ? { state: 'ready', value: result.value } : { state: 'error', error: result.error }),
    );
  };
  return (
    <div class="related-group">
      <h3 class="related-title">Money seen before</h3>
      {status.state === 'idle' && (
        <button type="button" onClick={look}>
          Look for {amounts.join(', ')} in earlier {department} answers
        </button>
      )}
      {status.state === 'loading' && <p class="note loading">Searching earlier {department} answers…</p>}
      {status.state === 'error' && <ErrorNote error={status.error} retry={look} />}
      {status.state === 'ready' && <MoneyFound money={status.value} />}
    </div>
  );
}

function MoneyFound({ money }: { money: Money }) {
  return (
    <>
      {money.amounts.map((a) => (
        <div key={a.amount} data-money-amount={a.amount}>
          <p class="small">
            <strong>{a.amount}</strong>{' '}
            {a.total === 0 ? `does not appear in earlier ${money.department} answers.` : `also appears in ${a.total} earlier ${money.department} ${a.total === 1 ? 'answer' : 'answers'}${a.total > a.items.length ? ` (latest ${a.items.length} listed)` : ''}:`}
          </p>
          <ul class="related">
            {a.items.map((item) => (
              <RelatedLine key={item.id} item={item} />
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
