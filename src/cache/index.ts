// The cache's public face for background/: everything else in this folder is detail.
export { DB_NAME, DB_VERSION, lazyLensDb, openLensDb, type CacheSize, type HttpRecord, type LensDb } from './db';
export { createCachedFetcher, type CacheSource, type CachedFetcher, type CachedFetcherOptions, type Fetched, type JsonRequest, type Parse } from './cached';
export { MAX_AGE_MS, STALE_WHILE_REVALIDATE_MS, type CacheFamily } from './families';
export { deleteSaved, exportPage, getSaved, listSavedPage, putSaved, readSettings, writeSettings } from './notebook';
export { importNotebook } from './notebook-import';
