import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../src/background/router';
import { routeMessage } from '../../src/background/router';
import type { FetchScope } from '../../src/background/fetch-scope';
import { noNetworkScope } from './no-network-scope';
import { messages } from '../../src/protocol/messages';

// The router imports only types from platform/, but the handler table would pull in the polyfill.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const OWN_ID = 'own-extension-id';
const OWN = { id: OWN_ID, pagesUrl: `chrome-extension://${OWN_ID}/` };
/** Our options page: the sender every message type is answered for. */
const PAGE = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/options.html` };
const unused = async () => ({ ok: false as const, error: { code: 'internal' as const, message: 'unused' } });
// Every type answers "unused" except ping, so new message types need no edit here.
const handlers = {
  ...Object.fromEntries(Object.keys(messages).map((type) => [type, unused])),
  ping: vi.fn(async () => ({ ok: true as const, value: { version: '1.2.3' } })),
} as unknown as Handlers;

const noScope = noNetworkScope;

describe('routeMessage', () => {
  it('answers a valid message from our own extension', async () => {
    const answer = await routeMessage({ type: 'ping', payload: {} }, PAGE, OWN, handlers, noScope);
    expect(answer).toEqual({ ok: true, value: { version: '1.2.3' } });
  });

  it('ignores a foreign sender', () => {
    expect(routeMessage({ type: 'ping', payload: {} }, { id: 'someone-else' }, OWN, handlers, noScope)).toBeUndefined();
    expect(routeMessage({ type: 'ping', payload: {} }, {}, OWN, handlers, noScope)).toBeUndefined();
  });

  it('ignores unknown types and malformed envelopes', () => {
    for (const message of [{ type: 'nope', payload: {} }, { type: '__proto__', payload: {} }, { type: 'toString' }, 'ping', null, 42, { payload: {} }]) {
      expect(routeMessage(message, PAGE, OWN, handlers, noScope)).toBeUndefined();
    }
  });

  it('answers bad_request to a known type with an invalid payload', async () => {
    const answer = await routeMessage({ type: 'ping', payload: 'not an object' }, PAGE, OWN, handlers, noScope);
    expect(answer).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('checks payloads of the data messages too', async () => {
    const bad = await routeMessage({ type: 'question.record', payload: { uin: '<script>', house: 'Commons', aroundDate: '2019-02-08' } }, PAGE, OWN, handlers, noScope);
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    const badDate = await routeMessage({ type: 'member.card', payload: { memberId: 4399, onDate: 'yesterday', department: null } }, PAGE, OWN, handlers, noScope);
    expect(badDate).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('turns a throwing handler into an internal error instead of leaving the caller waiting', async () => {
    const throwing: Handlers = { ...handlers, ping: async () => { throw new Error('boom'); } };
    const answer = await routeMessage({ type: 'ping', payload: {} }, PAGE, OWN, throwing, noScope);
    expect(answer).toEqual({ ok: false, error: { code: 'internal', message: 'boom' } });
  });

  it('says from when an answer is, when the handler had to use an old cached copy', async () => {
    const fetchedAt = Date.UTC(2026, 9, 3, 12);
    const stale = (): FetchScope => ({ ...noScope(), staleSince: () => fetchedAt });
    const answer = await routeMessage({ type: 'ping', payload: {} }, PAGE, OWN, handlers, stale);
    expect(answer).toEqual({ ok: true, value: { version: '1.2.3' }, asOf: '2026-10-03T12:00:00.000Z' });
    const failing: Handlers = { ...handlers, ping: unused };
    expect(await routeMessage({ type: 'ping', payload: {} }, PAGE, OWN, failing, stale)).not.toHaveProperty('asOf');
  });

  it('opens a fresh fetch scope for every message', async () => {
    const open = vi.fn(noScope);
    await routeMessage({ type: 'ping', payload: {} }, PAGE, OWN, handlers, open);
    await routeMessage({ type: 'ping', payload: {} }, PAGE, OWN, handlers, open);
    expect(open).toHaveBeenCalledTimes(2);
  });
});
