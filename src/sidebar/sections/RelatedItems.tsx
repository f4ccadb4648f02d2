import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { RelatedItem } from '../../protocol/related-messages';
import { formatIsoDate } from '../dates';
import { safeHttpUrl } from '../safe-url';

/** How many lines a group shows before "Show more". */
const FIRST_LINES = 5;

/** A question's status in a list line's words. */
export const STATUS_TEXT: Record<RelatedItem['status'], string> = {
  answered: 'answered',
  holding: 'holding answer',
  unanswered: 'not yet answered',
  withdrawn: 'withdrawn',
};

/**
 * One related question: its heading as the link (DESIGN §9 `data-related`), then date, asker,
 * status and the answer's first line. A question the API has no heading for yet is linked by the
 * start of its text (item.title), marked `data-no-heading` so it can be told apart.
 */
export function RelatedLine({ item }: { item: RelatedItem }) {
  const href = safeHttpUrl(item.url);
  const when = item.dateAnswered ? `answered ${formatIsoDate(item.dateAnswered)}` : `tabled ${formatIsoDate(item.dateTabled)}, ${STATUS_TEXT[item.status]}`;
  const untitled = item.heading === null ? '' : undefined;
  return (
    <li>
      {href ? <a href={href} data-related={item.kind} data-no-heading={untitled}>{item.title}</a> : <span data-no-heading={untitled}>{item.title}</span>}
      <div class="small">
        {[when, item.askerName, item.kind === 'topic' || item.kind === 'referenced' ? item.department : null, item.status === 'holding' ? STATUS_TEXT.holding : null, `question ${item.uin}`].filter(Boolean).join(' · ')}
      </div>
      {item.answerLine && <div class="small muted">{item.answerLine}</div>}
    </li>
  );
}

/** "Show the other 2" when one press shows them all; "Show 10 more (23 hidden)" when not. */
export function showMoreText(hidden: number): string {
  return hidden <= 10 ? `Show the other ${hidden}` : `Show 10 more (${hidden} hidden)`;
}

interface GroupProps {
  title: string;
  items: RelatedItem[];
  /** Said when the group is known to be incomplete (more pages of the search exist). */
  more?: ComponentChildren;
}

/** A titled group of lines; the first few show, the rest behind "Show the other N". */
export function RelatedGroup({ title, items, more }: GroupProps) {
  const [shown, setShown] = useState(FIRST_LINES);
  if (items.length === 0) return null;
  const hidden = items.length - shown;
  return (
    <div class="related-group">
      <h3 class="related-title">
        {title} <span class="muted">({items.length})</span>
      </h3>
      <ul class="related">
        {items.slice(0, shown).map((item) => (
          <RelatedLine key={`${item.kind}:${item.id}`} item={item} />
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" onClick={() => setShown((n) => n + 10)}>
          {showMoreText(hidden)}
        </button>
      )}
      {hidden <= 0 && more}
    </div>
  );
}
