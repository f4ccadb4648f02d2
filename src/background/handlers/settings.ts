import { readSettings, writeSettings } from '../../cache';
import { runtime } from '../../platform/browser';
import { fail, ok } from '../../protocol/result';
import type { Handler } from '../router';
import { httpCache } from '../services';
import { withDb } from './notebook';

export const settingsGet: Handler<'settings.get'> = () => withDb(async (db) => ok(await readSettings(db)));
export const settingsSet: Handler<'settings.set'> = ({ changes }) => withDb(async (db) => ok(await writeSettings(db, changes)));
export const cacheSize: Handler<'cache.size'> = () => httpCache.size();
/** Clears the API response cache (never the notebook) and answers with its size after. */
export const cacheClear: Handler<'cache.clear'> = async () => {
  const cleared = await httpCache.clear();
  return cleared.ok ? httpCache.size() : cleared;
};

export const optionsOpen: Handler<'options.open'> = async () => {
  try {
    await runtime.openOptionsPage();
    return ok({ opened: true });
  } catch (err) {
    return fail('internal', `The options page did not open: ${err instanceof Error ? err.message : String(err)}`);
  }
};
