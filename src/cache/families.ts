/** How long each family of API response stays fresh in the cache. */
import type { CacheFamily } from '../protocol/cache-family';

export type { CacheFamily };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Max age per family: within it a cached copy is served with no network request at all. */
export const MAX_AGE_MS: Readonly<Record<CacheFamily, number>> = {
  'question-answered': 21 * DAY_MS, // an answered question changes only by a rare correction
  'question-open': 1 * DAY_MS, // may be answered any day
  'question-search': 1 * DAY_MS, // new questions are tabled every sitting day
  member: 7 * DAY_MS, // posts and parties change, but seldom
  votes: 1 * DAY_MS, // divisions happen every sitting day
};

/**
 * How long past its max age a copy is still served at once while a background refresh runs
 * (stale-while-revalidate). Older copies wait for the network and are used only when it fails
 * ('stale-cache'), so a month-old "awaiting answer" is not shown as if it were current.
 */
export const STALE_WHILE_REVALIDATE_MS: Readonly<Record<CacheFamily, number>> = { ...MAX_AGE_MS };
