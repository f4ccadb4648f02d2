/**
 * getJson through the IndexedDB cache (DESIGN.md §6): a fresh copy costs no network at all; a
 * slightly old one is served at once and refreshed behind; an old one waits for the network and
 * is the fallback when the network fails. Stored bodies are raw JSON, re-parsed on every read, so
 * a schema change means a refetch. The cache is an optimisation only: any IndexedDB failure
 * (quota, private mode, closed or blocked database) falls through to the network.
 */
import { fail, ok, type ErrorCode, type Result } from '../protocol/result';
import { deleteHttpFetchedBefore, measureHttp, type CacheSize, type LensDb } from './db';
import { MAX_AGE_MS, STALE_WHILE_REVALIDATE_MS, type CacheFamily } from './families';

export type Parse<T> = (raw: unknown) => Result<T>;

export interface JsonRequest<T> {
  url: string; // also the cache key
  family: CacheFamily;
  parse: Parse<T>;
}

/** Where an answer came from, so the UI can say "showing data from <date>". */
export type CacheSource = 'cache' | 'network' | 'stale-cache';

export interface Fetched<T> {
  result: Result<T>;
  /** 'stale-cache': the network failed and this is an older copy. A failure is always 'network'. */
  source: CacheSource;
  /** When the data in `result` was fetched (epoch ms); null for a failure. */
  fetchedAt: number | null;
  /** The copy is past its max age and a background refresh is running (later asks get the new one). */
  refreshing: boolean;
}

export interface CachedFetcherOptions {
  db: () => Promise<LensDb>;
  fetchRaw: (url: string) => Promise<Result<unknown>>;
  now?: () => number;
  /** How long a cache read or write may take before we give up on it and use the network. */
  dbTimeoutMs?: number;
}

export interface CachedFetcher {
  getJson<T>(request: JsonRequest<T>): Promise<Result<T>>;
  getJsonWithMeta<T>(request: JsonRequest<T>): Promise<Fetched<T>>;
  clearCache(): Promise<Result<void>>;
  cacheSize(): Promise<Result<CacheSize>>;
  /** Deletes copies fetched more than `olderThanMs` ago; resolves to how many. */
  pruneExpired(olderThanMs: number): Promise<Result<number>>;
}

/** One network fetch, shared by every caller that asked for the same URL while it ran. */
interface Download {
  raw: Result<unknown>;
  fetchedAt: number;
  parse: Parse<unknown>; // the starter's parser, and its result, reused by callers with the same parser
  parsed: Result<unknown>;
}

/** Failures where an old copy beats no answer. An authoritative "no such record" is not one of them. */
const FALL_BACK_ON: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['network', 'rate_limited', 'bad_response', 'disconnected', 'internal']);

export function createCachedFetcher({ db, fetchRaw, now = Date.now, dbTimeoutMs = 2000 }: CachedFetcherOptions): CachedFetcher {
  // Lost when the worker is killed, which only costs a duplicate request.
  const inflight = new Map<string, Promise<Download>>();

  /** Runs a cache operation; a failure or a hang becomes undefined, never an error for the caller. */
  async function tryDb<R>(operation: (conn: LensDb) => Promise<R>): Promise<R | undefined> {
    try {
      return await withTimeout(db().then(operation), dbTimeoutMs);
    } catch {
      return undefined;
    }
  }

  /** For the maintenance calls: the failure is the answer. */
  async function dbResult<R>(operation: (conn: LensDb) => Promise<R>): Promise<Result<R>> {
    try {
      return ok(await operation(await withTimeout(db(), dbTimeoutMs)));
    } catch (err) {
      return fail('internal', `Cache unavailable: ${messageOf(err)}`);
    }
  }

  /** Fetches, parses and (only when both succeed) stores. Never rejects, so it can run unawaited. */
  function download(request: JsonRequest<unknown>): Promise<Download> {
    const { url, family, parse } = request;
    const running = inflight.get(url);
    if (running) return running;
    const started = (async (): Promise<Download> => {
      const raw = await fetchSafely(fetchRaw, url);
      const fetchedAt = now();
      const parsed = raw.ok ? parseSafely(parse, raw.value) : raw;
      if (raw.ok && parsed.ok) await tryDb((conn) => conn.put('http', { key: url, family, body: raw.value, fetchedAt }));
      return { raw, fetchedAt, parse, parsed };
    })().finally(() => {
      if (inflight.get(url) === started) inflight.delete(url);
    });
    inflight.set(url, started);
    return started;
  }

  async function getJsonWithMeta<T>(request: JsonRequest<T>): Promise<Fetched<T>> {
    const { url, family, parse } = request;
    const stored = await tryDb((conn) => conn.get('http', url));
    const copy = stored ? parseSafely(parse, stored.body) : undefined; // a failed parse is a miss
    if (stored && copy?.ok) {
      const age = now() - stored.fetchedAt; // negative: the clock moved back, so trust nothing
      if (age >= 0 && age <= MAX_AGE_MS[family]) return { result: copy, source: 'cache', fetchedAt: stored.fetchedAt, refreshing: false };
      if (age >= 0 && age <= MAX_AGE_MS[family] + STALE_WHILE_REVALIDATE_MS[family]) {
        void download(request);
        return { result: copy, source: 'cache', fetchedAt: stored.fetchedAt, refreshing: true };
      }
    }
    const fresh = await download(request);
    const result = resultFor(fresh, parse);
    if (result.ok) return { result, source: 'network', fetchedAt: fresh.fetchedAt, refreshing: false };
    if (stored && copy?.ok && FALL_BACK_ON.has(result.error.code)) {
      return { result: copy, source: 'stale-cache', fetchedAt: stored.fetchedAt, refreshing: false };
    }
    return { result, source: 'network', fetchedAt: null, refreshing: false };
  }

  return {
    getJsonWithMeta,
    getJson: async (request) => (await getJsonWithMeta(request)).result,
    clearCache: () => dbResult((conn) => conn.clear('http')),
    cacheSize: () => dbResult(measureHttp),
    pruneExpired: (olderThanMs) => dbResult((conn) => deleteHttpFetchedBefore(conn, now() - olderThanMs)),
  };
}

/** A caller that joined someone else's download parses the raw body with its own parser. */
function resultFor<T>(download: Download, parse: Parse<T>): Result<T> {
  if (!download.raw.ok) return download.raw;
  // Same parser function, same T: the cast only restores the type the shared Map erased.
  if (download.parse === parse) return download.parsed as Result<T>;
  return parseSafely(parse, download.raw.value);
}

async function fetchSafely(fetchRaw: (url: string) => Promise<Result<unknown>>, url: string): Promise<Result<unknown>> {
  try {
    return await fetchRaw(url);
  } catch (err) {
    return fail('network', messageOf(err));
  }
}

function parseSafely<T>(parse: Parse<T>, raw: unknown): Result<T> {
  try {
    return parse(raw);
  } catch (err) {
    return fail('bad_response', messageOf(err));
  }
}

function withTimeout<R>(work: Promise<R>, ms: number): Promise<R> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`IndexedDB did not answer within ${ms} ms.`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
