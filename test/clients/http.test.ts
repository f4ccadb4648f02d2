import { describe, it, expect } from 'vitest';
import { z } from 'zod/mini';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { missingSharedMessage, sharedPath } from '../../scripts/lib/shared-dir.js';
import { byteLimitFor } from '../../src/clients/body-limit';
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

/** Records the pauses; `random` at 0.5 makes the backoff's jitter exactly ×1 and adds 250 ms after a Retry-After. */
function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms), random: () => 0.5 };
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
    const { waits, sleep, random } = recordingSleep();
    const result = await fetchJson(MEMBER_URL, { fetch: fake, sleep, random });
    expect(result).toEqual({ ok: false, error: { code: 'not_found', message: 'The Members API has no such record.' } });
    expect(calls).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('waits out a 429 Retry-After in seconds, then retries', async () => {
    const { fake, calls } = scriptedFetch([new Response('', { status: 429, headers: { 'Retry-After': '2' } }), json({ fine: true })]);
    const { waits, sleep, random } = recordingSleep();
    const result = await fetchJson(MEMBER_URL, { fetch: fake, sleep, random });
    expect(result).toEqual({ ok: true, value: { fine: true } });
    expect(calls).toHaveLength(2);
    expect(waits).toEqual([2250]); // never before the Retry-After; spread over the half second after it
  });

  it('waits out a 429 Retry-After given as an HTTP date', async () => {
    const now = Date.parse('2024-01-10T12:00:00Z');
    const retryAt = new Date(now + 7000).toUTCString();
    const { fake } = scriptedFetch([new Response('', { status: 429, headers: { 'Retry-After': retryAt } }), json([])]);
    const { waits, sleep, random } = recordingSleep();
    const result = await fetchJson(MEMBER_URL, { fetch: fake, sleep, random, now: () => now });
    expect(result.ok).toBe(true);
    expect(waits).toEqual([7250]);
  });

  it('gives up with rate_limited when Retry-After is beyond the 30 s cap', async () => {
    const { fake, calls } = scriptedFetch([new Response('', { status: 429, headers: { 'Retry-After': '120' } })]);
    const { waits, sleep, random } = recordingSleep();
    const result = await fetchJson(MEMBER_URL, { fetch: fake, sleep, random });
    expect(result).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    expect(calls).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('reports rate_limited when every attempt is a 429', async () => {
    const { fake, calls } = scriptedFetch([new Response('', { status: 429 })]);
    const { waits, sleep, random } = recordingSleep();
    const result = await fetchJson(MEMBER_URL, { fetch: fake, sleep, random });
    expect(result).toMatchObject({ ok: false, error: { code: 'rate_limited', message: 'The Members API is busy; try again in a minute.' } });
    expect(calls).toHaveLength(3);
    expect(waits).toEqual([500, 1500]); // no Retry-After: the ordinary backoff
  });

  it('retries 5xx with exponential backoff and succeeds', async () => {
    const { fake, calls } = scriptedFetch([new Response('', { status: 500 }), new Response('', { status: 502 }), json({ ok: 1 })]);
    const { waits, sleep, random } = recordingSleep();
    const result = await fetchJson(QUESTIONS_URL, { fetch: fake, sleep, random });
    expect(result).toEqual({ ok: true, value: { ok: 1 } });
    expect(calls).toHaveLength(3);
    expect(waits).toEqual([500, 1500]);
  });

  it('fails with network after a permanent 5xx, naming the API', async () => {
    const { fake, calls } = scriptedFetch([new Response('', { status: 503 })]);
    const { waits, sleep, random } = recordingSleep();
    const result = await fetchJson(MEMBER_URL, { fetch: fake, sleep, random });
    expect(result).toEqual({ ok: false, error: { code: 'network', message: 'The Members API did not answer (HTTP 503).' } });
    expect(calls).toHaveLength(3);
    expect(waits).toEqual([500, 1500]);
  });

  it('honours retries: 0 (one attempt, no wait)', async () => {
    const { fake, calls } = scriptedFetch([new Response('', { status: 500 })]);
    const { waits, sleep, random } = recordingSleep();
    const result = await fetchJson(QUESTIONS_URL, { fetch: fake, sleep, random, retries: 0 });
    expect(result).toMatchObject({ ok: false, error: { code: 'network', message: 'The Written Questions API did not answer (HTTP 500).' } });
    expect(calls).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('retries a network error, then fails with network', async () => {
    const { fake, calls } = scriptedFetch([new TypeError('Failed to fetch')]);
    const { sleep, random } = recordingSleep();
    const result = await fetchJson(QUESTIONS_URL, { fetch: fake, sleep, random });
    expect(result).toEqual({ ok: false, error: { code: 'network', message: 'Could not reach the Written Questions API (network error).' } });
    expect(calls).toHaveLength(3);
  });

  it('times out a fetch that never answers, aborting it, and does not wait out a second timeout', async () => {
    const { fake, calls } = scriptedFetch(['hang', json({ second: true })]);
    const { waits, sleep, random } = recordingSleep();
    const result = await fetchJson(MEMBER_URL, { fetch: fake, sleep, random, timeoutMs: 20, retries: 2 });
    expect(result).toEqual({ ok: false, error: { code: 'network', message: 'The Members API did not answer within 20 ms.' } });
    expect(calls).toHaveLength(1);
    expect(waits).toEqual([]);
    expect(calls[0]?.init?.signal?.aborted).toBe(true);
  });

  it('times out a body that never ends, without retrying', async () => {
    const { fake, calls } = scriptedFetch(['hang-body', json({ second: true })]);
    const { waits, sleep, random } = recordingSleep();
    const result = await fetchJson(MEMBER_URL, { fetch: fake, sleep, random, timeoutMs: 20 });
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

/** An endless reply made on the fly, counting what it was asked for (a pull stream: no read, no bytes). */
function endlessBody(chunkBytes = 64 * 1024) {
  const sent = { bytes: 0, cancelled: false };
  const chunk = new TextEncoder().encode('x'.repeat(chunkBytes));
  const body = new ReadableStream<Uint8Array>({
    pull: (controller) => {
      sent.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
    cancel: () => void (sent.cancelled = true),
  }, { highWaterMark: 0 });
  return { body, sent };
}

describe('fetchJson: bounded replies', () => {
  it('stops reading an endless body past the limit, cancels it, and says so in one sentence', async () => {
    const { body, sent } = endlessBody();
    const calls: string[] = [];
    // Not scriptedFetch: its clone() would tee the stream, and a tee reads ahead and never cancels the source.
    const fake = (async (input: string | URL | Request) => (calls.push(String(input)), new Response(body, { status: 200 }))) as typeof fetch;
    const result = await fetchJson(MEMBER_URL, { fetch: fake, sleep: async () => {} });
    expect(result).toEqual({ ok: false, error: { code: 'bad_response', message: 'The Members API sent a reply too large to show (over 1 MB).' } });
    expect(sent.bytes).toBeLessThanOrEqual(1024 * 1024 + 2 * 64 * 1024);
    expect(sent.cancelled).toBe(true);
    expect(calls).toHaveLength(1); // a reply that big will be that big again
  });

  it('refuses a declared Content-Length over the limit without reading the body', async () => {
    const { body, sent } = endlessBody();
    const reply = new Response(body, { status: 200, headers: { 'Content-Length': String(9 * 1024 * 1024) } });
    const fake = (async () => reply) as typeof fetch;
    const result = await fetchJson(QUESTIONS_URL, { fetch: fake });
    expect(result).toMatchObject({ ok: false, error: { message: 'The Written Questions API sent a reply too large to show (over 8 MB).' } });
    expect(sent.bytes).toBe(0);
  });

  it('reads a reply of exactly the limit, and multi-byte text split across chunks', async () => {
    const text = JSON.stringify({ name: '£ — é'.repeat(50) });
    const bytes = new TextEncoder().encode(text);
    const split = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 7) controller.enqueue(bytes.slice(i, i + 7)); // cuts inside characters
        controller.close();
      },
    });
    const { fake } = scriptedFetch([new Response(split, { status: 200 })]);
    expect(await fetchJson(MEMBER_URL, { fetch: fake, maxBytes: bytes.length })).toEqual({ ok: true, value: JSON.parse(text) });
    const { fake: oneOver } = scriptedFetch([json({ name: '£ — é'.repeat(50) })]);
    expect(await fetchJson(MEMBER_URL, { fetch: oneOver, maxBytes: bytes.length - 1 })).toMatchObject({ ok: false, error: { code: 'bad_response' } });
  });
});

describe('fetchJson: redirects', () => {
  it('asks fetch not to follow redirects', async () => {
    const { fake, calls } = scriptedFetch([json({})]);
    await fetchJson(MEMBER_URL, { fetch: fake });
    expect(calls[0]?.init?.redirect).toBe('manual');
  });

  it('turns a redirect into one clear error, never data, and does not retry it', async () => {
    const { fake, calls } = scriptedFetch([Response.redirect('https://elsewhere.example/member.json', 302)]);
    const { waits, sleep, random } = recordingSleep();
    const result = await fetchJson(MEMBER_URL, { fetch: fake, sleep, random });
    expect(result).toEqual({ ok: false, error: { code: 'bad_response', message: 'The Members API redirected the request to another address; nothing from there is shown.' } });
    expect(calls).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('treats a browser\'s opaque redirect and a reply from another host the same way', async () => {
    const opaque = new Response(null, { status: 200 });
    Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' });
    const followed = json({ value: { nameDisplayAs: 'Spoofed' } });
    Object.defineProperty(followed, 'url', { value: 'https://elsewhere.example/member.json' });
    for (const response of [opaque, followed]) {
      const result = await fetchJson(MEMBER_URL, { fetch: (async () => response) as typeof fetch });
      expect(result).toMatchObject({ ok: false, error: { code: 'bad_response', message: expect.stringContaining('redirected') } });
    }
  });

  it('makes one request, not a loop, against a real server that redirects to itself', async () => {
    const { createServer } = await import('node:http');
    let hits = 0;
    const server = createServer((req, res) => {
      hits++;
      res.writeHead(302, { Location: req.url ?? '/' }).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const result = await fetchJson(`http://127.0.0.1:${port}/api/Members/172`, { sleep: async () => {} });
      expect(result).toMatchObject({ ok: false, error: { code: 'bad_response', message: expect.stringContaining('redirected') } });
      expect(hits).toBe(1);
    } finally {
      server.close();
    }
  });
});

describe('fetchJson: polite retries', () => {
  it('spreads the backoff of callers that failed together', async () => {
    const pauses: number[] = [];
    for (const r of [0, 0.25, 0.5, 0.99]) {
      const { fake } = scriptedFetch([new Response('', { status: 503 }), json({})]);
      await fetchJson(MEMBER_URL, { fetch: fake, random: () => r, sleep: async (ms) => void pauses.push(ms) });
    }
    expect(pauses).toEqual([250, 375, 500, 745]);
  });

  it('with a host queue, a 429 pauses the host for everyone instead of sleeping alone', async () => {
    const turns: string[] = [];
    const queue = {
      turn: async (host: string) => ({ done: (outcome: unknown) => void turns.push(`${host} ${JSON.stringify(outcome)}`) }),
    };
    const { fake, calls } = scriptedFetch([new Response('', { status: 429, headers: { 'Retry-After': '2' } }), json({ fine: true })]);
    const { waits, sleep } = recordingSleep();
    const result = await fetchJson(MEMBER_URL, { fetch: fake, sleep, queue });
    expect(result).toEqual({ ok: true, value: { fine: true } });
    expect(calls).toHaveLength(2);
    expect(waits).toEqual([]); // the queue held the retry
    expect(turns).toEqual(['members-api.parliament.uk {"rateLimitedForMs":2000}', 'members-api.parliament.uk "answered"']);
  });

  it('tells the queue about a pause too long to wait out, and answers busy when the queue says so', async () => {
    const outcomes: unknown[] = [];
    const queue = { turn: async () => ({ done: (o: unknown) => void outcomes.push(o) }) };
    const { fake } = scriptedFetch([new Response('', { status: 429, headers: { 'Retry-After': '120' } })]);
    expect(await fetchJson(MEMBER_URL, { fetch: fake, queue })).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    expect(outcomes).toEqual([{ rateLimitedForMs: 120_000 }]);
    const { fake: never, calls } = scriptedFetch([json({})]);
    const closed = { turn: async () => ({ busyForMs: 90_000 }) };
    expect(await fetchJson(MEMBER_URL, { fetch: never, queue: closed })).toEqual({ ok: false, error: { code: 'rate_limited', message: 'The Members API is busy; try again in a minute.' } });
    expect(calls).toHaveLength(0);
  });
});

describe('byte limits against the largest real replies', () => {
  const shared = missingSharedMessage();
  it.skipIf(shared !== null)('leave at least 100× headroom over a single question, 3× over 25 full divisions, 8× over all TWFY policies', () => {
    // A single-question reply is a list item with its full texts, inside {value: …}.
    const fullText = new Map<number, { question_text: string; answer_text: string }>();
    const corpus = readdirSync(sharedPath('corpus'));
    for (const file of corpus.filter((f) => f.includes('full-text'))) {
      for (const line of readFileSync(sharedPath(`corpus/${file}`), 'utf8').trim().split('\n')) {
        const record = JSON.parse(line) as { id: number; question_text: string; answer_text: string };
        fullText.set(record.id, record);
      }
    }
    let largestQuestion = 0;
    for (const file of corpus.filter((f) => f.includes('list'))) {
      for (const line of readFileSync(sharedPath(`corpus/${file}`), 'utf8').trim().split('\n')) {
        const item = JSON.parse(line) as { value: { id: number } };
        const texts = fullText.get(item.value.id);
        if (!texts) continue;
        const reply = JSON.stringify({ value: { ...item.value, questionText: texts.question_text, answerText: texts.answer_text } });
        largestQuestion = Math.max(largestQuestion, new TextEncoder().encode(reply).length);
      }
    }
    const size = (rel: string) => statSync(sharedPath(rel)).size;
    expect(largestQuestion).toBeGreaterThan(10_000); // the 13,025-character answer
    expect(byteLimitFor(QUESTIONS_URL)).toBeGreaterThan(100 * largestQuestion);
    expect(byteLimitFor(MEMBER_URL)).toBeGreaterThan(100 * size('reference/samples/members-api/snommoc-biography.json'));
    const division = size('reference/samples/commonsvotes-api/snommoc-division-1873.json'); // all 650 MPs
    expect(byteLimitFor('https://commonsvotes-api.parliament.uk/data/divisions.json/membervoting')).toBeGreaterThan(3 * 25 * division);
    expect(byteLimitFor('https://lordsvotes-api.parliament.uk/data/Divisions/membervoting')).toBeGreaterThan(3 * 25 * division);
    expect(byteLimitFor('https://votes.theyworkforyou.com/person/1/policies/commons/labour/all_time.json')).toBeGreaterThan(8 * size('reference/votes/policies.json'));
  });
});
