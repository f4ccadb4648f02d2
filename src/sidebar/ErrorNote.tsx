import type { ResultError } from '../protocol/result';

/** A section's error state: what went wrong in words, and a retry button. */
export function ErrorNote({ error, retry }: { error: ResultError; retry: () => void }) {
  return (
    <div class="error" role="alert">
      <p>{error.message}</p>
      <button type="button" onClick={retry}>Try again</button>
    </div>
  );
}
