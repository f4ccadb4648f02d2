/**
 * The seam between clients and the cache. Clients say what to fetch, which cache family it
 * belongs to (how long it may be kept, DESIGN.md §6) and how to validate it; the background
 * supplies a cached implementation and tests a fake. Clients never fetch directly, so a revisit
 * within max age can make zero network requests.
 */
import type { CacheFamily } from '../protocol/cache-family';
import { fail, type Result } from '../protocol/result';
import { boundJson } from './bounded-json';
import { apiName, fetchJson, type FetchJsonOptions } from './http';

export type { CacheFamily };

export interface GetJsonRequest<T> {
  url: string;
  family: CacheFamily;
  /** Validates the raw body; the cache re-runs it on every read, so a schema change means refetch. */
  parse: (raw: unknown) => Result<T>;
}

export type GetJson = <T>(request: GetJsonRequest<T>) => Promise<Result<T>>;

/**
 * fetchJson, then the reply cut to bounded-json.ts's caps: what the cache stores and every parser
 * sees. A reply nested deeper than any real one is refused whole.
 */
export async function fetchBoundedJson(url: string, opts: FetchJsonOptions = {}): Promise<Result<unknown>> {
  const raw = await fetchJson(url, opts);
  if (!raw.ok) return raw;
  const bounded = boundJson(raw.value);
  if (bounded.ok) return { ok: true, value: bounded.value };
  const name = apiName(url);
  return fail('bad_response', `${name.charAt(0).toUpperCase()}${name.slice(1)} sent a reply nested too deeply to show.`);
}

/** No cache at all: for scripts, the demo and tests that want real fetch behaviour. */
export function uncachedGetJson(opts: FetchJsonOptions = {}): GetJson {
  return async (request) => {
    const raw = await fetchBoundedJson(request.url, opts);
    return raw.ok ? request.parse(raw.value) : raw;
  };
}
