import { useContext } from 'preact/hooks';
import type { ResultError } from '../protocol/result';
import { PanelContext } from './panel-context';

/**
 * A section's error state: what went wrong in words, and a retry button. One outage, one message:
 * a section that waits on the question record the summary already reports failed only points there
 * (unless `primary`, for the summary itself).
 */
export function ErrorNote({ error, retry, primary = false }: { error: ResultError; retry: () => void; primary?: boolean }) {
  const { outageRetry } = useContext(PanelContext);
  // The extension is gone from under this page: the banner at the top says so once (App.tsx);
  // a retry cannot work, and an alert per section would be noise.
  if (error.code === 'updated') return <p class="note">Reload the page to load this.</p>;
  if (!primary && outageRetry === retry) return <p class="note" data-outage-echo>Not loaded: the Written Questions service did not answer (see the top of the panel).</p>;
  return (
    <div class="error" role="alert">
      <p>{error.message}</p>
      <button type="button" onClick={retry}>Try again</button>
    </div>
  );
}
