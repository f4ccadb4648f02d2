import type { ResultError } from '../protocol/result';

/**
 * A section's error state: what went wrong in words, and a retry button. Not an alert: the panel's
 * one live region says which sections could not load, once (announce.tsx).
 */
export function ErrorNote({ error, retry }: { error: ResultError; retry: () => void }) {
  // The extension is gone from under this page: the banner at the top says so once (App.tsx);
  // a retry cannot work, and an alert per section would be noise.
  if (error.code === 'updated') return <p class="note">Reload the page to load this.</p>;
  return (
    <div class="error">
      <p>{error.message}</p>
      <button type="button" onClick={retry}>Try again</button>
    </div>
  );
}
