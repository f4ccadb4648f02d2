import 'fake-indexeddb/auto';
import { forceCloseDatabase } from 'fake-indexeddb';
import { deleteDB, openDB, unwrap, type IDBPDatabase } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { DB_VERSION, lazyLensDb, openLensDb, runUpgradeSteps, UPGRADE_STEPS, type LensDb, type UpgradeStep } from '../../src/cache/db';
import { freshDbName } from './helpers';

const record = { key: 'https://example.test/q/1', family: 'question-answered' as const, body: { uin: '1' }, fetchedAt: 1000 };

/** A later version as a future issue would write it: the shipped steps plus one more. */
const addNotesStore: UpgradeStep = (db) => {
  (db as unknown as IDBPDatabase).createObjectStore('notes', { keyPath: 'id' });
};
const NEXT_STEPS = [...UPGRADE_STEPS, addNotesStore];

describe('openLensDb upgrades', () => {
  it('creates the current version from nothing: the http store keyed by URL with a fetchedAt index, and the notebook stores', async () => {
    const db = await openLensDb(freshDbName());
    expect(DB_VERSION).toBe(2);
    expect(db.version).toBe(2);
    expect([...db.objectStoreNames]).toEqual(['http', 'saved', 'settings']);
    expect(db.transaction('saved').store.keyPath).toBe('id');
    expect(db.transaction('settings').store.keyPath).toBe('key');
    const store = db.transaction('http').store;
    expect(store.keyPath).toBe('key');
    expect([...store.indexNames]).toEqual(['fetchedAt']);
    expect(store.index('fetchedAt').keyPath).toBe('fetchedAt');
    db.close();
  });

  it('keeps records when the database is reopened at the same version', async () => {
    const name = freshDbName();
    const first = await openLensDb(name);
    await first.put('http', record);
    first.close();
    const again = await openLensDb(name);
    expect(await again.get('http', record.key)).toEqual(record);
    again.close();
  });

  it('runs only the new steps when a later version appends one, and keeps the data', async () => {
    const name = freshDbName();
    const v1 = await openLensDb(name);
    await v1.put('http', record);
    v1.close();
    // The v1 step would throw (store exists) if it ran again; only the appended step may run.
    const v2 = await openLensDb(name, { steps: NEXT_STEPS });
    expect(v2.version).toBe(DB_VERSION + 1);
    expect([...v2.objectStoreNames].sort()).toEqual(['http', 'notes', 'saved', 'settings']);
    expect(await v2.get('http', record.key)).toEqual(record);
    v2.close();
  });

  it('refuses to skip a missing step', () => {
    expect(() => runUpgradeSteps(UPGRADE_STEPS, {} as LensDb, 0, DB_VERSION + 1, {} as never)).toThrow(new RegExp(`from version ${DB_VERSION}`));
  });

  it('rejects at once when an old connection blocks the upgrade, and closes the late connection', async () => {
    const name = freshDbName();
    // An old connection that ignores versionchange (as old code in another extension page might).
    const old = await openDB(name, 1, { upgrade: (db) => db.createObjectStore('http', { keyPath: 'key' }) });
    await expect(openLensDb(name, { steps: NEXT_STEPS })).rejects.toThrow(/blocked/);
    old.close(); // the pending open now completes; nobody wants it, so it must close itself
    await vi.waitFor(async () => {
      const blocked = vi.fn();
      await deleteDB(name, { blocked });
      expect(blocked).not.toHaveBeenCalled();
    });
  });
});

describe('lazyLensDb', () => {
  it('shares one connection between callers', async () => {
    const getDb = lazyLensDb(freshDbName());
    const [a, b] = await Promise.all([getDb(), getDb()]);
    expect(a).toBe(b);
    a.close();
  });

  it('forgets a failed open, so the next call tries again', async () => {
    const name = freshDbName();
    const newer = await openLensDb(name, { steps: NEXT_STEPS });
    newer.close();
    const getDb = lazyLensDb(name);
    await expect(getDb()).rejects.toThrow(); // VersionError: the database is newer than this code
    await deleteDB(name);
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });

  it('steps aside for a newer version and reopens next time', async () => {
    const name = freshDbName();
    const getDb = lazyLensDb(name);
    const first = await getDb();
    // Would hang (blocked) if our connection did not close on versionchange.
    const newer = await openLensDb(name, { steps: NEXT_STEPS });
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    await deleteDB(name);
    const second = await getDb();
    expect(second).not.toBe(first);
    await second.put('http', record);
    second.close();
  });

  it('reopens after the browser closes the connection', async () => {
    const getDb = lazyLensDb(freshDbName());
    const first = await getDb();
    forceCloseDatabase(unwrap(first) as never);
    const second = await getDb();
    expect(second).not.toBe(first);
    await second.put('http', record);
    expect(await second.count('http')).toBe(1);
    second.close();
  });
});
