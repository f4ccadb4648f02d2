import { readSettings } from '../cache';
import { storage } from '../platform/browser';
import type { Settings } from '../protocol/notebook';
import { lensDb } from './services';

/** The storage.local key content scripts read the settings from (content/lens-settings.ts). */
export const SETTINGS_MIRROR_KEY = 'lensSettings';

/**
 * The settings live in IndexedDB with the notebook (durable, exported with it). A copy goes to
 * storage.local, which a content script reads directly: the first paint then never waits for the
 * background worker to wake. Best effort: a failed copy only means the page asks the worker.
 */
export async function publishSettings(settings: Settings): Promise<void> {
  await storage.local.set({ [SETTINGS_MIRROR_KEY]: settings }).catch(() => undefined);
}

/** Re-reads the stored settings and publishes them (after an import replaced them). */
export async function republishSettings(): Promise<void> {
  try {
    await publishSettings(await readSettings(await lensDb()));
  } catch {
    // The mirror stays as it was; content scripts fall back to asking.
  }
}
