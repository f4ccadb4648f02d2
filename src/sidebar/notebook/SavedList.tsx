import { useEffect, useState } from 'preact/hooks';
import type { SavedItem } from '../../protocol/notebook';
import { formatIsoDate } from '../dates';
import { safeHttpUrl } from '../safe-url';
import type { AskFn } from '../use-ask';
import { askSafely } from './ask-safely';
import { matchesSearch } from './saved-item';

/**
 * The reader's saved questions, searchable, each linking back to its page. `version` changes when
 * this page's item is saved or removed, so the list asks again.
 */
export function SavedList({ ask, version }: { ask: AskFn; version: number }) {
  const [items, setItems] = useState<SavedItem[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  useEffect(() => {
    void askSafely(ask, 'saved.list', {}).then((answer) => {
      if (answer.ok) {
        setItems(answer.value.items);
        setProblem(null);
      } else if (answer.error.code !== 'updated') setProblem(answer.error.message); // the banner says that one
    });
  }, [ask, version]);
  const shown = (items ?? []).filter((item) => matchesSearch(item, query));
  return (
    <details class="saved-list" data-notebook="saved-list">
      <summary>Saved questions{items ? ` (${items.length})` : ''}</summary>
      {problem && <p class="small" role="alert">Could not read the notebook: {problem}</p>}
      {items && items.length === 0 && <p class="small muted">Nothing saved yet.</p>}
      <p class="small"><button type="button" data-notebook="open-options" onClick={() => void askSafely(ask, 'options.open', {})}>Open the notebook and settings</button></p>
      {items && items.length > 0 && (
        <>
          <input type="search" aria-label="Search saved questions" placeholder="Search notes, tags, headings" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
          <ul>
            {shown.map((item) => <SavedEntry key={item.id} item={item} />)}
          </ul>
          {shown.length === 0 && <p class="small muted">No saved question matches “{query}”.</p>}
        </>
      )}
    </details>
  );
}

function SavedEntry({ item }: { item: SavedItem }) {
  const href = safeHttpUrl(item.url);
  const date = item.dateAnswered ?? item.dateTabled;
  return (
    <li data-saved-id={item.id}>
      {href ? <a href={href}>{item.heading}</a> : item.heading}
      <span class="small muted"> {item.uin}{date ? `, ${formatIsoDate(date)}` : ''}</span>
      {item.note && <p class="saved-note small">{item.note}</p>}
      {item.tags.length > 0 && <p class="small">{item.tags.map((t) => <span key={t} class="chip">{t}</span>)}</p>}
    </li>
  );
}
