import { describe, it, expect } from 'vitest';
import { z } from 'zod/mini';
import { apiName, fetchJson, parseWith, retryAfterMs } from '../../src/clients/http';

const MEMBER_URL = 'https://members-api.parliament.uk/api/Members/172';
const QUESTIONS_URL = 'https://questions-statements-api.parliament.uk/api/writtenquestions/questions/1';

type Step = Response | Error | 'hang' | 'hang-body';

const abortError = () => new DOMException('The operation was aborted.', 'AbortError');

/** Never settles until aborted, then rejects as a real fetch does. */
function pendingUntilAbort<T>(signal: AbortSignal | null | undefined): Promise<T> {
  return new Promise<T>((_resolve, reject) => signal?.addEventListener('abort', () => reject(abortError())));
}

/**
 * A fetch that plays back one step per call and records what it was asked. Like a real fetch, a
 * hang rejects when its signal aborts; 'hang-body' sends headers, then a body that never ends.
 */
function scriptedFetch(steps: Step[]) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fake = (async (input: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    const step = steps[Math.min(calls.length - 1, steps.length - 1)];
    if (step === 'hang' || step === undefined) return pendingUntilAbort<Response>(init?.signal);
    if (step === 'hang-body') {
      const body = new ReadableStream({ start: (c) => void init?.signal?.addEventListener('abort', () => c.error(abortError())) });
      return new Response(body, { status: 200 });
    }
    if (step instanceof Error) throw step;
    return step.clone();
  }) as typeof fetch;
  return { fake, calls };
}

function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

