import { useState } from 'preact/hooks';
import type { ResponseOf } from '../../protocol/messages';
import { MAX_MONEY_AMOUNTS, type RelatedAbout } from '../../protocol/related-messages';
import { ErrorNote } from '../ErrorNote';
import type { FigureView } from '../model';
import { StaleNote } from '../StaleNote';
import { useAsk, type AskFn } from '../use-ask';
import { RelatedLine } from './RelatedItems';

type Money = ResponseOf<'related.money'>;

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
  /** Null when the API names no department: the words then say "the same department". */
  department: string | null;
}

/** "Money seen before": asked for on the reader's click, so it costs the cold visit nothing. */
export function RelatedMoney({ ask, about, figures, department }: Props) {
  const [wanted, setWanted] = useState(false);
  const amounts = amountsToCheck(figures);
  const money = useAsk(ask, 'related.money', wanted && amounts.length > 0 ? { ...about, amounts } : null);
  if (amounts.length === 0) return null;
  return (
    <div class="related-group">
      <h3 class="related-title">Money seen before</h3>
      {!wanted && (
        <button type="button" onClick={() => setWanted(true)}>
          Look for {amounts.join(', ')} in {earlierAnswers(department)}
        </button>
      )}
      {wanted && money.state === 'loading' && <p class="note loading">Searching {earlierAnswers(department)}…</p>}
      {wanted && money.state === 'error' && <ErrorNote error={money.error} retry={money.retry} />}
      {wanted && money.state === 'ready' && <MoneyFound money={money.value} />}
      {wanted && <StaleNote asked={money} />}
    </div>
  );
}

/** "earlier Home Office answers"; "earlier answer from the same department" when the API names none. */
function earlierAnswers(department: string | null, count = 2): string {
  const answers = count === 1 ? 'answer' : 'answers';
  return department ? `earlier ${department} ${answers}` : `earlier ${answers} from the same department`;
}

function MoneyFound({ money }: { money: Money }) {
  return (
    <>
      {money.amounts.map((a) => (
        <div key={a.amount} data-money-amount={a.amount}>
          <p class="small">
            <strong>{a.amount}</strong>{' '}
            {a.total === 0 ? `does not appear in ${earlierAnswers(money.department)}.` : `also appears in ${a.total} ${earlierAnswers(money.department, a.total)}${a.total > a.items.length ? ` (latest ${a.items.length} listed)` : ''}:`}
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
