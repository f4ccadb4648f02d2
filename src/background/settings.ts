import { readSettings } from '../cache';
import { storage } from '../platform/browser';
import { SETTINGS_MIRROR_KEY } from '../protocol/notebook';
import { lensDb } from './services';

let publishing: Promise<void> = Promise.resolve();

/**
 * The settings live in IndexedDB with the notebook (durable, exported with it). A copy goes to
 * storage.local, which a content script reads directly: the first paint then never waits for the
 * background worker to wake. Each publish re-reads the database after the previous publish is
 * done, so two quick changes can never leave the older one in the copy. Best effort: a failed
 * copy only means pages ask the worker.
 */
export function republishSettings(): Promise<void> {
  publishing = publishing.then(async () => {
    try {
      const settings = await readSettings(await lensDb());
      await storage.local.set({ [SETTINGS_MIRROR_KEY]: settings });
    } catch {
      // The copy stays as it was; content scripts fall back to asking.
    }
  });
  return publishing;
}
