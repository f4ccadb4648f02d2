import { safeHttpUrl } from './safe-url';

/**
 * "N more … not listed here": what an API reply had beyond the rows we show. bounded-json.ts cuts
 * huge lists (10,000 grouped questions would be 10,000 rows) and keeps their real length; the
 * official record lists them all.
 */
export function MoreNotListed({ count, what, officialUrl }: { count: number; what: string; officialUrl: string | null }) {
  if (count <= 0) return null;
  const href = safeHttpUrl(officialUrl);
  const label = `${count.toLocaleString('en-GB')} more ${what}${count === 1 ? '' : 's'} not listed here`;
  return (
    <p class="small" data-more-not-listed={what}>
      {label}{href ? <>: see the <a href={href} target="_blank" rel="noopener noreferrer">official record</a></> : null}.
    </p>
  );
}
