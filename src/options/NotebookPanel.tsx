import { useEffect, useState } from 'preact/hooks';
import type { SavedItem } from '../protocol/notebook';
import { formatIsoDate } from '../sidebar/dates';
import { askSafely } from '../sidebar/notebook/ask-safely';
import { citation, CITATION_FORMS } from '../sidebar/notebook/citations';
import { copyText } from '../sidebar/notebook/copy-text';
import { safeHttpUrl } from '../sidebar/safe-url';
import type { AskFn } from '../sidebar/use-ask';

/** Saved questions per page: the notebook arrives in pages, never in one message (issue 20). */
export const LIST_PAGE = 50;

interface Props {
  ask: AskFn;
  /** Changes when the notebook changed elsewhere (an import): the list starts again from the top. */
  version: number;
  /** Called once the first page has arrived (or failed), for the page's ready state. */
  onListed(): void;
}

/** Every saved question, searched by the background: its note (as text), tags, a link back, citations and removal. */
export function NotebookPanel({ ask, version, onListed }: Props) {
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<SavedItem[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    let current = true;
    void askSafely(ask, 'saved.list', { query, offset: 0, limit: LIST_PAGE }).then((answer) => {
      if (!current) return;
      if (answer.ok) {
        setItems(answer.value.items);
        setTotal(answer.value.total);
      } else setStatus(`Could not read the notebook: ${answer.error.message}`);
      onListed();
    });
    return () => {
      current = false;
    };
  }, [ask, query, version, onListed]);

  const more = async () => {
    const answer = await askSafely(ask, 'saved.list', { query, offset: items.length, limit: LIST_PAGE });
    if (!answer.ok) return setStatus(`Could not read the notebook: ${answer.error.message}`);
    setItems((shown) => [...shown, ...answer.value.items.filter((item) => !shown.some((s) => s.id === item.id))]);
    setTotal(answer.value.total);
  };
  const remove = async (item: SavedItem) => {
    const answer = await askSafely(ask, 'saved.delete', { id: item.id });
    setStatus(answer.ok ? `Removed “${item.heading}”.` : `Not removed: ${answer.error.message}`);
    if (answer.ok && answer.value.deleted) {
      setItems((shown) => shown.filter((s) => s.id !== item.id));
      setTotal((n) => (n === null ? n : n - 1));
    }
  };
  const copy = async (text: string) => setStatus((await copyText(text)) ? 'Citation copied.' : 'The browser blocked the copy.');
  const rest = total === null ? 0 : total - items.length;

  return (
    <section data-options-panel="notebook" aria-labelledby="pl-notebook" data-total={total ?? ''}>
      <h2 id="pl-notebook">Saved questions{total !== null && !query ? ` (${total})` : ''}</h2>
      {total === 0 && !query ? (
        <p class="muted">Nothing saved yet. Type a note in the box beside a written answer and press “Save to notebook”.</p>
      ) : (
        <input type="search" aria-label="Search saved questions" placeholder="Search notes, tags, headings, names" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      )}
      {query && total !== null && <p class="small muted">{total === 0 ? `No saved question matches “${query}”.` : `${total} match “${query}”.`}</p>}
      <p role="status" class="small muted">{status}</p>
      <ul class="saved">
        {items.map((item) => <SavedEntry key={item.id} item={item} copy={copy} remove={remove} />)}
      </ul>
      {rest > 0 && <button type="button" data-notebook="more" onClick={more}>Show {Math.min(LIST_PAGE, rest)} more (of {rest} not shown)</button>}
    </section>
  );
}

function SavedEntry({ item, copy, remove }: { item: SavedItem; copy(text: string): void; remove(item: SavedItem): void }) {
  const href = safeHttpUrl(item.url);
  return (
    <li data-saved-id={item.id}>
      {href ? <a href={href} target="_blank" rel="noopener noreferrer">{item.heading}</a> : item.heading}
      <div class="small muted">{item.house} {item.uin}{item.department ? `, ${item.department}` : ''}{item.dateAnswered ? `, answered ${formatIsoDate(item.dateAnswered)}` : ''}</div>
      {item.note && <p class="note">{item.note}</p>}
      {item.tags.length > 0 && <div>{item.tags.map((t) => <span key={t} class="chip">{t}</span>)}</div>}
      <div class="row small">
        {CITATION_FORMS.map(({ form, label }) => {
          const text = citation(form, item);
          return text && <button key={form} type="button" title={text} onClick={() => copy(text)}>Copy {label}</button>;
        })}
        <button type="button" onClick={() => remove(item)}>Remove</button>
      </div>
    </li>
  );
}
