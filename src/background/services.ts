import { createCachedFetcher, lazyLensDb } from '../cache';
import { fetchJson } from '../clients/http';
import type { FetchScope } from './fetch-scope';

/**
 * The one database connection and cached fetcher the handlers share. Nothing here is truth: the
 * connection reopens itself after the worker is killed (cache/db.ts), and the cache and the
 * reader's notebook live in IndexedDB, not in memory.
 */
export const lensDb = lazyLensDb();

const fetcher = createCachedFetcher({ db: lensDb, fetchRaw: (url) => fetchJson(url) });

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
