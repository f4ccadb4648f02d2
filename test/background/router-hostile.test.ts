// Issue 7, hostile input, at the router: every message type in the protocol table is refused from a
// foreign sender, and refuses payloads of the wrong shape, before any handler sees them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routeMessage, type Handlers } from '../../src/background/router';
import { noNetworkScope } from './no-network-scope';
import { messages, type MessageType } from '../../src/protocol/messages';
import { DEFAULT_SETTINGS } from '../../src/protocol/notebook';
import { EXTENSION_PAGES_ONLY } from '../../src/protocol/notebook-messages';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const OWN_ID = 'own-extension-id';
const OWN = { id: OWN_ID, pagesUrl: `chrome-extension://${OWN_ID}/` };
/** Our options page: the sender every message type is answered for. */
const PAGE = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/options.html` };
const noScope = noNetworkScope;

const savedItem = {
  id: 'Commons/215246/2019-02-05', url: 'https://www.theyworkforyou.com/wrans/?id=2019-02-08.215246.h', officialUrl: null,
  heading: 'Schools: Finance', house: 'Commons', uin: '215246', department: 'Department for Education',
  dateTabled: '2019-02-05', dateAnswered: '2019-02-08', askerName: null, answererName: null,
  note: '', tags: [], savedAt: 1, updatedAt: 1,
};

/**
 * One valid request per message type. A type added to messages.ts without an entry here fails the
 * first test below, so the hostile checks keep covering the whole protocol.
 */
const VALID: Record<string, Record<string, unknown>> = {
  ping: {},
  'question.record': { uin: '215246', house: 'Commons', aroundDate: '2019-02-08' },
  'member.card': { memberId: 4399, onDate: '2019-02-08', department: null },
  'votes.divisions': { house: 'Commons', memberIds: [4399], heading: 'Schools: Finance', answerDate: '2019-02-08' },
  'votes.policies': { twfyPersonId: 10001, house: 'Commons', party: null, department: null, heading: 'Schools: Finance' },
  'related.questions': { questionId: 1, answered: true, uin: '215246', house: 'Commons', dateTabled: '2019-01-31', skip: 0 },
  'related.chain': { questionId: 1, answered: true, uin: '215246', house: 'Commons', dateTabled: '2019-01-31' },
  'related.money': { questionId: 1, answered: true, uin: '215246', house: 'Commons', dateTabled: '2019-01-31', amounts: ['£5 million'] },
  'saved.list': { query: '', offset: 0, limit: 50 },
  'saved.get': { id: 'Commons/215246/2019-02-05' },
  'saved.put': { item: savedItem },
  'saved.delete': { id: 'Commons/215246/2019-02-05' },
  'saved.export': { afterId: null, limit: 100 },
  'saved.import': { file: {}, onConflict: 'both', settings: false },
  'settings.get': {},
  'settings.set': { changes: { twfyVotes: false } },
  'cache.size': {},
  'cache.clear': {},
  'options.open': {},
  'notebook.frame': {},
};

const TYPES = Object.keys(messages) as MessageType[];

function spyHandlers() {
  const answer = vi.fn(async () => ({ ok: true as const, value: {} }));
  const handlers = Object.fromEntries(TYPES.map((t) => [t, answer])) as unknown as Handlers;
  return { handlers, answer };
}

/** What no request field of this kind accepts: an object where a scalar is due, a string where an object is. */
function wrongValueFor(value: unknown): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? 'not an object' : { $gt: '' };
}

const FOREIGN_SENDERS = [
  { id: 'someone-else' },
  {},
  { id: undefined },
  { id: `${OWN_ID} ` },
  { id: OWN_ID.toUpperCase() },
  { url: 'https://www.theyworkforyou.com/wrans/' },
  { id: '', origin: 'https://evil.example' },
];

const NOT_PAYLOADS: unknown[] = [null, undefined, 'payload', 42, true, [], ['ping'], '<script>alert(1)</script>'];

afterEach(() => {
  expect(Object.prototype).not.toHaveProperty('polluted');
});

/**
 * Senders that are our own extension but not our own pages: the content script on a written-answer
 * page (whose sidebar DOM the page's scripts can read and click, issue 20), and lookalikes.
 */
const NOT_OUR_PAGES = [
  { id: OWN_ID, url: 'https://www.theyworkforyou.com/wrans/?id=2019-02-08.215246.h', tab: { id: 3, index: 0, highlighted: true, active: true, pinned: false, incognito: false }, frameId: 0, origin: 'https://www.theyworkforyou.com' },
  { id: OWN_ID, url: 'https://www.theyworkforyou.com/wrans/?id=1#chrome-extension://own-extension-id/' },
  { id: OWN_ID, url: `chrome-extension://${OWN_ID}.evil.example/options.html` },
  { id: OWN_ID, url: `chrome-extension://${OWN_ID}/options.html`, origin: 'https://www.theyworkforyou.com' },
  { id: OWN_ID },
];
const PRIVATE_TYPES = TYPES.filter((t) => EXTENSION_PAGES_ONLY.has(t));

