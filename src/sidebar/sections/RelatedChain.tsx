import type { ResponseOf } from '../../protocol/messages';
import { formatIsoDate } from '../dates';
import { RelatedLine } from './RelatedItems';

type Chain = ResponseOf<'related.chain'>;

/**
 * The follow-up chain in date order: the questions this one follows up (from references in its
 * text), this question, then later questions that refer to it.
 */
export function RelatedChain({ chain, uin, dateTabled }: { chain: Chain; uin: string; dateTabled: string }) {
  if (chain.followsUp.length === 0 && chain.referencedBy.length === 0) return null;
  const earlier = [...chain.followsUp].sort((a, b) => (a.item?.dateTabled ?? a.answerDate ?? '').localeCompare(b.item?.dateTabled ?? b.answerDate ?? ''));
  const later = [...chain.referencedBy].sort((a, b) => a.dateTabled.localeCompare(b.dateTabled));
  return (
    <div class="related-group">
      <h3 class="related-title">Follow-up chain</h3>
      {earlier.length > 0 && <p class="small muted">This question follows up:</p>}
      <ul class="related chain">
        {earlier.map((ref) =>
          ref.item ? (
            <RelatedLine key={`f:${ref.uin}`} item={ref.item} />
          ) : (
            <li key={`f:${ref.uin}`} class="small">
              Question {ref.uin}
              {ref.answerDate ? `, answered ${formatIsoDate(ref.answerDate)}` : ''} (not in Parliament’s written questions)
            </li>
          ),
        )}
        <li class="chain-here small">
          <strong>This question</strong> (number {uin}, tabled {formatIsoDate(dateTabled)})
        </li>
      </ul>
      {later.length > 0 && <p class="small muted">Later questions that refer to this one:</p>}
      <ul class="related chain">
        {later.map((item) => (
          <RelatedLine key={`r:${item.id}`} item={item} />
        ))}
      </ul>
    </div>
  );
}
