/**
 * fetchJson: one GET of a keyless Parliament (or TWFY) API, turned into a Result. Retries what is
 * worth retrying (5xx, network errors, 429 after its Retry-After; not timeouts) and explains the rest
 * in one short sentence a reader of the sidebar can understand. Pure fetch: no browser APIs, so
 * it runs the same in the service worker and in Node tests.
 */
import type { z } from 'zod/mini';
import { fail, ok, type Result } from '../protocol/result';

export interface FetchJsonOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  retries?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Clock for Retry-After HTTP dates; injectable so tests do not depend on the wall clock. */
  now?: () => number;
}

/** A server asking for a longer pause than this is treated as "busy", not waited out. */
export const MAX_RETRY_AFTER_MS = 30_000;
const BACKOFF_BASE_MS = 500;

/** Names a reader recognises, for the hosts DESIGN.md §2 lists. */
const API_NAMES: Record<string, string> = {
  'questions-statements-api.parliament.uk': 'the Written Questions API',
  'members-api.parliament.uk': 'the Members API',
  'commonsvotes-api.parliament.uk': 'the Commons Votes API',
  'lordsvotes-api.parliament.uk': 'the Lords Votes API',
  'votes.theyworkforyou.com': 'TheyWorkForYou Votes',
};

export function apiName(url: string): string {
  let host: string;
  try {
    host = new URL(url).host;
  } catch {
    return 'the API';
  }
  return API_NAMES[host] ?? host;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). Null when unusable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const when = Date.parse(value);
  return Number.isNaN(when) ? null : Math.max(0, when - now);
}

type Attempt =
  | { kind: 'done'; result: Result<unknown> }
  | { kind: 'retry'; waitMs: number | null; failure: Result<unknown> };

export async function fetchJson(url: string, opts: FetchJsonOptions = {}): Promise<Result<unknown>> {
  const retries = opts.retries ?? 2;
  const sleep = opts.sleep ?? defaultSleep;
  let last: Result<unknown> = fail('network', `Could not reach ${apiName(url)}.`);
  for (let attempt = 0; attempt <= retries; attempt++) {
    const outcome = await attemptOnce(url, opts);
    if (outcome.kind === 'done') return outcome.result;
    last = outcome.failure;
    if (attempt === retries) break;
    // 500 ms, 1500 ms, 4500 ms…: gives a struggling server room without stalling the sidebar long.
    await sleep(outcome.waitMs ?? BACKOFF_BASE_MS * 3 ** attempt);
  }
  return last;
}

async function attemptOnce(url: string, opts: FetchJsonOptions): Promise<Attempt> {
  const name = apiName(url);
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Race rather than trust the abort: a fetch that ignores its signal must still time out.
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve('timeout');
    }, timeoutMs);
  });
  const timeoutFailure = fail('network', `${capitalise(name)} did not answer within ${formatSeconds(timeoutMs)}.`);
  try {
    // Called unbound on purpose: `opts.fetch(...)` would pass opts as `this` ("Illegal invocation").
    const doFetch = opts.fetch ?? fetch;
    const response = await Promise.race([
      doFetch(url, { method: 'GET', headers: { Accept: 'application/json' }, signal: controller.signal }),
      timedOut,
    ]);
    // A server that let us wait this long rarely answers the next try sooner; the reader gets the
    // error and a retry button now rather than after three timeouts (30 s of "loading").
    if (response === 'timeout') return done(timeoutFailure);
    if (response.status === 429) return rateLimited(response, name, opts);
    if (response.status >= 500) {
      return { kind: 'retry', waitMs: null, failure: fail('network', `${capitalise(name)} did not answer (HTTP ${response.status}).`) };
    }
    if (response.status === 404) return done(fail('not_found', `${capitalise(name)} has no such record.`));
    if (!response.ok) return done(fail('bad_response', `${capitalise(name)} refused the request (HTTP ${response.status}).`));
    const body = await Promise.race([response.text(), timedOut]);
    if (body === 'timeout') return done(timeoutFailure);
    try {
      return done(ok(JSON.parse(body) as unknown));
    } catch {
      return done(fail('bad_response', `${capitalise(name)} sent a reply that is not JSON.`));
    }
  } catch {
    // Our own abort (only the timer aborts) rejects the fetch or the body read before the race sees 'timeout'.
    if (controller.signal.aborted) return done(timeoutFailure);
    // fetch rejects with a TypeError for DNS, TLS, CORS and offline alike; all are worth a retry.
    return { kind: 'retry', waitMs: null, failure: fail('network', `Could not reach ${name} (network error).`) };
  } finally {
    clearTimeout(timer);
  }
}

function rateLimited(response: Response, name: string, opts: FetchJsonOptions): Attempt {
  const waitMs = retryAfterMs(response.headers.get('Retry-After'), (opts.now ?? Date.now)());
  const busy = fail('rate_limited', `${capitalise(name)} is busy; try again in a minute.`);
  if (waitMs !== null && waitMs > MAX_RETRY_AFTER_MS) return done(busy);
  return { kind: 'retry', waitMs, failure: busy };
}

const done = (result: Result<unknown>): Attempt => ({ kind: 'done', result });

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}

/** A GetJson `parse` that validates with the schema, then turns the API's shape into ours. */
export function parseThen<T, U>(schema: z.ZodMiniType<T>, what: string, toOurs: (value: T) => U): (raw: unknown) => Result<U> {
  return (raw) => {
    const parsed = parseWith(schema, raw, what);
    return parsed.ok ? ok(toOurs(parsed.value)) : parsed;
  };
}

/**
 * Checks an API reply against our schema. A mismatch means the API changed shape (or sent an
 * error page as JSON): say which record and where, briefly, and never pass the bad data on.
 */
export function parseWith<T>(schema: z.ZodMiniType<T>, raw: unknown, what: string): Result<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return ok(parsed.data);
  // zod/mini ships no locale, so issue messages are terse ("Invalid input"); the path says more.
  const first = parsed.error.issues[0];
  const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
  const detail = first ? ` (${where}${first.message.toLowerCase()})` : '';
  return fail('bad_response', `The ${what} from the API was not in the expected form${detail}.`);
}
