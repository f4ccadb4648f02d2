import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openLensDb, UPGRADE_STEPS, type UpgradeStep } from '../../src/cache/db';
import { deleteSaved, exportPage, getSaved, listSavedPage, putSaved, readSettings, writeSettings } from '../../src/cache/notebook';
import { importNotebook, MERGED_NOTE_SEPARATOR } from '../../src/cache/notebook-import';
import { DEFAULT_SETTINGS } from '../../src/protocol/notebook';
import { freshDbName } from './helpers';
import { savedItemFor } from './notebook-helpers';
import { allSaved, exportFile, sortById } from './notebook-pages';

const REPLACE = { onConflict: 'theirs', settings: true } as const;

describe('notebook stores: upgrades keep every item', () => {
  it('opens a database written by the previous version (http cache only) and keeps every record', async () => {
    const name = freshDbName();
    const previous = await openLensDb(name, { steps: UPGRADE_STEPS.slice(0, DB_VERSION - 1) });
    expect(previous.version).toBe(DB_VERSION - 1);
    const records = Array.from({ length: 250 }, (_, i) => ({ key: `https://example.test/q/${i}`, family: 'member' as const, body: { i, text: `record ${i}` }, fetchedAt: 1000 + i }));
    for (const r of records) await previous.put('http', r);
    previous.close();

    const current = await openLensDb(name);
    expect(current.version).toBe(DB_VERSION);
    expect(await current.getAll('http')).toEqual([...records].sort((a, b) => (a.key < b.key ? -1 : 1)));
    expect(await allSaved(current)).toEqual([]);
    expect(await readSettings(current)).toEqual(DEFAULT_SETTINGS);
    current.close();
  });

  it('applies quick successive one-switch changes without undoing each other', async () => {
    const db = await openLensDb(freshDbName());
    // Two clicks on the options page before the first answer: each names only its own switch.
    await Promise.all([writeSettings(db, { sections: { figures: false } }), writeSettings(db, { sections: { votes: false } }), writeSettings(db, { sites: { 'theyworkforyou-wrans': false } })]);
    const now = await readSettings(db);
    expect(now.sections).toEqual({ ...DEFAULT_SETTINGS.sections, figures: false, votes: false });
    expect(now.sites['theyworkforyou-wrans']).toBe(false);
    db.close();
  });

  it('keeps saved items, notes and settings through a later version’s upgrade', async () => {
    const name = freshDbName();
    const db = await openLensDb(name);
    const items = Array.from({ length: 120 }, (_, i) => savedItemFor(i));
    for (const item of items) await putSaved(db, item);
    await writeSettings(db, { twfyVotes: false, sections: { ...DEFAULT_SETTINGS.sections, votes: false } });
    db.close();

    // A later version as a future issue might write it: a new index on the saved store.
    const addIndex: UpgradeStep = (_db, tx) => {
      (tx.objectStore('saved') as unknown as { createIndex(name: string, keyPath: string): void }).createIndex('savedAt', 'savedAt');
    };
    const later = await openLensDb(name, { steps: [...UPGRADE_STEPS, addIndex] });
    expect(later.version).toBe(DB_VERSION + 1);
    expect(sortById(await allSaved(later))).toEqual(sortById(items));
    expect((await readSettings(later)).twfyVotes).toBe(false);
    later.close();
  });
});

describe('notebook store operations', () => {
  it('saves, edits, deletes; deleting what is not there says so', async () => {
    const db = await openLensDb(freshDbName());
    const item = savedItemFor(1);
    await putSaved(db, item);
    await putSaved(db, { ...item, note: 'edited\nnote', tags: ['x'], updatedAt: item.updatedAt + 5 });
    expect(await getSaved(db, item.id)).toMatchObject({ note: 'edited\nnote', tags: ['x'] });
    expect(await allSaved(db)).toHaveLength(1);
    expect(await deleteSaved(db, item.id)).toBe(true);
    expect(await deleteSaved(db, item.id)).toBe(false);
    expect(await getSaved(db, item.id)).toBeNull();
    db.close();
  });

  it('skips a stored record it cannot read, and never deletes it', async () => {
    const name = freshDbName();
    const db = await openLensDb(name);
    await db.put('saved', { id: 'from-a-future-version', updatedAt: 1, shape: 'unknown' });
    await putSaved(db, savedItemFor(2));
    expect((await allSaved(db)).map((i) => i.id)).toEqual([savedItemFor(2).id]);
    expect(await db.count('saved')).toBe(2);
    db.close();
  });

  it('export → import into an empty profile reproduces every item and the settings', async () => {
    const source = await openLensDb(freshDbName());
    const items = Array.from({ length: 60 }, (_, i) => savedItemFor(i));
    for (const item of items) await putSaved(source, item);
    await writeSettings(source, { defaultOpen: false });
    const file = JSON.parse(JSON.stringify(await exportFile(source)));
    source.close();

    const target = await openLensDb(freshDbName());
    expect(await importNotebook(target, file, REPLACE)).toEqual({ ok: true, value: { added: 60, unchanged: 0, merged: 0, replaced: 0, kept: 0, settingsChanged: [{ name: 'defaultOpen', on: false }] } });
    expect(sortById(await allSaved(target))).toEqual(sortById(items));
    expect((await readSettings(target)).defaultOpen).toBe(false);
    expect(await exportFile(target)).toEqual(file);
    target.close();
  });
});

