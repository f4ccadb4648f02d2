/**
 * fetchJson: one GET of a keyless Parliament (or TWFY) API, turned into a Result. Retries what is
 * worth retrying (5xx, network errors, 429 after its Retry-After; not timeouts) and explains the rest
 * in one short sentence a reader of the sidebar can understand. Every reply is bounded (body-limit.ts),
 * never followed off to another address, and, in the worker, paced per host (host-queue.ts). Pure
 * fetch: no browser APIs, so it runs the same in the service worker and in Node tests.
 */
import type { z } from 'zod/mini';
import { fail, ok, type Result } from '../protocol/result';
import { byteLimitFor, formatMegabytes, readLimited, TOO_LARGE } from './body-limit';
import type { HostQueue, Outcome, Turn } from './host-queue';

export interface FetchJsonOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  retries?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Clock for Retry-After HTTP dates and the queue deadline; injectable so tests do not depend on the wall clock. */
  now?: () => number;
  /** For the backoff's jitter. */
  random?: () => number;
  /** Bytes the reply may have; by default its API's limit (body-limit.ts). */
  maxBytes?: number;
  /**
   * The worker's per-host queue: 429s pause every request to the host, not just this one. Without
   * it each request waits out its own Retry-After.
   */
  queue?: HostQueue;
  /** How long the request may wait for its turn in the queue, over all its attempts. */
  queueWaitMs?: number;
}

/** A server asking for a longer pause than this is treated as "busy", not waited out. */
export const MAX_RETRY_AFTER_MS = 30_000;
const BACKOFF_BASE_MS = 500;
/**
 * How long one request may wait for its turns in its host's queue. With a 10 s try on top it stays
 * inside the 60 s a section waits for the background (protocol/ask.ts), so a section hears "busy"
 * from here rather than a bare timeout.
 */
const QUEUE_WAIT_MS = 40_000;
/** A host that keeps answering 429 in spite of its own Retry-After is given up on after this many. */
const MAX_QUEUED_RETRIES = 10;

/** Names a reader recognises, for the hosts DESIGN.md §2 lists. */
const API_NAMES: Record<string, string> = {
  'questions-statements-api.parliament.uk': 'the Written Questions API',
  'members-api.parliament.uk': 'the Members API',
  'commonsvotes-api.parliament.uk': 'the Commons Votes API',
  'lordsvotes-api.parliament.uk': 'the Lords Votes API',
  'votes.theyworkforyou.com': 'TheyWorkForYou Votes',
};

