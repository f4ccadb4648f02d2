import { useEffect, useState } from 'preact/hooks';
import type { ResponseOf } from '../../protocol/messages';
import { MAX_NOTE_CHARS, type SavedItem } from '../../protocol/notebook';
import type { SidebarModel } from '../model';
import type { AskFn } from '../use-ask';
import { askSafely } from './ask-safely';
import { parseTags, savedIdFor, savedItemFrom } from './saved-item';

interface Props {
  model: SidebarModel;
  record: ResponseOf<'question.record'> | null;
  ask: AskFn;
  /** Called after a save or removal, so the saved list can refresh. */
  onChange(): void;
}

/** Save this question to the notebook with a note (plain text, several lines) and tags. */
export function SaveControl({ model, record, ask, onChange }: Props) {
  const id = savedIdFor(model);
  const [saved, setSaved] = useState<SavedItem | null>(null);
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (!id) return;
    void askSafely(ask, 'saved.get', { id }).then((answer) => {
      if (!answer.ok) return setStatus(`Could not read the notebook: ${answer.error.message}`);
      setSaved(answer.value.item);
      setNote(answer.value.item?.note ?? '');
      setTags(answer.value.item?.tags.join(', ') ?? '');
    });
  }, [ask, id]);

  if (!id) return <p class="small muted">This page lacks the UIN and date needed to save it.</p>;

  const save = async (event: Event) => {
    event.preventDefault();
    const item = savedItemFrom(model, record, note, parseTags(tags), saved, Date.now());
    if (!item) return setStatus('This page cannot be saved (no link to come back to).');
    const answer = await askSafely(ask, 'saved.put', { item });
    if (!answer.ok) return setStatus(`Not saved: ${answer.error.message}`);
    setSaved(answer.value.item);
    setEditing(false);
    setStatus('Saved in this browser');
    onChange();
  };
  const remove = async () => {
    const answer = await askSafely(ask, 'saved.delete', { id });
    if (!answer.ok) return setStatus(`Not removed: ${answer.error.message}`);
    setSaved(null);
    setEditing(false);
    setStatus('Removed from the notebook');
    onChange();
  };

  return (
    <div class="notebook" data-notebook="save" data-saved={saved ? 'yes' : 'no'}>
      {!editing && (
        <div class="links">
          <button type="button" onClick={() => setEditing(true)}>{saved ? 'Edit note' : 'Save to notebook'}</button>
          {saved && <button type="button" onClick={remove}>Remove</button>}
        </div>
      )}
      {!editing && saved && saved.note && <p class="saved-note">{saved.note}</p>}
      {!editing && saved && saved.tags.length > 0 && <p class="small">{saved.tags.map((t) => <span key={t} class="chip">{t}</span>)}</p>}
      {editing && (
        <form onSubmit={save}>
          <label class="small" for="pl-note">Note (stays in this browser)</label>
          <textarea id="pl-note" name="note" rows={4} maxLength={MAX_NOTE_CHARS} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          <label class="small" for="pl-tags">Tags, separated by commas</label>
          <input id="pl-tags" name="tags" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
          <div class="links">
            <button type="submit">{saved ? 'Save changes' : 'Save'}</button>
            <button type="button" onClick={() => setEditing(false)}>Cancel</button>
          </div>
        </form>
      )}
      <p role="status" class="small muted">{status}</p>
    </div>
  );
}
