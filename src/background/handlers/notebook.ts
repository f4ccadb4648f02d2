import { deleteSaved, exportPage, getSaved, importNotebook, listSavedPage, putSaved } from '../../cache';
import { runtime } from '../../platform/browser';
import { NOTEBOOK_FRAME_PAGE } from '../../protocol/notebook-context';
import { fail, ok, type Result } from '../../protocol/result';
import { republishSettings } from '../settings';
import type { Handler } from '../router';
import { lensDb } from '../services';

/**
 * The reader's saved questions. Unlike the HTTP cache, a storage failure here is an error the reader
 * sees. Every type here but notebook.frame reaches us only from the extension's own pages (router.ts).
 */
export const savedList: Handler<'saved.list'> = (page) => withDb(async (db) => ok(await listSavedPage(db, page)));
export const savedGet: Handler<'saved.get'> = ({ id }) => withDb(async (db) => ok({ item: await getSaved(db, id) }));
export const savedPut: Handler<'saved.put'> = ({ item }) => withDb(async (db) => ok({ item: await putSaved(db, item) }));
export const savedDelete: Handler<'saved.delete'> = ({ id }) => withDb(async (db) => ok({ deleted: await deleteSaved(db, id) }));
export const savedExport: Handler<'saved.export'> = ({ afterId, limit }) => withDb(async (db) => ok(await exportPage(db, afterId, limit)));
export const savedImport: Handler<'saved.import'> = ({ file, onConflict, settings }) => withDb(async (db) => {
  const imported = await importNotebook(db, file, { onConflict, settings });
  if (imported.ok && imported.value.settingsChanged?.length) await republishSettings();
  return imported;
});

export const notebookFrame: Handler<'notebook.frame'> = async () => ok({ url: runtime.getURL(NOTEBOOK_FRAME_PAGE) });

/** Opens the database (reopening after a kill) and turns a storage failure into a plain Result. */
export async function withDb<T>(work: (db: Awaited<ReturnType<typeof lensDb>>) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await work(await lensDb());
  } catch (err) {
    return fail('internal', `The notebook could not be read or saved: ${err instanceof Error ? err.message : String(err)}`);
  }
}