describe('router: the notebook only for our own pages', () => {
  it('covers every notebook-reading and notebook-writing type', () => {
    expect(PRIVATE_TYPES.sort()).toEqual(['cache.clear', 'cache.size', 'saved.delete', 'saved.export', 'saved.get', 'saved.import', 'saved.list', 'saved.put', 'settings.set']);
  });

  it.each(PRIVATE_TYPES)('%s: refused for a content script and lookalikes, without calling a handler', async (type) => {
    const { handlers, answer } = spyHandlers();
    for (const sender of NOT_OUR_PAGES) {
      const result = await routeMessage({ type, payload: VALID[type] }, sender as never, OWN, handlers, noScope);
      expect(result, JSON.stringify(sender)).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringContaining('own pages') } });
    }
    expect(answer).not.toHaveBeenCalled();
  });

  it('answers the content script what the sidebar needs, nothing of the notebook', async () => {
    const { handlers, answer } = spyHandlers();
    const content = NOT_OUR_PAGES[0] as never;
    for (const type of TYPES.filter((t) => !EXTENSION_PAGES_ONLY.has(t))) {
      expect(await routeMessage({ type, payload: VALID[type] }, content, OWN, handlers, noScope), type).toEqual({ ok: true, value: {} });
    }
    expect(answer).toHaveBeenCalledTimes(TYPES.length - PRIVATE_TYPES.length);
  });

  it('answers the notebook frame and a Firefox page (moz-extension, no origin field)', async () => {
    const { handlers } = spyHandlers();
    const frame = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/notebook-frame.html#%7B%7D`, tab: { id: 3 }, frameId: 7, origin: `chrome-extension://${OWN_ID}` };
    expect(await routeMessage({ type: 'saved.get', payload: VALID['saved.get'] }, frame as never, OWN, handlers, noScope)).toEqual({ ok: true, value: {} });
    const firefox = { id: 'lens@example', pagesUrl: 'moz-extension://0d3c5c1e-5b7e-4d7e-9f5e-1f2a3b4c5d6e/' };
    const page = { id: 'lens@example', url: `${firefox.pagesUrl}options.html` };
    expect(await routeMessage({ type: 'saved.list', payload: VALID['saved.list'] }, page, firefox, handlers, noScope)).toEqual({ ok: true, value: {} });
  });

  it('refuses everything private when it does not know its own pages’ URL', async () => {
    const { handlers, answer } = spyHandlers();
    for (const pagesUrl of ['', 'chrome-extension://', 'https://www.theyworkforyou.com/']) {
      const result = await routeMessage({ type: 'saved.list', payload: VALID['saved.list'] }, { id: OWN_ID, url: 'https://www.theyworkforyou.com/wrans/' }, { id: OWN_ID, pagesUrl }, handlers, noScope);
      expect(result, pagesUrl).toMatchObject({ ok: false });
    }
    expect(answer).not.toHaveBeenCalled();
  });
});

