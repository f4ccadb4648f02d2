import { createCachedFetcher, lazyLensDb } from '../cache';
import { fetchBoundedJson } from '../clients/get-json';
import { createHostQueue } from '../clients/host-queue';
import type { FetchScope } from './fetch-scope';

/**
 * The one database connection and cached fetcher the handlers share. Nothing here is truth: the
 * connection reopens itself after the worker is killed (cache/db.ts), and the cache and the
 * reader's notebook live in IndexedDB, not in memory.
 */
export const lensDb = lazyLensDb();

/**
 * Paces every tab's requests per host (clients/host-queue.ts). Only timing is in it: after the
 * worker is killed a fresh queue starts without the last pause, which costs at most one more 429.
 */
const hostQueue = createHostQueue();

const fetcher = createCachedFetcher({ db: lensDb, fetchRaw: (url) => fetchBoundedJson(url, { queue: hostQueue }) });

/** A fresh scope per message: the router reads which stale copies its handler had to use. */
export function openFetchScope(): FetchScope {
  let oldest: number | null = null;
  return {
    getJson: async (request) => {
      const got = await fetcher.getJsonWithMeta(request);
      if (got.source === 'stale-cache' && got.fetchedAt !== null) oldest = Math.min(oldest ?? got.fetchedAt, got.fetchedAt);
      return got.result;
    },
    staleSince: () => oldest,
  };
}

/** The cache's maintenance calls, for the options page. */
export const httpCache = { size: () => fetcher.cacheSize(), clear: () => fetcher.clearCache() };
