import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createCachedFetcher, type CachedFetcherOptions } from '../../src/cache/cached';
import { lazyLensDb, type HttpRecord, type LensDb } from '../../src/cache/db';
import { MAX_AGE_MS } from '../../src/cache/families';
import { fail, ok, type Result } from '../../src/protocol/result';
import { DAY_MS, deferred, fakeNetwork, freshDbName, parseQuestion } from './helpers';

const URL_1 = 'https://questions-statements-api.parliament.uk/api/writtenquestions/questions/1';
const URL_2 = 'https://questions-statements-api.parliament.uk/api/writtenquestions/questions/2';
const OLD = { uin: '1', answered: false };
const NEW = { uin: '1', answered: true };
const T0 = Date.UTC(2024, 0, 10);
const request = { url: URL_1, family: 'question-open' as const, parse: parseQuestion };

/** A fetcher over a fresh database, a fake network and a clock the test moves. */
function setup(bodies: Record<string, unknown> = {}, options: Partial<CachedFetcherOptions> = {}) {
  const clock = { now: T0 };
  const db = lazyLensDb(freshDbName());
  const fetchRaw = fakeNetwork(bodies);
  const fetcher = createCachedFetcher({ db, fetchRaw, now: () => clock.now, ...options });
  const seed = async (record: Partial<HttpRecord> & { body: unknown }) =>
    (await db()).put('http', { key: URL_1, family: 'question-open', fetchedAt: T0, ...record });
  const stored = async (key = URL_1) => (await db()).get('http', key);
  return { clock, db, fetchRaw, fetcher, seed, stored };
}

describe('getJson through the cache', () => {
  it('answers within max age from the cache with zero network requests', async () => {
    const { clock, fetchRaw, fetcher, seed } = setup({ [URL_1]: NEW });
    await seed({ body: OLD });
    clock.now = T0 + MAX_AGE_MS['question-open'];
    expect(await fetcher.getJsonWithMeta(request)).toEqual({ result: ok(OLD), source: 'cache', fetchedAt: T0, refreshing: false });
    expect(fetchRaw).not.toHaveBeenCalled();
  });

  it('stores a network answer, so the next ask is a cache hit', async () => {
    const { fetchRaw, fetcher, stored } = setup({ [URL_1]: NEW });
    expect(await fetcher.getJsonWithMeta(request)).toEqual({ result: ok(NEW), source: 'network', fetchedAt: T0, refreshing: false });
    expect(await stored()).toEqual({ key: URL_1, family: 'question-open', body: NEW, fetchedAt: T0 });
    expect(await fetcher.getJson(request)).toEqual(ok(NEW));
    expect(fetchRaw).toHaveBeenCalledTimes(1);
  });

  it('past max age returns the stale copy at once and refreshes it once in the background', async () => {
    const { clock, fetchRaw, fetcher, seed, stored } = setup({ [URL_1]: NEW });
    await seed({ body: OLD });
    clock.now = T0 + 1.5 * DAY_MS;
    const first = await fetcher.getJsonWithMeta(request);
    const second = await fetcher.getJsonWithMeta(request); // while the refresh runs: no second fetch
    expect(first).toEqual({ result: ok(OLD), source: 'cache', fetchedAt: T0, refreshing: true });
    expect(second.result).toEqual(ok(OLD));
    await vi.waitFor(async () => expect((await stored())?.body).toEqual(NEW));
    expect(fetchRaw).toHaveBeenCalledTimes(1);
    expect(await fetcher.getJsonWithMeta(request)).toMatchObject({ result: ok(NEW), source: 'cache', fetchedAt: clock.now });
    expect(fetchRaw).toHaveBeenCalledTimes(1);
  });

  it('treats a stored body that no longer parses (schema change) as a miss and refetches', async () => {
    const { fetchRaw, fetcher, seed, stored } = setup({ [URL_1]: NEW });
    await seed({ body: { uin: 1, state: 'old shape' } });
    expect(await fetcher.getJsonWithMeta(request)).toMatchObject({ result: ok(NEW), source: 'network' });
    expect(fetchRaw).toHaveBeenCalledTimes(1);
    expect((await stored())?.body).toEqual(NEW);
  });

  it('falls back to an old copy with source stale-cache when the network fails', async () => {
    const { clock, fetcher, seed } = setup({}); // offline
    await seed({ body: OLD });
    clock.now = T0 + 30 * DAY_MS; // beyond stale-while-revalidate: the network is asked first
    expect(await fetcher.getJsonWithMeta(request)).toEqual({ result: ok(OLD), source: 'stale-cache', fetchedAt: T0, refreshing: false });
  });

  it('does not fall back when the API says the record does not exist', async () => {
    const { clock, fetcher, seed } = setup({}, { fetchRaw: async () => fail('not_found', 'gone') });
    await seed({ body: OLD });
    clock.now = T0 + 30 * DAY_MS;
    expect(await fetcher.getJsonWithMeta(request)).toEqual({ result: fail('not_found', 'gone'), source: 'network', fetchedAt: null, refreshing: false });
  });

  it('makes one network request for concurrent asks of the same URL', async () => {
    const { fetchRaw, fetcher } = setup();
    const answer = deferred<Result<unknown>>();
    fetchRaw.mockImplementation(() => answer.promise);
    const asks = [fetcher.getJson(request), fetcher.getJson(request), fetcher.getJson({ ...request, parse: (raw) => parseQuestion(raw) })];
    await vi.waitFor(() => expect(fetchRaw).toHaveBeenCalledTimes(1));
    answer.resolve(ok(NEW));
    expect(await Promise.all(asks)).toEqual([ok(NEW), ok(NEW), ok(NEW)]);
    expect(fetchRaw).toHaveBeenCalledTimes(1);
  });

  it('stores neither failed fetches nor responses that fail the schema', async () => {
    const { fetcher, stored } = setup({ [URL_2]: { unexpected: true } });
    expect(await fetcher.getJson(request)).toMatchObject({ ok: false, error: { code: 'network' } });
    expect(await fetcher.getJson({ ...request, url: URL_2 })).toMatchObject({ ok: false, error: { code: 'bad_response' } });
    expect(await stored(URL_1)).toBeUndefined();
    expect(await stored(URL_2)).toBeUndefined();
  });

  it('turns a throwing fetchRaw or parser into a failed Result', async () => {
    const { fetcher } = setup({ [URL_2]: NEW }, { fetchRaw: async (url) => (url === URL_1 ? Promise.reject(new Error('boom')) : ok(NEW)) });
    expect(await fetcher.getJson(request)).toEqual(fail('network', 'boom'));
    const throwing = () => {
      throw new Error('parser bug');
    };
    expect(await fetcher.getJson({ ...request, url: URL_2, parse: throwing })).toEqual(fail('bad_response', 'parser bug'));
  });

  it('refetches when the stored copy claims to be from the future (clock moved back)', async () => {
    const { fetchRaw, fetcher, seed } = setup({ [URL_1]: NEW });
    await seed({ body: OLD, fetchedAt: T0 + 10 * DAY_MS });
    expect(await fetcher.getJson(request)).toEqual(ok(NEW));
    expect(fetchRaw).toHaveBeenCalledTimes(1);
  });
});

