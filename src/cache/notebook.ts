/**
 * The reader's notebook and settings in IndexedDB (DESIGN.md §6 "user data is durable"). Every
 * write is one transaction, so a worker killed mid-way leaves the old state or the new one, never
 * half of each. Reads re-check each record against its schema; a record that fails is skipped in
 * lists, never deleted (a future version may understand it).
 */
import {
  DEFAULT_SETTINGS,
  matchesSearch,
  savedItem,
  settings as settingsSchema,
  type SavedItem,
  type Settings,
  type SettingsChanges,
} from '../protocol/notebook';
import type { LensDb } from './db';

export const SETTINGS_KEY = 'settings';

/** Stored records that still read as saved items (a record from a newer or broken version is skipped). */
function validItems(records: unknown[]): SavedItem[] {
  return records.flatMap((record) => {
    const parsed = savedItem.safeParse(record);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function getSaved(db: LensDb, id: string): Promise<SavedItem | null> {
  const parsed = savedItem.safeParse(await db.get('saved', id));
  return parsed.success ? parsed.data : null;
}

export async function putSaved(db: LensDb, item: SavedItem): Promise<SavedItem> {
  await db.put('saved', item);
  return item;
}

/** Resolves to whether there was such an item. */
export async function deleteSaved(db: LensDb, id: string): Promise<boolean> {
  const tx = db.transaction('saved', 'readwrite');
  const existed = (await tx.store.count(id)) > 0;
  if (existed) await tx.store.delete(id);
  await tx.done;
  return existed;
}

/** The stored settings over the defaults: a setting added in a later version starts at its default. */
export async function readSettings(db: LensDb): Promise<Settings> {
  return settingsOver((await db.get('settings', SETTINGS_KEY))?.value);
}

export async function writeSettings(db: LensDb, changes: SettingsChanges): Promise<Settings> {
  const tx = db.transaction('settings', 'readwrite');
  const current = settingsOver((await tx.store.get(SETTINGS_KEY))?.value);
  const next = overlay(current, changes);
  await tx.store.put({ key: SETTINGS_KEY, value: next });
  await tx.done;
  return next;
}

/** `changes` over `settings`, one level deep: a change names only the switches it flips. */
function overlay(settings: Settings, changes: SettingsChanges): Settings {
  return { ...settings, ...changes, sites: { ...settings.sites, ...changes.sites }, sections: { ...settings.sections, ...changes.sections } };
}

export function settingsOver(stored: unknown): Settings {
  const base = DEFAULT_SETTINGS;
  if (!stored || typeof stored !== 'object') return base;
  const parsed = settingsSchema.safeParse(overlay(base, stored as SettingsChanges));
  return parsed.success ? parsed.data : base;
}

/** One page of the items matching `query`, most recently changed first, and how many match in all. */
export async function listSavedPage(db: LensDb, { query, offset, limit }: { query: string; offset: number; limit: number }): Promise<{ items: SavedItem[]; total: number }> {
  // A cursor, not getAll: the worker holds one page in memory, however large the notebook.
  const items: SavedItem[] = [];
  let total = 0;
  let cursor = await db.transaction('saved').store.index('updatedAt').openCursor(null, 'prev');
  while (cursor) {
    const parsed = savedItem.safeParse(cursor.value);
    if (parsed.success && matchesSearch(parsed.data, query)) {
      if (total >= offset && items.length < limit) items.push(parsed.data);
      total += 1;
    }
    cursor = await cursor.continue();
  }
  return { items, total };
}

/** Up to `limit` items after `afterId` in id order, and the id to continue after (null at the end). */
export async function exportPage(db: LensDb, afterId: string | null, limit: number): Promise<{ items: SavedItem[]; next: string | null }> {
  const records = await db.getAll('saved', afterId === null ? undefined : IDBKeyRange.lowerBound(afterId, true), limit);
  const last = records.at(-1);
  return { items: validItems(records), next: records.length === limit && last ? last.id : null };
}
