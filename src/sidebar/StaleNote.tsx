import { formatIsoDate } from './dates';
import type { Asked } from './use-ask';

/**
 * Shown under data that came from the cache because the API failed just now: the reader must
 * know the card may be out of date, and from when it is.
 */
export function StaleNote({ asked }: { asked: Asked<unknown> | null | undefined }) {
  if (asked?.state !== 'ready' || !asked.asOf) return null;
  return (
    <p class="note stale" data-stale-as-of={asked.asOf}>
      Showing a saved copy from {formatIsoDate(asked.asOf.slice(0, 10))}: the source did not answer just now.
    </p>
  );
}