describe('getJson when IndexedDB fails', () => {
  const cases: Record<string, () => Promise<LensDb>> = {
    'the database cannot be opened (private mode)': () => Promise.reject(new DOMException('The operation failed', 'InvalidStateError')),
    'the open never completes': () => new Promise<LensDb>(() => {}),
    'writes fail (quota exceeded)': async () =>
      ({ get: async () => undefined, put: async () => Promise.reject(new DOMException('Quota', 'QuotaExceededError')) }) as unknown as LensDb,
  };
  for (const [what, db] of Object.entries(cases)) {
    it(`still fetches when ${what}`, async () => {
      const fetchRaw = fakeNetwork({ [URL_1]: NEW });
      const fetcher = createCachedFetcher({ db, fetchRaw, dbTimeoutMs: 20 });
      expect(await fetcher.getJsonWithMeta(request)).toMatchObject({ result: ok(NEW), source: 'network' });
      expect(fetchRaw).toHaveBeenCalledTimes(1);
    });
  }

  it('reports maintenance failures as Results', async () => {
    const fetcher = createCachedFetcher({ db: () => Promise.reject(new Error('no db')), fetchRaw: fakeNetwork() });
    expect(await fetcher.cacheSize()).toEqual(fail('internal', 'Cache unavailable: no db'));
  });
});

describe('cache maintenance', () => {
  it('measures, prunes by age and clears', async () => {
    const { clock, db, fetcher } = setup();
    const conn = await db();
    for (const [key, ageDays] of [['a', 1], ['b', 10], ['c', 40]] as const) {
      await conn.put('http', { key, family: 'member', body: { n: key }, fetchedAt: T0 - ageDays * DAY_MS });
    }
    const size = await fetcher.cacheSize();
    expect(size).toMatchObject({ ok: true, value: { count: 3 } });
    expect(size.ok && size.value.approxBytes).toBeGreaterThan(3 * 40);
    clock.now = T0;
    expect(await fetcher.pruneExpired(10 * DAY_MS)).toEqual(ok(1)); // only 'c' is older than 10 days
    expect((await conn.getAllKeys('http')).sort()).toEqual(['a', 'b']);
    expect(await fetcher.clearCache()).toEqual(ok(undefined));
    expect(await fetcher.cacheSize()).toEqual(ok({ count: 0, approxBytes: 0 }));
  });
});
