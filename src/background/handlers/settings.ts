import { readSettings, writeSettings } from '../../cache';
import { runtime } from '../../platform/browser';
import { fail, ok } from '../../protocol/result';
import type { Handler } from '../router';
import { httpCache } from '../services';
import { republishSettings } from '../settings';
import { withDb } from './notebook';

export const settingsGet: Handler<'settings.get'> = () => withDb(async (db) => ok(await readSettings(db)));
/** Also updates the content scripts' copy (background/settings.ts). */
export const settingsSet: Handler<'settings.set'> = ({ changes }) => withDb(async (db) => {
  const settings = await writeSettings(db, changes);
  await republishSettings();
  return ok(settings);
});
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
