/**
 * The notebook's and settings' messages (DESIGN.md §5 "saved items, settings"), one request and
 * response schema each, spread into the table in messages.ts.
 */
import { array, boolean, nullable, number, object, string, unknown } from 'zod/mini';
import { notebookExport, savedItem, settings, settingsChanges } from './notebook';

const nothing = object({});
const cacheSize = object({ count: number(), approxBytes: number() });

export const notebookMessages = {
  /** Every saved item, newest first. */
  'saved.list': { request: nothing, response: object({ items: array(savedItem) }) },
  /** The saved item for one question, or null. */
  'saved.get': { request: object({ id: string() }), response: object({ item: nullable(savedItem) }) },
  /** Saves or replaces one item (an edit is a put with the same id). */
  'saved.put': { request: object({ item: savedItem }), response: object({ item: savedItem }) },
  'saved.delete': { request: object({ id: string() }), response: object({ deleted: boolean() }) },
  /** Every saved item and the settings, as the file the options page offers for download. */
  'saved.export': { request: nothing, response: notebookExport },
  /**
   * Adds or replaces the file's items (by id) and, when it has them, its settings, all in one
   * transaction. A file that is not ours or is damaged is refused whole: nothing changes.
   */
  'saved.import': { request: object({ file: unknown() }), response: object({ imported: number(), settings: boolean() }) },
  'settings.get': { request: nothing, response: settings },
  /** Changes some settings; answers with all of them. */
  'settings.set': { request: object({ changes: settingsChanges }), response: settings },
  'cache.size': { request: nothing, response: cacheSize },
  'cache.clear': { request: nothing, response: cacheSize },
  /** Opens the options page in a tab (content scripts cannot call runtime.openOptionsPage themselves). */
  'options.open': { request: nothing, response: object({ opened: boolean() }) },
} as const;
