import { beforeEach, describe, expect, it, vi } from 'vitest';

// The real polyfill throws outside an extension (TOOLING.md): stand in for the runtime.
const runtime = vi.hoisted(() => ({ id: 'lens' as string | undefined, sendMessage: vi.fn() }));
vi.mock('../../src/platform/browser', () => ({ runtime }));

const { ask, EXTENSION_UPDATED } = await import('../../src/protocol/ask');

const pong = { ok: true, value: { version: '1.2.3' } };
const channelClosed = new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');

describe('ask', () => {
  beforeEach(() => {
    runtime.id = 'lens';
    runtime.sendMessage.mockReset();
  });

  it('sends {type, payload} and returns the checked answer', async () => {
    runtime.sendMessage.mockResolvedValueOnce(pong);
    expect(await ask('ping', {})).toEqual(pong);
    expect(runtime.sendMessage).toHaveBeenCalledWith({ type: 'ping', payload: {} });
  });

  it('asks again when the service worker was stopped mid-answer, and gets the answer', async () => {
    runtime.sendMessage.mockRejectedValueOnce(channelClosed).mockResolvedValueOnce(undefined).mockResolvedValueOnce(pong);
    expect(await ask('ping', {})).toEqual(pong);
    expect(runtime.sendMessage).toHaveBeenCalledTimes(3);
  });

  it('gives up after three lost answers with a plain message, never the browser\'s', async () => {
    runtime.sendMessage.mockRejectedValue(channelClosed);
    const result = await ask('ping', {});
    expect(result).toEqual({ ok: false, error: { code: 'disconnected', message: 'The extension did not answer; try again in a moment.' } });
    expect(runtime.sendMessage).toHaveBeenCalledTimes(3);
  });

  it('says the extension was updated, at once, when this content script is orphaned', async () => {
    runtime.sendMessage.mockRejectedValue(new Error('Extension context invalidated.'));
    expect(await ask('ping', {})).toEqual({ ok: false, error: { code: 'updated', message: EXTENSION_UPDATED } });
    expect(runtime.sendMessage).toHaveBeenCalledTimes(1);
    runtime.id = undefined;
    runtime.sendMessage.mockClear();
    expect(await ask('ping', {})).toEqual({ ok: false, error: { code: 'updated', message: EXTENSION_UPDATED } });
    expect(runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('passes the background\'s errors through and refuses answers of the wrong shape', async () => {
    const notFound = { ok: false, error: { code: 'not_found', message: 'No such question.' } };
    runtime.sendMessage.mockResolvedValueOnce(notFound).mockResolvedValueOnce({ ok: true, value: { version: 7 } });
    expect(await ask('ping', {})).toEqual(notFound);
    expect(await ask('ping', {})).toEqual({ ok: false, error: { code: 'internal', message: 'Unexpected answer to ping.' } });
  });
});