describe('fetchJson', () => {
  it('GETs with Accept: application/json and returns the parsed body', async () => {
    const { fake, calls } = scriptedFetch([json({ value: { id: 172 } })]);
    const result = await fetchJson(MEMBER_URL, { fetch: fake });
    expect(result).toEqual({ ok: true, value: { value: { id: 172 } } });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.init?.method).toBe('GET');
    expect(new Headers(calls[0]?.init?.headers).get('Accept')).toBe('application/json');
  });

  it('turns 404 into not_found without retrying', async () => {
    const { fake, calls } = scriptedFetch([new Response('', { status: 404 })]);
    const { waits, sleep } = recordingSleep();
    const result = await fetchJson(MEMBER_URL, { fetch: fake, sleep });
    expect(result).toEqual({ ok: false, error: { code: 'not_found', message: 'The Members API has no such record.' } });
    expect(calls).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('waits out a 429 Retry-After in seconds, then retries', async () => {
    const { fake, calls } = scriptedFetch([new Response('', { status: 429, headers: { 'Retry-After': '2' } }), json({ fine: true })]);
    const { waits, sleep } = recordingSleep();
    const result = await fetchJson(MEMBER_URL, { fetch: fake, sleep });
    expect(result).toEqual({ ok: true, value: { fine: true } });
    expect(calls).toHaveLength(2);
    expect(waits).toEqual([2000]);
  });

  it('waits out a 429 Retry-After given as an HTTP date', async () => {
    const now = Date.parse('2024-01-10T12:00:00Z');
    const retryAt = new Date(now + 7000).toUTCString();
    const { fake } = scriptedFetch([new Response('', { status: 429, headers: { 'Retry-After': retryAt } }), json([])]);
    const { waits, sleep } = recordingSleep();
    const result = await fetchJson(MEMBER_URL, { fetch: fake, sleep, now: () => now });
    expect(result.ok).toBe(true);
    expect(waits).toEqual([7000]);
  });

  it('gives up with rate_limited when Retry-After is beyond the 30 s cap', async () => {
    const { fake, calls } = scriptedFetch([new Response('', { status: 429, headers: { 'Retry-After': '120' } })]);
    const { waits, sleep } = recordingSleep();
    const result = await fetchJson(MEMBER_URL, { fetch: fake, sleep });
    expect(result).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    expect(calls).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('reports rate_limited when every attempt is a 429', async () => {
    const { fake, calls } = scriptedFetch([new Response('', { status: 429 })]);
    const { waits, sleep } = recordingSleep();
    const result = await fetchJson(MEMBER_URL, { fetch: fake, sleep });
    expect(result).toMatchObject({ ok: false, error: { code: 'rate_limited', message: 'The Members API is busy; try again in a minute.' } });
    expect(calls).toHaveLength(3);
    expect(waits).toEqual([500, 1500]); // no Retry-After: the ordinary backoff
  });

  it('retries 5xx with exponential backoff and succeeds', async () => {
    const { fake, calls } = scriptedFetch([new Response('', { status: 500 }), new Response('', { status: 502 }), json({ ok: 1 })]);
    const { waits, sleep } = recordingSleep();
    const result = await fetchJson(QUESTIONS_URL, { fetch: fake, sleep });
    expect(result).toEqual({ ok: true, value: { ok: 1 } });
    expect(calls).toHaveLength(3);
    expect(waits).toEqual([500, 1500]);
  });

  it('fails with network after a permanent 5xx, naming the API', async () => {
    const { fake, calls } = scriptedFetch([new Response('', { status: 503 })]);
    const { waits, sleep } = recordingSleep();
    const result = await fetchJson(MEMBER_URL, { fetch: fake, sleep });
    expect(result).toEqual({ ok: false, error: { code: 'network', message: 'The Members API did not answer (HTTP 503).' } });
    expect(calls).toHaveLength(3);
    expect(waits).toEqual([500, 1500]);
  });

  it('honours retries: 0 (one attempt, no wait)', async () => {
    const { fake, calls } = scriptedFetch([new Response('', { status: 500 })]);
    const { waits, sleep } = recordingSleep();
    const result = await fetchJson(QUESTIONS_URL, { fetch: fake, sleep, retries: 0 });
    expect(result).toMatchObject({ ok: false, error: { code: 'network', message: 'The Written Questions API did not answer (HTTP 500).' } });
    expect(calls).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('retries a network error, then fails with network', async () => {
    const { fake, calls } = scriptedFetch([new TypeError('Failed to fetch')]);
    const { sleep } = recordingSleep();
    const result = await fetchJson(QUESTIONS_URL, { fetch: fake, sleep });
    expect(result).toEqual({ ok: false, error: { code: 'network', message: 'Could not reach the Written Questions API (network error).' } });
    expect(calls).toHaveLength(3);
  });

  it('times out a fetch that never answers, aborting it, and does not wait out a second timeout', async () => {
    const { fake, calls } = scriptedFetch(['hang', json({ second: true })]);
    const { waits, sleep } = recordingSleep();
    const result = await fetchJson(MEMBER_URL, { fetch: fake, sleep, timeoutMs: 20, retries: 2 });
    expect(result).toEqual({ ok: false, error: { code: 'network', message: 'The Members API did not answer within 20 ms.' } });
    expect(calls).toHaveLength(1);
    expect(waits).toEqual([]);
    expect(calls[0]?.init?.signal?.aborted).toBe(true);
  });

  it('times out a body that never ends, without retrying', async () => {
    const { fake, calls } = scriptedFetch(['hang-body', json({ second: true })]);
    const { waits, sleep } = recordingSleep();
    const result = await fetchJson(MEMBER_URL, { fetch: fake, sleep, timeoutMs: 20 });
    expect(result).toEqual({ ok: false, error: { code: 'network', message: 'The Members API did not answer within 20 ms.' } });
    expect(calls).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('turns a body that is not JSON into bad_response without retrying', async () => {
    const { fake, calls } = scriptedFetch([new Response('<html>Service Unavailable</html>', { status: 200 })]);
    const result = await fetchJson(MEMBER_URL, { fetch: fake, sleep: async () => {} });
    expect(result).toEqual({ ok: false, error: { code: 'bad_response', message: 'The Members API sent a reply that is not JSON.' } });
    expect(calls).toHaveLength(1);
  });

  it('does not retry other 4xx', async () => {
    const { fake, calls } = scriptedFetch([new Response('{}', { status: 400 })]);
    const result = await fetchJson(MEMBER_URL, { fetch: fake, sleep: async () => {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_response', message: 'The Members API refused the request (HTTP 400).' } });
    expect(calls).toHaveLength(1);
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2024-01-10T12:00:00Z');
  it('reads seconds, HTTP dates, past dates and junk', () => {
    expect(retryAfterMs('0', now)).toBe(0);
    expect(retryAfterMs(' 15 ', now)).toBe(15_000);
    expect(retryAfterMs('Wed, 10 Jan 2024 12:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Wed, 10 Jan 2024 11:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
  });
});

describe('apiName', () => {
  it('names known hosts and falls back to the host', () => {
    expect(apiName('https://commonsvotes-api.parliament.uk/data/divisions.json/search')).toBe('the Commons Votes API');
    expect(apiName('https://example.org/x')).toBe('example.org');
  });
});

describe('parseWith', () => {
  const schema = z.object({ value: z.object({ id: z.int(), uin: z.string() }) });
  it('returns the parsed value', () => {
    expect(parseWith(schema, { value: { id: 1, uin: '7', extra: true } }, 'written question')).toEqual({ ok: true, value: { value: { id: 1, uin: '7' } } });
  });
  it('explains a mismatch briefly, with where', () => {
    const result = parseWith(schema, { value: { id: 1, uin: null } }, 'written question');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('bad_response');
    expect(result.error.message).toBe('The written question from the API was not in the expected form (value.uin: invalid input).');
  });
});
