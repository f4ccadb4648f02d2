import { useEffect, useState } from 'preact/hooks';
import { askSafely } from '../sidebar/notebook/ask-safely';
import type { AskFn } from '../sidebar/use-ask';

/** The API response cache: how big, and a button to clear it (the notebook is never touched). */
export function CachePanel({ ask }: { ask: AskFn }) {
  const [text, setText] = useState('Measuring…');
  const show = (answer: Awaited<ReturnType<typeof askSafely<'cache.size'>>>) =>
    setText(answer.ok ? `${answer.value.count} responses, about ${kilobytes(answer.value.approxBytes)}` : `Could not measure the cache: ${answer.error.message}`);
  useEffect(() => void askSafely(ask, 'cache.size', {}).then(show), [ask]);
  const clear = async () => show(await askSafely(ask, 'cache.clear', {}));
  return (
    <section data-options-panel="cache" aria-labelledby="pl-cache">
      <h2 id="pl-cache">Cache</h2>
      <div class="row">
        <span data-cache-size>{text}</span>
        <button type="button" onClick={clear}>Clear cache</button>
      </div>
      <p class="small muted">Answers from the Parliament APIs, kept so a second visit needs no network. Clearing it never touches your notebook.</p>
    </section>
  );
}

function kilobytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
