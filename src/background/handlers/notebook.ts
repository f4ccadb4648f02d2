import { deleteSaved, exportNotebook, getSaved, importNotebook, listSaved, putSaved } from '../../cache';
import { fail, ok, type Result } from '../../protocol/result';
import { republishSettings } from '../settings';
import type { Handler } from '../router';
import { lensDb } from '../services';

/** The reader's saved questions. Unlike the HTTP cache, a storage failure here is an error the reader sees. */
export const savedList: Handler<'saved.list'> = () => withDb(async (db) => ok({ items: await listSaved(db) }));
export const savedGet: Handler<'saved.get'> = ({ id }) => withDb(async (db) => ok({ item: await getSaved(db, id) }));
export const savedPut: Handler<'saved.put'> = ({ item }) => withDb(async (db) => ok({ item: await putSaved(db, item) }));
export const savedDelete: Handler<'saved.delete'> = ({ id }) => withDb(async (db) => ok({ deleted: await deleteSaved(db, id) }));
export const savedExport: Handler<'saved.export'> = () => withDb(async (db) => ok(await exportNotebook(db)));
export const savedImport: Handler<'saved.import'> = ({ file }) => withDb(async (db) => {
  const imported = await importNotebook(db, file);
  if (imported.ok && imported.value.settings) await republishSettings();
  return imported;
});

/** Opens the database (reopening after a kill) and turns a storage failure into a plain Result. */
export async function withDb<T>(work: (db: Awaited<ReturnType<typeof lensDb>>) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await work(await lensDb());
  } catch (err) {
    return fail('internal', `The notebook could not be read or saved: ${err instanceof Error ? err.message : String(err)}`);
  }
}
