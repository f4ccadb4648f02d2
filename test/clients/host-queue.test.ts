import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchJson } from '../../src/clients/http';
import { createHostQueue, type Busy, type Turn } from '../../src/clients/host-queue';

const MEMBERS = 'members-api.parliament.uk';
const VOTES = 'commonsvotes-api.parliament.uk';
const FAR = () => Date.now() + 60_000;

/** A seeded generator, so the jitter is random but each run the same. */
function seeded(seed = 7) {
  let x = seed;
  return () => ((x = (x * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

const isTurn = (t: Turn | Busy): t is Turn => 'done' in t;

describe('host queue', () => {
  beforeEach(() => void vi.useFakeTimers({ now: Date.parse('2024-01-10T12:00:00Z') }));
  afterEach(() => void vi.useRealTimers());

  /** Asks for n turns and notes when each started (ms after now). */
  function ask(queue: ReturnType<typeof createHostQueue>, host: string, n: number, deadline = FAR()) {
    const t0 = Date.now();
    const started: { at: number; turn: Turn | Busy }[] = [];
    for (let i = 0; i < n; i++) void queue.turn(host, deadline).then((turn) => void started.push({ at: Date.now() - t0, turn }));
    return started;
  }

  it('lets six requests to a host run at once and starts the seventh when one ends', async () => {
    const queue = createHostQueue();
    const started = ask(queue, MEMBERS, 7);
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toHaveLength(6);
    (started[0]!.turn as Turn).done('answered');
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toHaveLength(7);
    expect(started.every((s) => s.at === 0)).toBe(true);
  });

  it('after a 429 holds every request to that host until the Retry-After, and no other host', async () => {
    const queue = createHostQueue({ random: seeded() });
    const firsts = ask(queue, MEMBERS, 1);
    await vi.advanceTimersByTimeAsync(0);
    (firsts[0]!.turn as Turn).done({ rateLimitedForMs: 1000 });
    const members = ask(queue, MEMBERS, 3);
    const votes = ask(queue, VOTES, 3);
    await vi.advanceTimersByTimeAsync(0);
    expect(votes).toHaveLength(3);
    expect(members).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(999); // a Retry-After is a minimum: nothing starts before it
    expect(members).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(members).toHaveLength(3);
    expect(Math.min(...members.map((m) => m.at))).toBeGreaterThanOrEqual(1000);
  });

  it('spreads the requests that waited out a pause instead of firing them together, then speeds up as the host answers', async () => {
    const queue = createHostQueue({ random: seeded() });
    const firsts = ask(queue, MEMBERS, 1);
    await vi.advanceTimersByTimeAsync(0);
    (firsts[0]!.turn as Turn).done({ rateLimitedForMs: 1000 });
    const waiting = ask(queue, MEMBERS, 20);
    // Each ends at once, so only the gap (not the six-at-once limit) holds them.
    const finish = setInterval(() => waiting.forEach((w) => isTurn(w.turn) && w.turn.done('answered')), 1);
    await vi.advanceTimersByTimeAsync(20_000);
    clearInterval(finish);
    const starts = waiting.map((w) => w.at).sort((a, b) => a - b);
    expect(starts).toHaveLength(20);
    const gaps = starts.slice(1).map((s, i) => s - starts[i]!);
    expect(Math.min(...gaps.slice(0, 3))).toBeGreaterThanOrEqual(100); // 250 ms ± 50 % at first
    // Within one second of the pause ending, at most 1000 / 125 start; then the gap shrinks.
    expect(starts.filter((s) => s < 2000).length).toBeLessThanOrEqual(8);
    expect(gaps.at(-1)!).toBeLessThan(gaps[0]!);
  });

  it('answers busy at once when the pause outlasts the caller\'s deadline, and at the deadline when the queue is too long', async () => {
    const queue = createHostQueue({ maxInFlight: 1 });
    const firsts = ask(queue, MEMBERS, 1);
    await vi.advanceTimersByTimeAsync(0);
    (firsts[0]!.turn as Turn).done({ rateLimitedForMs: 120_000 });
    const soon = ask(queue, MEMBERS, 1, Date.now() + 30_000);
    await vi.advanceTimersByTimeAsync(0);
    expect(soon[0]?.turn).toEqual({ busyForMs: 120_000 });

    const other = createHostQueue({ maxInFlight: 1 });
    const held = ask(other, VOTES, 1);
    const queued = ask(other, VOTES, 1, Date.now() + 5_000);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(queued).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(queued[0]?.turn).toEqual({ busyForMs: 0 });
    expect(held).toHaveLength(1);
  });
});

/**
 * 30 tabs × 4 Members API requests against a server that allows 5 requests in any second
 * (Azure API Management's "Rate limit is exceeded", Retry-After: 1), with fake time. Without the
 * queue every refused request retries on its own; with it the host's requests wait together.
 */
describe('30 tabs against a 5 req/s throttle', () => {
  beforeEach(() => void vi.useFakeTimers({ now: Date.parse('2024-01-10T12:00:00Z') }));
  afterEach(() => void vi.useRealTimers());

  async function run(useQueue: boolean) {
    const admitted: number[] = [];
    const arrivals: number[] = [];
    let refused = 0;
    const throttled = (async () => {
      const now = Date.now();
      arrivals.push(now);
      await new Promise((resolve) => setTimeout(resolve, 20)); // the server's own time
      const recent = admitted.filter((t) => t > now - 1000).length;
      if (recent >= 5) {
        refused++;
        return new Response('{"statusCode":429}', { status: 429, headers: { 'Retry-After': '1' } });
      }
      admitted.push(now);
      return new Response('{"value":{}}', { status: 200 });
    }) as typeof fetch;
    const random = seeded(11);
    const queue = useQueue ? createHostQueue({ random }) : undefined;
    const all = Array.from({ length: 120 }, (_, i) =>
      fetchJson(`https://${MEMBERS}/api/Members/${i}`, { fetch: throttled, random, ...(queue ? { queue } : {}), queueWaitMs: 60_000 }));
    let results: Awaited<(typeof all)[number]>[] = [];
    void Promise.all(all).then((r) => void (results = r));
    await vi.advanceTimersByTimeAsync(120_000);
    const peak = Math.max(...arrivals.map((t) => arrivals.filter((u) => u >= t && u < t + 1000).length));
    return { requests: arrivals.length, refused, peak, answered: results.filter((r) => r.ok).length };
  }

  it('gets far fewer 429s and a peak near the limit with the queue', async () => {
    const before = await run(false);
    const after = await run(true);
    console.log(`throttle, 120 requests: without queue ${JSON.stringify(before)}; with queue ${JSON.stringify(after)}`);
    expect(after.refused).toBeLessThan(before.refused / 4);
    // The first second holds the burst before the first 429 came back: six at once, and the five
    // that the five answers let go. After that the pace is the host's.
    expect(after.peak).toBeLessThanOrEqual(12);
    expect(after.peak).toBeLessThan(before.peak / 3);
    expect(after.answered).toBe(120);
  });
});
