import { createCachedFetcher, lazyLensDb } from '../cache';
import type { GetJson } from '../clients/get-json';
import { fetchJson } from '../clients/http';

/**
 * The one database connection and cached fetcher the handlers share. Nothing here is truth: the
 * connection reopens itself after the worker is killed (cache/db.ts), and the cache and the
 * reader's notebook live in IndexedDB, not in memory.
 */
export const lensDb = lazyLensDb();

const fetcher = createCachedFetcher({ db: lensDb, fetchRaw: (url) => fetchJson(url) });

export const getJson: GetJson = (request) => fetcher.getJson(request);

/** The cache's maintenance calls, for the options page. */
export const httpCache = { size: () => fetcher.cacheSize(), clear: () => fetcher.clearCache() };
