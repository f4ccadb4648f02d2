// The durability promise of issue 6: 1,000 random save / edit / delete / export / import
// operations, with every in-memory handle dropped and the database reopened between operations
// (what a killed service worker does), lose nothing. A model Map says what must be there.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openLensDb, type LensDb } from '../../src/cache/db';
import { deleteSaved, putSaved } from '../../src/cache/notebook';
import { importNotebook } from '../../src/cache/notebook-import';
import type { NotebookExport, SavedItem } from '../../src/protocol/notebook';
import { freshDbName } from './helpers';
import { noteFrom, savedItemFor, seeded } from './notebook-helpers';
import { allSaved as listSaved, exportFile, sortById } from './notebook-pages';

const OPERATIONS = 1000;

describe('notebook durability under a killed worker', () => {
  it.each([1, 20261130])('seed %i: 1,000 operations, reopening the database between each, lose nothing', async (seed) => {
    const random = seeded(seed);
    const name = freshDbName();
    const model = new Map<string, SavedItem>();
    let lastExport: NotebookExport | null = null;
    let next = 0;
    let clock = 1_700_000_000_000;
    const counts = { save: 0, edit: 0, delete: 0, export: 0, import: 0, refused: 0 };
    const pick = (): string => [...model.keys()][Math.floor(random() * model.size)]!;

    /** One operation on a fresh connection, closed after: nothing survives in memory between them. */
    async function withFreshWorker<T>(work: (db: LensDb) => Promise<T>): Promise<T> {
      const db = await openLensDb(name);
      try {
        return await work(db);
      } finally {
        db.close();
      }
    }

    for (let op = 0; op < OPERATIONS; op += 1) {
      const roll = random();
      clock += 1000;
      if (roll < 0.3 || model.size === 0) {
        const item = savedItemFor(next++, random, clock);
        await withFreshWorker((db) => putSaved(db, item));
        model.set(item.id, item);
        counts.save += 1;
      } else if (roll < 0.55) {
        const old = model.get(pick())!;
        const edited = { ...old, note: noteFrom(random), tags: random() < 0.5 ? ['edited'] : [], updatedAt: clock };
        await withFreshWorker((db) => putSaved(db, edited));
        model.set(edited.id, edited);
        counts.edit += 1;
      } else if (roll < 0.7) {
        const id = pick();
        expect(await withFreshWorker((db) => deleteSaved(db, id))).toBe(true);
        model.delete(id);
        counts.delete += 1;
      } else if (roll < 0.85) {
        // Through JSON text, as the file the reader downloads.
        lastExport = JSON.parse(JSON.stringify(await withFreshWorker((db) => exportFile(db)))) as NotebookExport;
        expect(sortById(lastExport.saved)).toEqual(sortById([...model.values()]));
        counts.export += 1;
      } else if (lastExport && random() < 0.8) {
        const file = lastExport;
        // "Use the file's" on a conflict: the import then adds or replaces by id.
        const result = await withFreshWorker((db) => importNotebook(db, file, { onConflict: 'theirs', settings: true }));
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.value.added + result.value.unchanged + result.value.replaced).toBe(file.saved.length);
        // An item whose note and tags are already the same stays as it is (its own dates included).
        for (const item of file.saved) {
          const mine = model.get(item.id);
          if (!mine || mine.note !== item.note || mine.tags.join('\u0000') !== item.tags.join('\u0000')) model.set(item.id, item);
        }
        counts.import += 1;
      } else {
        const damaged = { format: 'parliament-lens-notebook', version: 1, exportedAt: 'x', saved: [{ ...savedItemFor(next, random), url: 'ftp://nope' }], settings: null };
        expect((await withFreshWorker((db) => importNotebook(db, damaged, { onConflict: 'theirs', settings: true }))).ok).toBe(false);
        counts.refused += 1;
      }
      if (op % 100 === 99) expect(sortById(await withFreshWorker(listSaved))).toEqual(sortById([...model.values()]));
    }

    expect(sortById(await withFreshWorker(listSaved))).toEqual(sortById([...model.values()]));
    // Every kind of operation actually ran.
    for (const count of Object.values(counts)) expect(count).toBeGreaterThan(10);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(OPERATIONS);
  }, 120_000);
});
