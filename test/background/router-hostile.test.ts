// Issue 7, hostile input, at the router: every message type in the protocol table is refused from a
// foreign sender, and refuses payloads of the wrong shape, before any handler sees them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routeMessage, type Handlers } from '../../src/background/router';
import { noNetworkScope } from './no-network-scope';
import { messages, type MessageType } from '../../src/protocol/messages';
import { DEFAULT_SETTINGS } from '../../src/protocol/notebook';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const OWN_ID = 'own-extension-id';
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
  'saved.list': {},
  'saved.get': { id: 'Commons/215246/2019-02-05' },
  'saved.put': { item: savedItem },
  'saved.delete': { id: 'Commons/215246/2019-02-05' },
  'saved.export': {},
  'saved.import': { file: {} },
  'settings.get': {},
  'settings.set': { changes: { twfyVotes: false } },
  'cache.size': {},
  'cache.clear': {},
  'options.open': {},
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

describe('router against hostile messages', () => {
  it('has a valid example for every message type, which reaches its handler', async () => {
    expect(TYPES.filter((t) => !(t in VALID)), 'message types without an example here').toEqual([]);
    for (const type of TYPES) {
      const { handlers, answer } = spyHandlers();
      const result = await routeMessage({ type, payload: VALID[type] }, { id: OWN_ID }, OWN_ID, handlers, noScope);
      expect(result, type).toEqual({ ok: true, value: {} });
      expect(answer).toHaveBeenCalledTimes(1);
    }
  });

  it.each(TYPES)('%s: refuses every foreign sender without calling a handler', (type) => {
    const { handlers, answer } = spyHandlers();
    for (const sender of FOREIGN_SENDERS) {
      expect(routeMessage({ type, payload: VALID[type] }, sender, OWN_ID, handlers, noScope), JSON.stringify(sender)).toBeUndefined();
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
      const result = await routeMessage({ type, payload }, { id: OWN_ID }, OWN_ID, handlers, noScope);
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
      ['settings.set', { changes: { twfyVotes: 'yes' } }],
      ['settings.set', { changes: { sections: { question: 'false' } } }],
      ['related.money', { ...VALID['related.money'], amounts: [{ toString: 'x' }] }],
      ['related.money', { ...VALID['related.money'], amounts: ['£1m', '£2m', '£3m', '£4m'] }],
    ];
    for (const [type, payload] of cases) {
      const result = await routeMessage({ type, payload }, { id: OWN_ID }, OWN_ID, handlers, noScope);
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
      expect(routeMessage(message, { id: OWN_ID }, OWN_ID, handlers, noScope), JSON.stringify(message)).toBeUndefined();
    }
    expect(answer).not.toHaveBeenCalled();
  });

  it('hands handlers only the fields of the schema: extra and prototype keys are dropped', async () => {
    const { handlers, answer } = spyHandlers();
    const payload = JSON.parse('{"uin":"215246","house":"Commons","aroundDate":"2019-02-08","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"extra":"<script>"}');
    await routeMessage({ type: 'question.record', payload }, { id: OWN_ID }, OWN_ID, handlers, noScope);
    expect(answer).toHaveBeenCalledTimes(1);
    const [request] = answer.mock.calls[0] as unknown as [Record<string, unknown>];
    expect(Object.keys(request).sort()).toEqual(['aroundDate', 'house', 'uin']);
    expect(request).not.toHaveProperty('polluted');
    const settingsPayload = JSON.parse(`{"changes":{"__proto__":{"polluted":true},"twfyVotes":${!DEFAULT_SETTINGS.twfyVotes}}}`);
    await routeMessage({ type: 'settings.set', payload: settingsPayload }, { id: OWN_ID }, OWN_ID, handlers, noScope);
    const [settingsRequest] = answer.mock.calls[1] as unknown as [{ changes: Record<string, unknown> }];
    expect(settingsRequest.changes).not.toHaveProperty('polluted');
  });
});
