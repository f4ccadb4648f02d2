/**
 * Importing a notebook file (issue 20): capped, and merged, never silently replacing. The whole
 * file is checked first, then written in one transaction: a refused file changes nothing, and an
 * accepted one is either all in or (if the transaction fails) not at all.
 */
import {
  MAX_IMPORT_ITEMS,
  MAX_NOTE_CHARS,
  MAX_TAGS,
  NOTEBOOK_FORMAT,
  notebookExport,
  savedItem,
  type ImportOutcome,
  type NotebookExport,
  type OnConflict,
  type SavedItem,
  type SettingChange,
  type Settings,
} from '../protocol/notebook';
import { fail, ok, type Result } from '../protocol/result';
import type { LensDb } from './db';
import { SETTINGS_KEY, settingsOver } from './notebook';

export interface ImportChoices {
  onConflict: OnConflict;
  /** Apply the file's settings too (the reader ticked it); otherwise the settings stay as they are. */
  settings: boolean;
}

/** The line between the notebook's note and the file's when both are kept. */
export const MERGED_NOTE_SEPARATOR = '\n\n— From the imported file —\n';

type Decision = { kind: 'added' | 'replaced' | 'merged'; put: SavedItem } | { kind: 'unchanged' | 'kept' };

export async function importNotebook(db: LensDb, file: unknown, choices: ImportChoices, now: number = Date.now()): Promise<Result<ImportOutcome>> {
  const checked = checkImport(file);
  if (!checked.ok) return checked;
  const parsed = checked.value;
  const tx = db.transaction(['saved', 'settings'], 'readwrite');
  const saved = tx.objectStore('saved');
  const settingsStore = tx.objectStore('settings');
  const outcome: ImportOutcome = { added: 0, unchanged: 0, merged: 0, replaced: 0, kept: 0, settingsChanged: null };
  // Only this transaction's own requests are awaited, so it stays open until the last write.
  const decisions = await Promise.all(parsed.saved.map(async (theirs) => decide(await saved.get(theirs.id), theirs, choices.onConflict, now)));
  const writes: Promise<unknown>[] = [];
  for (const decision of decisions) {
    outcome[decision.kind] += 1;
    if ('put' in decision) writes.push(saved.put(decision.put));
  }
  if (choices.settings) {
    const current = settingsOver((await settingsStore.get(SETTINGS_KEY))?.value);
    const next = parsed.settings ?? current;
    outcome.settingsChanged = settingChanges(current, next);
    if (outcome.settingsChanged.length > 0) writes.push(settingsStore.put({ key: SETTINGS_KEY, value: next }));
  }
  await Promise.all([...writes, tx.done]);
  return ok(outcome);
}

function decide(stored: unknown, theirs: SavedItem, onConflict: OnConflict, now: number): Decision {
  if (stored === undefined) return { kind: 'added', put: theirs };
  const mine = savedItem.safeParse(stored);
  // A record this version cannot read (a later version's) is never overwritten.
  if (!mine.success) return { kind: 'kept' };
  if (sameWords(mine.data, theirs)) return { kind: 'unchanged' };
  if (onConflict === 'mine') return { kind: 'kept' };
  if (onConflict === 'theirs') return { kind: 'replaced', put: theirs };
  const merged = mergeItems(mine.data, theirs, now);
  if (!merged) return { kind: 'kept' };
  return sameWords(merged, mine.data) ? { kind: 'unchanged' } : { kind: 'merged', put: merged };
}

function sameWords(a: SavedItem, b: SavedItem): boolean {
  return a.note === b.note && a.tags.length === b.tags.length && a.tags.every((tag, i) => tag === b.tags[i]);
}

/**
 * Both kept: the notebook's note, then the file's after a separator (unless one already holds the
 * other, so importing the same file twice adds nothing); the tags of both. Null when the result
 * would exceed the note or tag limits: then the notebook's item stays as it is.
 */
export function mergeItems(mine: SavedItem, theirs: SavedItem, now: number): SavedItem | null {
  const note = !theirs.note || mine.note.includes(theirs.note) ? mine.note : !mine.note || theirs.note.includes(mine.note) ? theirs.note : `${mine.note}${MERGED_NOTE_SEPARATOR}${theirs.note}`;
  const tags = [...new Set([...mine.tags, ...theirs.tags])];
  if (note.length > MAX_NOTE_CHARS || tags.length > MAX_TAGS) return null;
  return { ...mine, note, tags, savedAt: Math.min(mine.savedAt, theirs.savedAt), updatedAt: now };
}

/** Every switch whose value differs, by its path ("sites.theyworkforyou-wrans", "twfyVotes"). */
function settingChanges(current: Settings, next: Settings): SettingChange[] {
  const flat = (settings: Settings): [string, boolean][] => Object.entries(settings).flatMap(([key, value]) =>
    typeof value === 'boolean' ? [[key, value] as [string, boolean]] : Object.entries(value as Record<string, boolean>).map(([sub, on]) => [`${key}.${sub}`, on] as [string, boolean]));
  const before = new Map(flat(current));
  return flat(next).filter(([name, on]) => before.get(name) !== on).map(([name, on]) => ({ name, on }));
}

/** The file as a notebook export, or the reason (in words for the reader) it is not one. */
function checkImport(file: unknown): Result<NotebookExport> {
  const refuse = (why: string) => fail<never>('bad_request', `${why} Nothing was changed.`);
  if (!file || typeof file !== 'object' || Array.isArray(file)) return refuse('This is not a Parliament Lens notebook file (expected a JSON object).');
  const f = file as Record<string, unknown>;
  if (f.format !== NOTEBOOK_FORMAT) return refuse('This is not a Parliament Lens notebook file (no "format": "parliament-lens-notebook").');
  if (f.version !== 1) return refuse(`This notebook file is version ${String(f.version)}; this version of Parliament Lens reads version 1.`);
  // Counted before the schema walks the items, so an oversized file is refused cheaply and plainly.
  if (Array.isArray(f.saved) && f.saved.length > MAX_IMPORT_ITEMS) {
    return refuse(`This file has ${f.saved.length.toLocaleString('en-GB')} saved questions; Parliament Lens imports at most ${MAX_IMPORT_ITEMS.toLocaleString('en-GB')} at a time. Split it into smaller files.`);
  }
  const parsed = notebookExport.safeParse(file);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return refuse(`This notebook file is damaged${where}: ${issue?.message ?? 'unexpected content'}.`);
  }
  const ids = new Set<string>();
  for (const item of parsed.data.saved) {
    if (ids.has(item.id)) return refuse(`This notebook file has question ${item.id} twice, so it is not one Parliament Lens exported.`);
    ids.add(item.id);
  }
  return ok(parsed.data);
}