export function apiName(url: string): string {
  const host = hostOf(url);
  return host === null ? 'the API' : API_NAMES[host] ?? host;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
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

/** One try's result, and what it tells the host's queue about the host's pace. */
type Attempt =
  | { kind: 'done'; result: Result<unknown>; pace: Outcome }
  | { kind: 'retry'; waitMs: number | null; failure: Result<unknown>; pace: Outcome };

export async function fetchJson(url: string, opts: FetchJsonOptions = {}): Promise<Result<unknown>> {
  const retries = opts.retries ?? 2;
  const sleep = opts.sleep ?? defaultSleep;
  const random = opts.random ?? Math.random;
  const deadline = (opts.now ?? Date.now)() + (opts.queueWaitMs ?? QUEUE_WAIT_MS);
  let last: Result<unknown> = fail('network', `Could not reach ${apiName(url)}.`);
  let queuedRetries = 0;
  for (let attempt = 0; attempt <= retries; attempt++) {
    const turn: Turn | null = opts.queue ? await opts.queue.turn(hostOf(url) ?? '', deadline).then((t) => ('done' in t ? t : null)) : null;
    if (opts.queue && !turn) return busy(apiName(url));
    const outcome = await attemptOnce(url, opts);
    turn?.done(outcome.pace);
    if (outcome.kind === 'done') return outcome.result;
    last = outcome.failure;
    // With the queue a 429 is the host's pace, not this request's failure: the queue holds its next
    // turn, with every other request to the host, until the pause is over, and the deadline (not the
    // retry count) decides when to give up.
    if (opts.queue && typeof outcome.pace === 'object' && ++queuedRetries <= MAX_QUEUED_RETRIES) {
      attempt--;
      continue;
    }
    if (attempt === retries) break;
    // 500 ms, 1500 ms, 4500 ms… (±50 %): room for a struggling server, and callers that failed
    // together do not come back together. A Retry-After is a minimum: spread after it, never before.
    await sleep(outcome.waitMs !== null ? outcome.waitMs + random() * BACKOFF_BASE_MS : BACKOFF_BASE_MS * 3 ** attempt * (0.5 + random()));
  }
  return last;
}

async function attemptOnce(url: string, opts: FetchJsonOptions): Promise<Attempt> {
  const name = apiName(url);
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const maxBytes = opts.maxBytes ?? byteLimitFor(url);
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
      // Never follow a redirect: the data must come from the API we asked (issue 20: a 302 to another
      // host was shown as Parliament data, and a redirect loop made 259 requests of 4). A browser
      // hides where a manual redirect points (an "opaqueredirect"), so no redirect is followed at
      // all; the APIs' documented answers to our GETs are 200, 400 and 404.
      doFetch(url, { method: 'GET', headers: { Accept: 'application/json' }, signal: controller.signal, redirect: 'manual' }),
      timedOut,
    ]);
    // A server that let us wait this long rarely answers the next try sooner; the reader gets the
    // error and a retry button now rather than after three timeouts (30 s of "loading").
    if (response === 'timeout') return done(timeoutFailure);
    if (isRedirect(response, url)) {
      discard(response);
      return done(fail('bad_response', `${capitalise(name)} redirected the request to another address; nothing from there is shown.`));
    }
    if (response.status === 429) return discard(response), rateLimited(response, name, opts);
    if (response.status >= 500) {
      discard(response);
      return { kind: 'retry', waitMs: null, pace: 'failed', failure: fail('network', `${capitalise(name)} did not answer (HTTP ${response.status}).`) };
    }
    if (response.status === 404) return discard(response), done(fail('not_found', `${capitalise(name)} has no such record.`));
    if (!response.ok) return discard(response), done(fail('bad_response', `${capitalise(name)} refused the request (HTTP ${response.status}).`));
    const body = await Promise.race([readLimited(response, maxBytes), timedOut]);
    if (body === 'timeout') return done(timeoutFailure);
    if (body === TOO_LARGE) return done(fail('bad_response', `${capitalise(name)} sent a reply too large to show (over ${formatMegabytes(maxBytes)}).`));
    try {
      return done(ok(JSON.parse(body) as unknown));
    } catch {
      return done(fail('bad_response', `${capitalise(name)} sent a reply that is not JSON.`));
    }
  } catch {
    // Our own abort (only the timer aborts) rejects the fetch or the body read before the race sees 'timeout'.
    if (controller.signal.aborted) return done(timeoutFailure);
    // fetch rejects with a TypeError for DNS, TLS, CORS and offline alike; all are worth a retry.
    return { kind: 'retry', waitMs: null, pace: 'failed', failure: fail('network', `Could not reach ${name} (network error).`) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * In a browser a manual redirect arrives as an opaque response (status 0); in Node as the 3xx itself.
 * A response from another host (a fetch that followed anyway) counts too.
 */
function isRedirect(response: Response, url: string): boolean {
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) return true;
  return response.url !== '' && hostOf(response.url) !== hostOf(url);
}

/** Frees the connection of a reply we will not read. */
function discard(response: Response): void {
  void response.body?.cancel().catch(() => {});
}

function rateLimited(response: Response, name: string, opts: FetchJsonOptions): Attempt {
  const waitMs = retryAfterMs(response.headers.get('Retry-After'), (opts.now ?? Date.now)());
  const pace = { rateLimitedForMs: waitMs };
  if (waitMs !== null && waitMs > MAX_RETRY_AFTER_MS) return { kind: 'done', result: busy(name), pace };
  return { kind: 'retry', waitMs, failure: busy(name), pace };
}

const busy = (name: string) => fail('rate_limited', `${capitalise(name)} is busy; try again in a minute.`);

const done = (result: Result<unknown>): Attempt => ({ kind: 'done', result, pace: result.ok ? 'answered' : 'failed' });

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
