import { useCallback, useEffect, useState } from 'preact/hooks';
import type { SavedItem, Settings, SettingsChanges } from '../protocol/notebook';
import { askSafely } from '../sidebar/notebook/ask-safely';
import type { AskFn } from '../sidebar/use-ask';
import { CachePanel } from './CachePanel';
import { NotebookPanel } from './NotebookPanel';
import { SettingsPanel } from './SettingsPanel';
import { TransferPanel } from './TransferPanel';

/**
 * The options page. Everything goes through the background's messages (the same protocol the
 * sidebar uses), so the page holds no truth of its own: it reloads settings and items after each change.
 */
export function OptionsApp({ ask }: { ask: AskFn }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [items, setItems] = useState<SavedItem[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const [s, list] = await Promise.all([askSafely(ask, 'settings.get', {}), askSafely(ask, 'saved.list', {})]);
    if (s.ok) setSettings(s.value);
    if (list.ok) setItems(list.value.items);
    const failed = [s, list].find((r) => !r.ok);
    setProblem(failed && !failed.ok ? failed.error.message : null);
  }, [ask]);
  useEffect(() => void reload(), [reload]);

  const change = async (changes: SettingsChanges) => {
    const answer = await askSafely(ask, 'settings.set', { changes });
    if (answer.ok) setSettings(answer.value);
    else setProblem(answer.error.message);
  };

  return (
    <div data-options={settings && items ? 'ready' : 'loading'}>
      <h1>Parliament Lens</h1>
      <p class="muted small">Everything here stays in this browser: your notes are never sent anywhere.</p>
      {problem && <p class="problem" role="alert">{problem}</p>}
      {settings && <SettingsPanel settings={settings} change={change} />}
      <CachePanel ask={ask} />
      {items && <NotebookPanel items={items} ask={ask} reload={reload} />}
      <TransferPanel ask={ask} items={items ?? []} reload={reload} />
    </div>
  );
}