describe('import refuses a malformed or foreign file and changes nothing', () => {
  const valid = () => ({ format: 'parliament-lens-notebook', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', saved: [savedItemFor(7)], settings: null });
  const cases: [string, unknown, RegExp][] = [
    ['not JSON object', 'hello', /not a Parliament Lens notebook file/],
    ['an array', [savedItemFor(1)], /not a Parliament Lens notebook file/],
    ['null', null, /not a Parliament Lens notebook file/],
    ['someone else’s JSON', { bookmarks: [{ url: 'https://example.org' }] }, /not a Parliament Lens notebook file/],
    ['a newer version', { ...valid(), version: 2 }, /version 2; this version of Parliament Lens reads version 1/],
    ['an item with a javascript: link', { ...valid(), saved: [{ ...savedItemFor(3), url: 'javascript:alert(1)' }] }, /damaged at saved\.0\.url/],
    ['an item missing its note', { ...valid(), saved: [savedItemFor(4), { ...savedItemFor(5), note: undefined }] }, /damaged at saved\.1\.note/],
    ['bad settings', { ...valid(), settings: { sites: 'all' } }, /damaged at settings/],
    ['30 February', { ...valid(), saved: [{ ...savedItemFor(8), dateTabled: '2019-02-30' }] }, /damaged at saved\.0\.dateTabled: Not a calendar day/],
    ['a 13th month', { ...valid(), saved: [{ ...savedItemFor(8), dateAnswered: '2024-13-01' }] }, /damaged at saved\.0\.dateAnswered/],
    ['the same question twice', { ...valid(), saved: [savedItemFor(7), savedItemFor(7)] }, /has question .* twice/],
    ['over the item limit', { ...valid(), saved: Array.from({ length: 5_001 }, (_, i) => savedItemFor(i)) }, /has 5,001 saved questions; Parliament Lens imports at most 5,000 at a time/],
  ];

  it.each(cases)('%s', async (_label, file, message) => {
    const db = await openLensDb(freshDbName());
    for (let i = 10; i < 20; i += 1) await putSaved(db, savedItemFor(i));
    await writeSettings(db, { twfyVotes: false });
    const before = await exportFile(db);
    const result = await importNotebook(db, file, REPLACE);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(message);
      expect(result.error.message).toContain('Nothing was changed.');
    }
    expect(await exportFile(db)).toEqual(before);
    db.close();
  });
});

describe('import merges, never silently replacing notes or settings', () => {
  const file = (saved: ReturnType<typeof savedItemFor>[], settings: unknown = null) => ({ format: 'parliament-lens-notebook', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', saved, settings });

  async function notebookWith(mine: ReturnType<typeof savedItemFor>[]) {
    const db = await openLensDb(freshDbName());
    for (const item of mine) await putSaved(db, item);
    return db;
  }

  it('adds new questions, leaves identical ones, and keeps both notes on a conflict by default', async () => {
    const mine = { ...savedItemFor(1), note: 'My note: call the press office', tags: ['mine'] };
    const same = savedItemFor(2);
    const db = await notebookWith([mine, same]);
    const theirs = { ...mine, note: 'Their note: FOI reply due', tags: ['theirs', 'mine'], savedAt: mine.savedAt - 50 };
    const result = await importNotebook(db, file([theirs, { ...same }, savedItemFor(3)]), { onConflict: 'both', settings: false }, 1_800_000_000_000);
    expect(result).toEqual({ ok: true, value: { added: 1, unchanged: 1, merged: 1, replaced: 0, kept: 0, settingsChanged: null } });
    expect(await getSaved(db, mine.id)).toEqual({ ...mine, note: `${mine.note}${MERGED_NOTE_SEPARATOR}${theirs.note}`, tags: ['mine', 'theirs'], savedAt: theirs.savedAt, updatedAt: 1_800_000_000_000 });
    // The same file again adds nothing: the merged note already holds the file's.
    expect(await importNotebook(db, file([theirs]), { onConflict: 'both', settings: false })).toMatchObject({ ok: true, value: { merged: 0, unchanged: 1 } });
    db.close();
  });

  it('keeps mine or takes the file’s only when the reader chose so', async () => {
    const mine = { ...savedItemFor(4), note: 'mine', tags: [] };
    const theirs = { ...mine, note: 'theirs' };
    const keep = await notebookWith([mine]);
    expect(await importNotebook(keep, file([theirs]), { onConflict: 'mine', settings: false })).toMatchObject({ ok: true, value: { kept: 1 } });
    expect((await getSaved(keep, mine.id))?.note).toBe('mine');
    const take = await notebookWith([mine]);
    expect(await importNotebook(take, file([theirs]), { onConflict: 'theirs', settings: false })).toMatchObject({ ok: true, value: { replaced: 1 } });
    expect(await getSaved(take, mine.id)).toEqual(theirs);
    keep.close();
    take.close();
  });

  it('keeps mine when both notes together would be over the note limit', async () => {
    const mine = { ...savedItemFor(5), note: 'a'.repeat(15_000) };
    const db = await notebookWith([mine]);
    expect(await importNotebook(db, file([{ ...mine, note: 'b'.repeat(15_000) }]), { onConflict: 'both', settings: false })).toMatchObject({ ok: true, value: { kept: 1, merged: 0 } });
    expect((await getSaved(db, mine.id))?.note).toBe(mine.note);
    db.close();
  });

  it('applies the file’s settings only when asked, and names every switch it changed (the site switched off included)', async () => {
    const db = await notebookWith([]);
    const off = { ...DEFAULT_SETTINGS, sites: { 'theyworkforyou-wrans': false }, sections: { ...DEFAULT_SETTINGS.sections, votes: false } };
    expect(await importNotebook(db, file([], off), { onConflict: 'both', settings: false })).toMatchObject({ ok: true, value: { settingsChanged: null } });
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
    const applied = await importNotebook(db, file([], off), { onConflict: 'both', settings: true });
    expect(applied).toMatchObject({ ok: true, value: { settingsChanged: [{ name: 'sites.theyworkforyou-wrans', on: false }, { name: 'sections.votes', on: false }] } });
    expect((await readSettings(db)).sites['theyworkforyou-wrans']).toBe(false);
    db.close();
  });
});

describe('the notebook listed in pages', () => {
  it('pages through 1,234 items newest first with a total, and searches in the background', async () => {
    const db = await openLensDb(freshDbName());
    const items = Array.from({ length: 1_234 }, (_, i) => ({ ...savedItemFor(i, () => 0.9), note: i % 100 === 0 ? `budget line ${i}` : 'other' }));
    const tx = db.transaction('saved', 'readwrite');
    await Promise.all([...items.map((item) => tx.store.put(item)), tx.done]);
    const seen: string[] = [];
    for (let offset = 0; ; offset += 100) {
      const page = await listSavedPage(db, { query: '', offset, limit: 100 });
      expect(page.total).toBe(1_234);
      seen.push(...page.items.map((i) => i.id));
      if (page.items.length < 100) break;
    }
    expect(seen).toHaveLength(1_234);
    expect(new Set(seen).size).toBe(1_234);
    expect(seen[0]).toBe(items.at(-1)!.id); // the most recently changed first
    const found = await listSavedPage(db, { query: 'BUDGET line', offset: 0, limit: 5 });
    expect(found.total).toBe(13);
    expect(found.items.map((i) => i.note)).toEqual(['budget line 1200', 'budget line 1100', 'budget line 1000', 'budget line 900', 'budget line 800']);
    expect(await exportPage(db, null, 100)).toMatchObject({ next: sortById(items)[99]!.id });
    db.close();
  });
});
