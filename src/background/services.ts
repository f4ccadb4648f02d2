import { createCachedFetcher, lazyLensDb } from '../cache';
import type { GetJson } from '../clients/get-json';
import { fetchJson } from '../clients/http';

/**
 * The one cached fetcher the handlers share. Nothing here is truth: the connection reopens itself
 * after the worker is killed (cache/db.ts), and the cache lives in IndexedDB, not in memory.
 */
const fetcher = createCachedFetcher({ db: lazyLensDb(), fetchRaw: (url) => fetchJson(url) });

export const getJson: GetJson = (request) => fetcher.getJson(request);
