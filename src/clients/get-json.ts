/**
 * The seam between clients and the cache. Clients say what to fetch, which cache family it
 * belongs to (how long it may be kept, DESIGN.md §6) and how to validate it; the background
 * supplies a cached implementation and tests a fake. Clients never fetch directly, so a revisit
 * within max age can make zero network requests.
 */
import type { CacheFamily } from '../protocol/cache-family';
import type { Result } from '../protocol/result';
import { fetchJson, type FetchJsonOptions } from './http';

export type { CacheFamily };

export interface GetJsonRequest<T> {
  url: string;
  family: CacheFamily;
  /** Validates the raw body; the cache re-runs it on every read, so a schema change means refetch. */
  parse: (raw: unknown) => Result<T>;
}

export type GetJson = <T>(request: GetJsonRequest<T>) => Promise<Result<T>>;

/** No cache at all: for scripts, the demo and tests that want real fetch behaviour. */
export function uncachedGetJson(opts: FetchJsonOptions = {}): GetJson {
  return async (request) => {
    const raw = await fetchJson(request.url, opts);
    return raw.ok ? request.parse(raw.value) : raw;
  };
}
