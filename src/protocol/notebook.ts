/**
 * The research notebook's data (saved questions with notes and tags) and the reader's settings:
 * their shapes, checked by zod at every boundary (messages, IndexedDB reads, imported files).
 * Notes are the reader's own words: plain text only, never sent anywhere, rendered as text.
 */
import { array, boolean, enum as oneOf, literal, maxLength, nullable, number, object, optional, partial, regex, string, type infer as Infer } from 'zod/mini';
import { house, isoDate, uin } from './fields';

const httpUrl = string().check(regex(/^https?:\/\//), maxLength(2048));

export const MAX_NOTE_CHARS = 20_000;
export const MAX_TAGS = 30;
export const MAX_TAG_CHARS = 60;

/** One saved question. `id` is "<house>/<uin>/<date tabled or answered>" (UINs restart each session). */
export const savedItem = object({
  id: string().check(regex(/^(Commons|Lords)\/(HL)?\d{1,7}\/\d{4}-\d{2}-\d{2}$/)),
  url: httpUrl,
  officialUrl: nullable(httpUrl),
  heading: string().check(maxLength(1000)),
  house,
  uin,
  department: nullable(string().check(maxLength(300))),
  dateTabled: nullable(isoDate),
  dateAnswered: nullable(isoDate),
  askerName: nullable(string().check(maxLength(300))),
  answererName: nullable(string().check(maxLength(300))),
  note: string().check(maxLength(MAX_NOTE_CHARS)),
  tags: array(string().check(maxLength(MAX_TAG_CHARS))).check(maxLength(MAX_TAGS)),
  savedAt: number(),
  updatedAt: number(),
});
export type SavedItem = Infer<typeof savedItem>;

/** Every word of the query appears somewhere in the item (heading, note, tags, names, UIN, department). */
export function matchesSearch(item: SavedItem, query: string): boolean {
  const haystack = [item.heading, item.note, item.tags.join(' '), item.uin, item.department, item.askerName, item.answererName].join(' ').toLowerCase();
  return query.toLowerCase().split(/\s+/).filter(Boolean).every((word) => haystack.includes(word));
}

/** Section ids as in DESIGN.md §9 (data-section). */
export const SECTION_IDS = ['question', 'asker', 'answerer', 'votes', 'figures', 'related'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** One switch per site adapter (src/sites/registry.ts ids). */
const sites = object({ 'theyworkforyou-wrans': boolean() });
const sections = object(Object.fromEntries(SECTION_IDS.map((id) => [id, boolean()])) as Record<SectionId, ReturnType<typeof boolean>>);

export const settings = object({
  sites,
  sections,
  /** Whether the votes section may ask votes.theyworkforyou.com (policy summaries). */
  twfyVotes: boolean(),
  /** Whether the sidebar starts open on a page before the reader has opened or closed it. */
  defaultOpen: boolean(),
});
export type Settings = Infer<typeof settings>;

/** The storage.local key of the settings copy the background publishes for content scripts. */
export const SETTINGS_MIRROR_KEY = 'lensSettings';

/**
 * A change names only the switches it flips, down to one section: a page that sent its whole
 * (possibly stale) sections object on each click could undo the click before it.
 */
export const settingsChanges = object({
  sites: optional(partial(sites)),
  sections: optional(partial(sections)),
  twfyVotes: optional(boolean()),
  defaultOpen: optional(boolean()),
});
export type SettingsChanges = Infer<typeof settingsChanges>;

export const DEFAULT_SETTINGS: Settings = {
  sites: { 'theyworkforyou-wrans': true },
  sections: { question: true, asker: true, answerer: true, votes: true, figures: true, related: true },
  twfyVotes: true,
  defaultOpen: true,
};

/**
 * Import limits (issue 20). A file is one message to the background, so both bound what crosses:
 * 5,000 questions is years of a heavy reader's saving; 10 MiB holds 5,000 items with notes of ~2,000
 * characters each. A larger notebook is imported in several files.
 */
export const MAX_IMPORT_ITEMS = 5_000;
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** What an import does with a question already in the notebook whose note or tags differ. */
export const onConflict = oneOf(['both', 'mine', 'theirs']);
export type OnConflict = Infer<typeof onConflict>;

/** One switch an import changed, e.g. `sites.theyworkforyou-wrans` now off: shown to the reader. */
export const settingChange = object({ name: string(), on: boolean() });
export type SettingChange = Infer<typeof settingChange>;

export const importOutcome = object({
  added: number(),
  unchanged: number(),
  /** Both notes kept: the notebook's, then the file's, in one note; tags joined. */
  merged: number(),
  /** The file's version replaced the notebook's (the reader chose "use the file's"). */
  replaced: number(),
  /** The notebook's version kept (the reader chose "keep mine", or both notes would not fit in one). */
  kept: number(),
  /** The settings the import changed; null when the reader did not ask for the file's settings. */
  settingsChanged: nullable(array(settingChange)),
});
export type ImportOutcome = Infer<typeof importOutcome>;

/** The exported file. `format` tells ours apart from any other JSON a reader might pick. */
export const NOTEBOOK_FORMAT = 'parliament-lens-notebook';
export const notebookExport = object({
  format: literal(NOTEBOOK_FORMAT),
  version: literal(1),
  exportedAt: string(),
  saved: array(savedItem),
  settings: nullable(settings),
});
export type NotebookExport = Infer<typeof notebookExport>;
