import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openLensDb, UPGRADE_STEPS, type UpgradeStep } from '../../src/cache/db';
import { deleteSaved, exportNotebook, getSaved, importNotebook, listSaved, putSaved, readSettings, writeSettings } from '../../src/cache/notebook';
import { DEFAULT_SETTINGS } from '../../src/protocol/notebook';
import { freshDbName } from './helpers';
import { savedItemFor } from './notebook-helpers';

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
    expect(await listSaved(current)).toEqual([]);
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
    expect(sortById(await listSaved(later))).toEqual(sortById(items));
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
    expect(await listSaved(db)).toHaveLength(1);
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
    expect((await listSaved(db)).map((i) => i.id)).toEqual([savedItemFor(2).id]);
    expect(await db.count('saved')).toBe(2);
    db.close();
  });

  it('export → import into an empty profile reproduces every item and the settings', async () => {
    const source = await openLensDb(freshDbName());
    const items = Array.from({ length: 60 }, (_, i) => savedItemFor(i));
    for (const item of items) await putSaved(source, item);
    await writeSettings(source, { defaultOpen: false });
    const file = JSON.parse(JSON.stringify(await exportNotebook(source)));
    source.close();

    const target = await openLensDb(freshDbName());
    expect(await importNotebook(target, file)).toEqual({ ok: true, value: { imported: 60, settings: true } });
    expect(sortById(await listSaved(target))).toEqual(sortById(items));
    expect((await readSettings(target)).defaultOpen).toBe(false);
    const again = await exportNotebook(target);
    expect({ ...again, exportedAt: '' }).toEqual({ ...file, exportedAt: '' });
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
  ];

  it.each(cases)('%s', async (_label, file, message) => {
    const db = await openLensDb(freshDbName());
    for (let i = 10; i < 20; i += 1) await putSaved(db, savedItemFor(i));
    await writeSettings(db, { twfyVotes: false });
    const before = await exportNotebook(db, new Date(0));
    const result = await importNotebook(db, file);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(message);
      expect(result.error.message).toContain('Nothing was changed.');
    }
    expect(await exportNotebook(db, new Date(0))).toEqual(before);
    db.close();
  });
});

function sortById<T extends { id: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.id.localeCompare(b.id));
}
