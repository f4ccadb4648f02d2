import { beforeEach, describe, expect, it, vi } from 'vitest';

// The real polyfill throws outside an extension (TOOLING.md): stand in for the runtime.
const runtime = vi.hoisted(() => ({ id: 'lens' as string | undefined, sendMessage: vi.fn() }));
vi.mock('../../src/platform/browser', () => ({ runtime }));

const { ask, EXTENSION_UPDATED, API_ANSWER_TIMEOUT_MS, LOCAL_ANSWER_TIMEOUT_MS } = await import('../../src/protocol/ask');

const pong = { ok: true, value: { version: '1.2.3' } };
const channelClosed = new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');

describe('ask', () => {
  beforeEach(() => {
    runtime.id = 'lens';
    runtime.sendMessage.mockReset();
    vi.useRealTimers();
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

  it('gives a section a clear error when the background hears and never answers, at its deadline and not before', async () => {
    vi.useFakeTimers();
    runtime.sendMessage.mockReturnValue(new Promise(() => {}));
    let settled: unknown = null;
    void ask('member.card', { memberId: 172, onDate: '2024-01-10', department: null }).then((r) => { settled = r; });
    await vi.advanceTimersByTimeAsync(API_ANSWER_TIMEOUT_MS - 1);
    expect(settled).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toEqual({ ok: false, error: { code: 'disconnected', message: `The extension did not answer within ${API_ANSWER_TIMEOUT_MS / 1000} seconds; try again.` } });
    expect(runtime.sendMessage).toHaveBeenCalledTimes(1);
  });

  it('fails a Save that gets no answer after the local timeout, and drops the late answer', async () => {
    vi.useFakeTimers();
    let answerLate: (value: unknown) => void = () => {};
    runtime.sendMessage.mockReturnValue(new Promise((resolve) => { answerLate = resolve; }));
    const saving = ask('saved.delete', { id: 'x' });
    await vi.advanceTimersByTimeAsync(LOCAL_ANSWER_TIMEOUT_MS);
    expect(await saving).toMatchObject({ ok: false, error: { code: 'disconnected' } });
    answerLate({ ok: true, value: { deleted: true } }); // nothing left to receive it; must not throw
    expect(LOCAL_ANSWER_TIMEOUT_MS).toBeLessThan(API_ANSWER_TIMEOUT_MS);
  });

  it('stops resending lost answers at the deadline', async () => {
    vi.useFakeTimers();
    runtime.sendMessage.mockImplementation(() => new Promise((_, reject) => setTimeout(() => reject(channelClosed), LOCAL_ANSWER_TIMEOUT_MS - 100)));
    const asking = ask('ping', {});
    await vi.advanceTimersByTimeAsync(LOCAL_ANSWER_TIMEOUT_MS + 1000);
    expect(await asking).toMatchObject({ ok: false, error: { code: 'disconnected' } });
    expect(runtime.sendMessage).toHaveBeenCalledTimes(1);
  });
});
