// Reading a whole test notebook back the way the options page does: page by page (issue 20).
import { exportPage, readSettings } from '../../src/cache/notebook';
import type { LensDb } from '../../src/cache/db';
import { NOTEBOOK_FORMAT, type NotebookExport, type SavedItem } from '../../src/protocol/notebook';

/** Every readable item, through exportPage in small pages so the paging itself is exercised. */
export async function allSaved(db: LensDb, pageSize = 7): Promise<SavedItem[]> {
  const items: SavedItem[] = [];
  let after: string | null = null;
  do {
    const page: { items: SavedItem[]; next: string | null } = await exportPage(db, after, pageSize);
    items.push(...page.items);
    after = page.next;
  } while (after !== null);
  return items;
}

/** The export file as options/notebook-file.ts assembles it (oldest saved first). */
export async function exportFile(db: LensDb): Promise<NotebookExport> {
  const saved = (await allSaved(db)).sort((a, b) => a.savedAt - b.savedAt || a.id.localeCompare(b.id));
  return { format: NOTEBOOK_FORMAT, version: 1, exportedAt: '2026-01-01T00:00:00.000Z', saved, settings: await readSettings(db) };
}

export function sortById<T extends { id: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.id.localeCompare(b.id));
}
