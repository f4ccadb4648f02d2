import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/protocol/notebook';

const ask = vi.fn();
vi.mock('../../src/protocol/ask', () => ({ ask: (...args: unknown[]) => ask(...args) }));
const local: Record<string, unknown> = {};
vi.mock('../../src/platform/browser', () => ({ storage: { local: { get: async (keys: string[]) => Object.fromEntries(keys.map((k) => [k, local[k]])) } } }));
const { loadStartState, sectionsOff, siteEnabled } = await import('../../src/content/lens-settings');
const loadLensSettings = async () => (await loadStartState()).settings;

afterEach(() => {
  ask.mockReset();
  delete local.lensSettings;
  delete local.sidebarOpen;
  vi.useRealTimers();
});

describe('the settings the content script starts with', () => {
  it('reads the copy in storage.local without asking the background', async () => {
    local.lensSettings = { ...DEFAULT_SETTINGS, twfyVotes: false };
    expect((await loadLensSettings()).twfyVotes).toBe(false);
    expect(ask).not.toHaveBeenCalled();
  });

  it('reads the remembered open state in the same storage call', async () => {
    local.lensSettings = DEFAULT_SETTINGS;
    expect((await loadStartState()).open).toBeUndefined();
    local.sidebarOpen = false;
    expect((await loadStartState()).open).toBe(false);
    local.sidebarOpen = 'yes';
    expect((await loadStartState()).open).toBeUndefined();
  });

  it('asks the background when the copy is missing or not in the expected form', async () => {
    local.lensSettings = { sites: 'all of them' };
    ask.mockResolvedValue({ ok: true, value: { ...DEFAULT_SETTINGS, defaultOpen: false } });
    expect((await loadLensSettings()).defaultOpen).toBe(false);
    expect(ask).toHaveBeenCalledWith('settings.get', {});
  });

  it('uses the background’s answer', async () => {
    const chosen = { ...DEFAULT_SETTINGS, defaultOpen: false, sections: { ...DEFAULT_SETTINGS.sections, votes: false, figures: false } };
    ask.mockResolvedValue({ ok: true, value: chosen });
    const settings = await loadLensSettings();
    expect(settings.defaultOpen).toBe(false);
    expect(sectionsOff(settings)).toEqual(['votes', 'figures']);
  });

  it('falls back to the defaults on an error, a rejection or a background that never answers', async () => {
    ask.mockResolvedValueOnce({ ok: false, error: { code: 'internal', message: 'x' } });
    expect(await loadLensSettings()).toEqual(DEFAULT_SETTINGS);
    ask.mockRejectedValueOnce(new Error('gone'));
    expect(await loadLensSettings()).toEqual(DEFAULT_SETTINGS);
    vi.useFakeTimers();
    ask.mockReturnValueOnce(new Promise(() => undefined));
    const waiting = loadLensSettings();
    await vi.advanceTimersByTimeAsync(1500);
    expect(await waiting).toEqual(DEFAULT_SETTINGS);
  });

  it('switches a site off only when the reader said so', () => {
    expect(siteEnabled(DEFAULT_SETTINGS, 'theyworkforyou-wrans')).toBe(true);
    expect(siteEnabled({ ...DEFAULT_SETTINGS, sites: { 'theyworkforyou-wrans': false } }, 'theyworkforyou-wrans')).toBe(false);
    expect(siteEnabled(DEFAULT_SETTINGS, 'parliament-written-question')).toBe(true);
  });
});
