/**
 * The background's IndexedDB database: schema, versioned upgrades, and a connection that survives
 * the service worker being killed or the connection being closed under us.
 * This folder is the only importer of idb (DESIGN.md §4); https://github.com/jakearchibald/idb
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { CacheFamily } from './families';

export const DB_NAME = 'parliament-lens';

/** One cached API response. `body` is the raw parsed JSON, re-validated on every read. */
export interface HttpRecord {
  key: string; // the request URL
  family: CacheFamily;
  body: unknown;
  fetchedAt: number; // epoch ms
}

/** One saved question with the reader's note (protocol/notebook.ts savedItem, checked on read). */
export interface SavedRecord {
  id: string;
  updatedAt: number;
  [field: string]: unknown;
}

/** One setting by name; the whole settings object lives under key "settings". */
export interface SettingRecord {
  key: string;
  value: unknown;
}

export interface LensDbSchema extends DBSchema {
  http: { key: string; value: HttpRecord; indexes: { fetchedAt: number } };
  saved: { key: string; value: SavedRecord; indexes: { updatedAt: number } };
  settings: { key: string; value: SettingRecord };
}

export type LensDb = IDBPDatabase<LensDbSchema>;
export type UpgradeTransaction = IDBPTransaction<LensDbSchema, StoreNames<LensDbSchema>[], 'versionchange'>;

/**
 * Step i upgrades version i to i + 1. Append only: never edit or remove a shipped step, and never
 * drop a store or data (saved questions and notes live here later). A step must stay synchronous
 * with its transaction: awaiting anything but the transaction's own requests lets it auto-commit
 * (https://github.com/jakearchibald/idb#transaction-lifetime).
 */
export type UpgradeStep = (db: LensDb, tx: UpgradeTransaction) => void;

export const UPGRADE_STEPS: readonly UpgradeStep[] = [
  // 0 → 1: the HTTP response cache, indexed by age for pruning.
  (db) => {
    const http = db.createObjectStore('http', { keyPath: 'key' });
    http.createIndex('fetchedAt', 'fetchedAt');
  },
  // 1 → 2: the reader's notebook (saved questions, notes, tags) and settings. Only adds stores.
  (db) => {
    const saved = db.createObjectStore('saved', { keyPath: 'id' });
    saved.createIndex('updatedAt', 'updatedAt');
    db.createObjectStore('settings', { keyPath: 'key' });
  },
];

export const DB_VERSION = UPGRADE_STEPS.length;

/** Runs the steps from the stored version up to the one being opened, in order. */
export function runUpgradeSteps(steps: readonly UpgradeStep[], db: LensDb, oldVersion: number, newVersion: number, tx: UpgradeTransaction): void {
  // Throwing aborts the versionchange transaction, so nothing half-upgraded is ever kept.
  if (newVersion > steps.length) throw new Error(`No upgrade step from version ${steps.length}.`);
  for (const step of steps.slice(oldVersion, newVersion)) step(db, tx);
}

export interface OpenOptions {
  /** Called once when this connection becomes unusable (closed for a newer version, or by the browser). */
  onGone?: () => void;
  /** The upgrade steps; tests pass a longer list to play a later version. */
  steps?: readonly UpgradeStep[];
}

/**
 * Opens the database at the version its steps define, upgrading as needed. Rejects at once, rather
 * than waiting indefinitely, when another connection blocks the upgrade: callers fall back to the network.
 */
export function openLensDb(name = DB_NAME, { onGone, steps = UPGRADE_STEPS }: OpenOptions = {}): Promise<LensDb> {
  let gaveUp = false;
  let gone = false;
  const markGone = () => {
    if (!gone) {
      gone = true;
      onGone?.();
    }
  };
  return new Promise<LensDb>((resolve, reject) => {
    let opened: LensDb | undefined;
    openDB<LensDbSchema>(name, steps.length, {
      upgrade: (db, oldVersion, newVersion, tx) => runUpgradeSteps(steps, db, oldVersion, newVersion ?? steps.length, tx),
      // An older connection elsewhere (another extension page still running old code) has not closed.
      // https://developer.mozilla.org/en-US/docs/Web/API/IDBOpenDBRequest/blocked_event
      blocked: () => {
        gaveUp = true;
        reject(new Error(`IndexedDB "${name}" upgrade is blocked by another open connection.`));
      },
      // A newer version wants to open: close ours so it is not blocked, and reopen (at the new version) next time.
      // https://developer.mozilla.org/en-US/docs/Web/API/IDBDatabase/versionchange_event
      blocking: () => {
        opened?.close();
        markGone();
      },
      // The browser closed the connection (storage cleared, disk error, worker teardown).
      // https://developer.mozilla.org/en-US/docs/Web/API/IDBDatabase/close_event
      terminated: markGone,
    }).then(
      (db) => {
        // The blocked open completed after we gave up: nobody holds this connection, so close it.
        if (gaveUp) db.close();
        else resolve((opened = db));
      },
      reject,
    );
  });
}

/**
 * A lazy, self-healing connection: opens on first use and shares one connection, but forgets it
 * when the open fails or the connection is gone, so the next call opens afresh instead of
 * returning a rejected or closed database forever. Holding it in a global is fine: a killed
 * worker simply opens again on wake.
 */
export function lazyLensDb(name = DB_NAME, options: Omit<OpenOptions, 'onGone'> = {}): () => Promise<LensDb> {
  let current: Promise<LensDb> | undefined;
  const forget = (connection: Promise<LensDb>) => {
    if (current === connection) current = undefined;
  };
  return () => {
    if (current) return current;
    const opening: Promise<LensDb> = openLensDb(name, { ...options, onGone: () => forget(opening) });
    opening.catch(() => forget(opening));
    current = opening;
    return opening;
  };
}

export interface CacheSize {
  count: number;
  /** JSON length of the records: near their UTF-8 size (the APIs' JSON is almost all ASCII), not the size on disk. */
  approxBytes: number;
}

/** Counts the cached responses with a cursor, so a large cache is never held in memory at once. */
export async function measureHttp(db: LensDb): Promise<CacheSize> {
  let count = 0;
  let approxBytes = 0;
  let cursor = await db.transaction('http').store.openCursor();
  while (cursor) {
    count += 1;
    approxBytes += JSON.stringify(cursor.value).length;
    cursor = await cursor.continue();
  }
  return { count, approxBytes };
}

/** Deletes cached responses fetched before `cutoff` (epoch ms); returns how many. */
export async function deleteHttpFetchedBefore(db: LensDb, cutoff: number): Promise<number> {
  const tx = db.transaction('http', 'readwrite');
  let deleted = 0;
  let cursor = await tx.store.index('fetchedAt').openCursor(IDBKeyRange.upperBound(cutoff, true));
  while (cursor) {
    await cursor.delete();
    deleted += 1;
    cursor = await cursor.continue();
  }
  await tx.done;
  return deleted;
}
