/**
 * The notebook's and settings' messages (DESIGN.md §5 "saved items, settings"), one request and
 * response schema each, spread into the table in messages.ts.
 *
 * Lists come in pages: a notebook of any size is never one giant message (issue 20: a 100,000-item
 * notebook made a 64 MiB answer that could not be listed).
 */
import { array, boolean, int, maxLength, maximum, minimum, nullable, number, object, string, unknown } from 'zod/mini';
import { importOutcome, onConflict, savedItem, settings, settingsChanges } from './notebook';

const nothing = object({});
const cacheSize = object({ count: number(), approxBytes: number() });

/** Largest page of saved items in one answer: 100 items of the longest notes are ~2.5 MB. */
export const MAX_PAGE_ITEMS = 100;
const pageSize = int().check(minimum(1), maximum(MAX_PAGE_ITEMS));

export const notebookMessages = {
  /** One page of the saved items matching `query` (every word, anywhere), most recently changed first. */
  'saved.list': {
    request: object({ query: string().check(maxLength(200)), offset: int().check(minimum(0)), limit: pageSize }),
    response: object({ items: array(savedItem), total: number() }),
  },
  /** The saved item for one question, or null. */
  'saved.get': { request: object({ id: string() }), response: object({ item: nullable(savedItem) }) },
  /** Saves or replaces one item (an edit is a put with the same id). */
  'saved.put': { request: object({ item: savedItem }), response: object({ item: savedItem }) },
  'saved.delete': { request: object({ id: string() }), response: object({ deleted: boolean() }) },
  /**
   * One page of every saved item in id order, after `afterId`, for the export file. Keyed by id,
   * not position, so an item edited mid-export is still exported exactly once.
   */
  'saved.export': {
    request: object({ afterId: nullable(string()), limit: pageSize }),
    response: object({ items: array(savedItem), next: nullable(string()) }),
  },
  /**
   * Merges the file's items into the notebook in one transaction: new questions are added; one
   * already there with a different note or tags is resolved as the reader chose (`onConflict`);
   * the file's settings are applied only when the reader asked (`settings`), and the answer names
   * every switch they changed. A file that is not ours, is damaged or is over the limits is
   * refused whole: nothing changes.
   */
  'saved.import': {
    request: object({ file: unknown(), onConflict, settings: boolean() }),
    response: importOutcome,
  },
  'settings.get': { request: nothing, response: settings },
  /** Changes some settings; answers with all of them. */
  'settings.set': { request: object({ changes: settingsChanges }), response: settings },
  'cache.size': { request: nothing, response: cacheSize },
  'cache.clear': { request: nothing, response: cacheSize },
  /** Opens the options page in a tab (content scripts cannot call runtime.openOptionsPage themselves). */
  'options.open': { request: nothing, response: object({ opened: boolean() }) },
  /**
   * The notebook frame's URL (protocol/notebook-context.ts), for the sidebar to embed. Asked of the
   * background because only platform/ may call runtime.getURL and the sidebar may not import it.
   */
  'notebook.frame': { request: nothing, response: object({ url: string() }) },
} as const;

/**
 * Types answered only for the extension's own pages (the options page, the notebook frame), never
 * for a content script: everything the page's scripts could reach through our sidebar's DOM is a
 * content script's, so nothing private and nothing that changes the reader's data may be (issue 20).
 * settings.get stays open: the content script needs the settings, and they hold nothing of the notebook.
 */
export const EXTENSION_PAGES_ONLY: ReadonlySet<string> = new Set<keyof typeof notebookMessages>([
  'saved.list', 'saved.get', 'saved.put', 'saved.delete', 'saved.export', 'saved.import', 'settings.set', 'cache.size', 'cache.clear',
]);
