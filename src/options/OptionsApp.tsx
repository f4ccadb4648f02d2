import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings, SettingsChanges } from '../protocol/notebook';
import { askSafely } from '../sidebar/notebook/ask-safely';
import type { AskFn } from '../sidebar/use-ask';
import { CachePanel } from './CachePanel';
import { NotebookPanel } from './NotebookPanel';
import { SettingsPanel } from './SettingsPanel';
import { TransferPanel } from './TransferPanel';

/**
 * The options page. Everything goes through the background's messages, so the page holds no truth
 * of its own: it reloads the settings and the saved list after each change. It is one of the two
 * places the notebook is shown (with the note frame in the sidebar): extension pages, out of every
 * web page's reach (issue 20).
 */
export function OptionsApp({ ask }: { ask: AskFn }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [listed, setListed] = useState(false);
  // Bumped after an import, so the saved list asks again.
  const [imports, setImports] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);

  const reloadSettings = useCallback(async () => {
    const answer = await askSafely(ask, 'settings.get', {});
    if (answer.ok) setSettings(answer.value);
    else setProblem(answer.error.message);
  }, [ask]);
  useEffect(() => void reloadSettings(), [reloadSettings]);
  const onListed = useCallback(() => setListed(true), []);

  const change = async (changes: SettingsChanges) => {
    const answer = await askSafely(ask, 'settings.set', { changes });
    if (answer.ok) setSettings(answer.value);
    else setProblem(answer.error.message);
  };
  const afterImport = async () => {
    setImports((n) => n + 1);
    await reloadSettings();
  };

  return (
    <div data-options={settings && listed ? 'ready' : 'loading'}>
      <h1>Parliament Lens</h1>
      <p class="muted small">Everything here stays in this browser: your notes are never sent anywhere, and no web page can read them.</p>
      {problem && <p class="problem" role="alert">{problem}</p>}
      {settings && <SettingsPanel settings={settings} change={change} />}
      <CachePanel ask={ask} />
      <NotebookPanel ask={ask} version={imports} onListed={onListed} />
      <TransferPanel ask={ask} afterImport={afterImport} />
    </div>
  );
}
