import { useState } from 'preact/hooks';
import type { SavedItem } from '../protocol/notebook';
import { formatIsoDate } from '../sidebar/dates';
import { askSafely } from '../sidebar/notebook/ask-safely';
import { citation, CITATION_FORMS } from '../sidebar/notebook/citations';
import { copyText } from '../sidebar/notebook/copy-text';
import { matchesSearch } from '../sidebar/notebook/saved-item';
import { safeHttpUrl } from '../sidebar/safe-url';
import type { AskFn } from '../sidebar/use-ask';

/** Every saved question: searchable, with its note (as text), tags, a link back, citations and removal. */
export function NotebookPanel({ items, ask, reload }: { items: SavedItem[]; ask: AskFn; reload(): Promise<void> }) {
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const shown = items.filter((item) => matchesSearch(item, query));
  const remove = async (item: SavedItem) => {
    const answer = await askSafely(ask, 'saved.delete', { id: item.id });
    setStatus(answer.ok ? `Removed “${item.heading}”.` : `Not removed: ${answer.error.message}`);
    await reload();
  };
  const copy = async (text: string) => setStatus((await copyText(text)) ? 'Citation copied.' : 'The browser blocked the copy.');
  return (
    <section data-options-panel="notebook" aria-labelledby="pl-notebook">
      <h2 id="pl-notebook">Saved questions ({items.length})</h2>
      {items.length === 0 ? (
        <p class="muted">Nothing saved yet. Use “Save to notebook” in the sidebar beside a written answer.</p>
      ) : (
        <input type="search" aria-label="Search saved questions" placeholder="Search notes, tags, headings, names" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      )}
      <p role="status" class="small muted">{status}</p>
      <ul class="saved">
        {shown.map((item) => (
          <li key={item.id} data-saved-id={item.id}>
            {safeHttpUrl(item.url) ? <a href={safeHttpUrl(item.url)} target="_blank" rel="noopener noreferrer">{item.heading}</a> : item.heading}
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
        ))}
      </ul>
      {items.length > 0 && shown.length === 0 && <p class="muted">No saved question matches “{query}”.</p>}
    </section>
  );
}
