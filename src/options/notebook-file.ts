/**
 * The export file, put together on the options page from pages of the notebook (the background
 * never sends it whole, issue 20), and the words for an import's outcome.
 */
import { MAX_PAGE_ITEMS } from '../protocol/notebook-messages';
import { NOTEBOOK_FORMAT, type ImportOutcome, type NotebookExport, type SavedItem } from '../protocol/notebook';
import { ok, type Result } from '../protocol/result';
import { askSafely } from '../sidebar/notebook/ask-safely';
import type { AskFn } from '../sidebar/use-ask';
import { settingLabel } from './SettingsPanel';

/** Every saved item, page by page in id order, and the settings, as the file to download. */
export async function readNotebookFile(ask: AskFn, now: Date = new Date()): Promise<Result<NotebookExport>> {
  const settings = await askSafely(ask, 'settings.get', {});
  if (!settings.ok) return settings;
  const saved: SavedItem[] = [];
  let afterId: string | null = null;
  do {
    const page: Result<{ items: SavedItem[]; next: string | null }> = await askSafely(ask, 'saved.export', { afterId, limit: MAX_PAGE_ITEMS });
    if (!page.ok) return page;
    saved.push(...page.value.items);
    afterId = page.value.next;
  } while (afterId !== null);
  // Oldest saved first, as the file has always been written.
  saved.sort((a, b) => a.savedAt - b.savedAt || a.id.localeCompare(b.id));
  return ok({ format: NOTEBOOK_FORMAT, version: 1, exportedAt: now.toISOString(), saved, settings: settings.value });
}

/** "From notebook.json: 3 added, 1 already in your notebook. Your settings were not changed." */
export function importSummary(fileName: string, outcome: ImportOutcome): string {
  const counts: [number, string][] = [
    [outcome.added, 'added'],
    [outcome.unchanged, 'already in your notebook'],
    [outcome.merged, 'merged with yours (both notes kept)'],
    [outcome.replaced, 'replaced by the file’s version'],
    [outcome.kept, 'kept as they were in your notebook'],
  ];
  const said = counts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  const questions = said.length ? said.join(', ') : 'no saved questions';
  return `From ${fileName}: ${questions}. ${settingsSummary(outcome.settingsChanged)}`;
}

function settingsSummary(changed: ImportOutcome['settingsChanged']): string {
  if (changed === null) return 'Your settings were not changed.';
  if (changed.length === 0) return 'The file’s settings are the same as yours.';
  const list = changed.map(({ name, on }) => `${settingLabel(name)} ${on ? 'on' : 'off'}`).join('; ');
  const siteOff = changed.some(({ name, on }) => name.startsWith('sites.') && !on);
  return `Settings changed: ${list}.${siteOff ? ' Parliament Lens no longer opens on that site: switch it back on under Settings.' : ''}`;
}