describe('router against hostile messages', () => {
  it('has a valid example for every message type, which reaches its handler', async () => {
    expect(TYPES.filter((t) => !(t in VALID)), 'message types without an example here').toEqual([]);
    for (const type of TYPES) {
      const { handlers, answer } = spyHandlers();
      const result = await routeMessage({ type, payload: VALID[type] }, PAGE, OWN, handlers, noScope);
      expect(result, type).toEqual({ ok: true, value: {} });
      expect(answer).toHaveBeenCalledTimes(1);
    }
  });

  it.each(TYPES)('%s: refuses every foreign sender without calling a handler', (type) => {
    const { handlers, answer } = spyHandlers();
    for (const sender of FOREIGN_SENDERS) {
      expect(routeMessage({ type, payload: VALID[type] }, sender, OWN, handlers, noScope), JSON.stringify(sender)).toBeUndefined();
    }
    expect(answer).not.toHaveBeenCalled();
  });

  it.each(TYPES)('%s: answers bad_request to payloads of the wrong shape, without calling a handler', async (type) => {
    const { handlers, answer } = spyHandlers();
    const valid = VALID[type]!;
    const bad: unknown[] = [...NOT_PAYLOADS];
    // Each field given a value of the wrong kind, and each field left out (all request fields are required).
    for (const key of Object.keys(valid)) {
      if (type === 'saved.import' && key === 'file') continue; // any JSON value; the handler checks the file (below)
      bad.push({ ...valid, [key]: wrongValueFor(valid[key]) });
      const { [key]: _dropped, ...without } = valid;
      bad.push(without);
    }
    for (const payload of bad) {
      const result = await routeMessage({ type, payload }, PAGE, OWN, handlers, noScope);
      expect(result, `${type} ${JSON.stringify(payload)}`).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    }
    expect(answer).not.toHaveBeenCalled();
  });

  it('refuses hostile strings in validated fields (ids, dates, UINs, URLs)', async () => {
    const { handlers, answer } = spyHandlers();
    const cases: [MessageType, Record<string, unknown>][] = [
      ['question.record', { ...VALID['question.record'], uin: '215246<script>' }],
      ['question.record', { ...VALID['question.record'], uin: '1'.repeat(200_000) }],
      ['question.record', { ...VALID['question.record'], aroundDate: '2019-02-08T00:00:00"><img src=x onerror=alert(1)>' }],
      ['question.record', { ...VALID['question.record'], house: 'Bicameral' }],
      ['member.card', { ...VALID['member.card'], memberId: '4399' }],
      ['member.card', { ...VALID['member.card'], memberId: Number.NaN }],
      ['votes.divisions', { ...VALID['votes.divisions'], memberIds: ['4399; DROP TABLE'] }],
      ['saved.get', { id: 42 }],
      ['saved.put', { item: { ...savedItem, url: 'javascript:alert(1)' } }],
      ['saved.put', { item: { ...savedItem, officialUrl: 'data:text/html,<script>alert(1)</script>' } }],
      ['saved.put', { item: { ...savedItem, id: '../../etc/passwd' } }],
      ['saved.put', { item: { ...savedItem, note: 'x'.repeat(20_001) } }],
      ['saved.put', { item: { ...savedItem, tags: Array.from({ length: 31 }, (_, i) => `t${i}`) } }],
      // Impossible calendar days, in a stored item and in a lookup (issue 20: "30 February" was accepted).
      ['saved.put', { item: { ...savedItem, dateTabled: '2019-02-30' } }],
      ['saved.put', { item: { ...savedItem, dateAnswered: '2019-13-01' } }],
      ['question.record', { ...VALID['question.record'], aroundDate: '2019-02-29' }],
      ['member.card', { ...VALID['member.card'], onDate: '2023-04-31' }],
      ['saved.list', { query: 'x'.repeat(201), offset: 0, limit: 50 }],
      ['saved.list', { query: '', offset: 0, limit: 100_000 }],
      ['saved.list', { query: '', offset: -1, limit: 50 }],
      ['saved.export', { afterId: null, limit: 1.5 }],
      ['saved.import', { file: {}, onConflict: 'overwrite', settings: false }],
      ['settings.set', { changes: { twfyVotes: 'yes' } }],
      ['settings.set', { changes: { sections: { question: 'false' } } }],
      ['related.money', { ...VALID['related.money'], amounts: [{ toString: 'x' }] }],
      ['related.money', { ...VALID['related.money'], amounts: ['£1m', '£2m', '£3m', '£4m'] }],
    ];
    for (const [type, payload] of cases) {
      const result = await routeMessage({ type, payload }, PAGE, OWN, handlers, noScope);
      expect(result, `${type} ${JSON.stringify(payload).slice(0, 120)}`).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    }
    expect(answer).not.toHaveBeenCalled();
  });

  it('ignores envelopes that are not ours, including prototype keys as types', () => {
    const { handlers, answer } = spyHandlers();
    const envelopes: unknown[] = [
      null, undefined, 'ping', 42, [], [{ type: 'ping', payload: {} }], { payload: {} }, { type: 42, payload: {} },
      { type: 'PING', payload: {} }, { type: ' ping', payload: {} }, { type: 'ping\u0000', payload: {} },
      ...['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'].map((type) => ({ type, payload: {} })),
      { type: 'sidebar.toggle', payload: {} }, // background → tab only; the router does not answer it
    ];
    for (const message of envelopes) {
      expect(routeMessage(message, PAGE, OWN, handlers, noScope), JSON.stringify(message)).toBeUndefined();
    }
    expect(answer).not.toHaveBeenCalled();
  });

  it('hands handlers only the fields of the schema: extra and prototype keys are dropped', async () => {
    const { handlers, answer } = spyHandlers();
    const payload = JSON.parse('{"uin":"215246","house":"Commons","aroundDate":"2019-02-08","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"extra":"<script>"}');
    await routeMessage({ type: 'question.record', payload }, PAGE, OWN, handlers, noScope);
    expect(answer).toHaveBeenCalledTimes(1);
    const [request] = answer.mock.calls[0] as unknown as [Record<string, unknown>];
    expect(Object.keys(request).sort()).toEqual(['aroundDate', 'house', 'uin']);
    expect(request).not.toHaveProperty('polluted');
    const settingsPayload = JSON.parse(`{"changes":{"__proto__":{"polluted":true},"twfyVotes":${!DEFAULT_SETTINGS.twfyVotes}}}`);
    await routeMessage({ type: 'settings.set', payload: settingsPayload }, PAGE, OWN, handlers, noScope);
    const [settingsRequest] = answer.mock.calls[1] as unknown as [{ changes: Record<string, unknown> }];
    expect(settingsRequest.changes).not.toHaveProperty('polluted');
  });
});
