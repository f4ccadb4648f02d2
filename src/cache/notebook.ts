/**
 * The reader's notebook and settings in IndexedDB (DESIGN.md §6 "user data is durable"). Every
 * write is one transaction, so a worker killed mid-way leaves the old state or the new one, never
 * half of each. Reads re-check each record against its schema; a record that fails is skipped in
 * lists, never deleted (a future version may understand it).
 */
import { fail, ok, type Result } from '../protocol/result';
import {
  DEFAULT_SETTINGS,
  NOTEBOOK_FORMAT,
  notebookExport,
  savedItem,
  settings as settingsSchema,
  type NotebookExport,
  type SavedItem,
  type Settings,
  type SettingsChanges,
} from '../protocol/notebook';
import type { LensDb } from './db';

const SETTINGS_KEY = 'settings';

/** Every saved item, most recently changed first. */
export async function listSaved(db: LensDb): Promise<SavedItem[]> {
  return validItems(await db.getAll('saved')).sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id));
}

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

function settingsOver(stored: unknown): Settings {
  const base = DEFAULT_SETTINGS;
  if (!stored || typeof stored !== 'object') return base;
  const parsed = settingsSchema.safeParse(overlay(base, stored as SettingsChanges));
  return parsed.success ? parsed.data : base;
}

/** Everything the reader owns, read in one transaction so the file is a consistent snapshot. */
export async function exportNotebook(db: LensDb, now: Date = new Date()): Promise<NotebookExport> {
  const tx = db.transaction(['saved', 'settings'], 'readonly');
  const [records, stored] = await Promise.all([tx.objectStore('saved').getAll(), tx.objectStore('settings').get(SETTINGS_KEY)]);
  await tx.done;
  const saved = validItems(records).sort((a, b) => a.savedAt - b.savedAt || a.id.localeCompare(b.id));
  return { format: NOTEBOOK_FORMAT, version: 1, exportedAt: now.toISOString(), saved, settings: settingsOver(stored?.value) };
}

/**
 * Checks the whole file first, then writes it in one transaction: a refused file changes nothing,
 * and an accepted one is either all in or (if the transaction fails) not at all.
 */
export async function importNotebook(db: LensDb, file: unknown): Promise<Result<{ imported: number; settings: boolean }>> {
  const checked = checkImport(file);
  if (!checked.ok) return checked;
  const parsed = checked.value;
  const tx = db.transaction(['saved', 'settings'], 'readwrite');
  const writes: Promise<unknown>[] = parsed.saved.map((item) => tx.objectStore('saved').put(item));
  if (parsed.settings) writes.push(tx.objectStore('settings').put({ key: SETTINGS_KEY, value: parsed.settings }));
  await Promise.all([...writes, tx.done]);
  return ok({ imported: parsed.saved.length, settings: parsed.settings !== null });
}

/** The file as a notebook export, or the reason (in words for the reader) it is not one. */
function checkImport(file: unknown): Result<NotebookExport> {
  const refuse = (why: string) => fail<never>('bad_request', `${why} Nothing was changed.`);
  if (!file || typeof file !== 'object' || Array.isArray(file)) return refuse('This is not a Parliament Lens notebook file (expected a JSON object).');
  const f = file as Record<string, unknown>;
  if (f.format !== NOTEBOOK_FORMAT) return refuse('This is not a Parliament Lens notebook file (no "format": "parliament-lens-notebook").');
  if (f.version !== 1) return refuse(`This notebook file is version ${String(f.version)}; this version of Parliament Lens reads version 1.`);
  const parsed = notebookExport.safeParse(file);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  return refuse(`This notebook file is damaged${where}: ${issue?.message ?? 'unexpected content'}.`);
}
