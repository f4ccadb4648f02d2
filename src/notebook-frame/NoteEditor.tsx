import { useEffect, useState } from 'preact/hooks';
import type { NotebookContext } from '../protocol/notebook-context';
import { MAX_NOTE_CHARS, type SavedItem } from '../protocol/notebook';
import { formatIsoDate } from '../sidebar/dates';
import { askSafely } from '../sidebar/notebook/ask-safely';
import { parseTags, savedItemFrom } from '../sidebar/notebook/saved-item';
import { useAsk, type AskFn } from '../sidebar/use-ask';

interface Props {
  context: NotebookContext;
  ask: AskFn;
}

/**
 * The note and tags for the page's question, always open for typing: saving is one click. Every
 * write comes from the reader's own input in this document; the page cannot reach into it.
 */
export function NoteEditor({ context, ask }: Props) {
  const [saved, setSaved] = useState<SavedItem | null | undefined>(undefined);
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  // The official department and dates for the saved item (cached by the background: no new request).
  const record = useAsk(ask, 'question.record', context.lookup);

  useEffect(() => {
    void askSafely(ask, 'saved.get', { id: context.id }).then((answer) => {
      if (!answer.ok) return setStatus(`Could not read the notebook: ${answer.error.message}`);
      setSaved(answer.value.item);
      setNote(answer.value.item?.note ?? '');
      setTags(answer.value.item?.tags.join(', ') ?? '');
    });
  }, [ask, context.id]);

  const save = async (event: Event) => {
    event.preventDefault();
    const item = savedItemFrom(context, record.state === 'ready' ? record.value : null, note, parseTags(tags), saved ?? null, Date.now());
    const answer = await askSafely(ask, 'saved.put', { item });
    if (!answer.ok) return setStatus(`Not saved: ${answer.error.message}`);
    setSaved(answer.value.item);
    setStatus('Saved in this browser');
  };
  const remove = async () => {
    setConfirming(false);
    const answer = await askSafely(ask, 'saved.delete', { id: context.id });
    if (!answer.ok) return setStatus(`Not removed: ${answer.error.message}`);
    setSaved(null);
    setNote('');
    setTags('');
    setStatus('Removed from the notebook');
  };

  return (
    <form onSubmit={save} data-notebook="editor" data-saved={saved === undefined ? 'unknown' : saved ? 'yes' : 'no'}>
      <div class="head">
        <p class={`state ${saved ? 'saved' : 'muted'}`}>{stateLine(saved)}</p>
        <button type="button" class="quiet" data-notebook="open-options" onClick={() => void askSafely(ask, 'options.open', {})}>Open the notebook</button>
      </div>
      <label for="note">Your note (private: stays in this browser)</label>
      <textarea id="note" name="note" maxLength={MAX_NOTE_CHARS} value={note} onInput={(e) => setNote(e.currentTarget.value)} disabled={saved === undefined} />
      <label for="tags">Tags, separated by commas</label>
      <input id="tags" name="tags" value={tags} onInput={(e) => setTags(e.currentTarget.value)} disabled={saved === undefined} />
      <div class="row">
        {confirming ? (
          <>
            <span class="small">Remove this question and its note?</span>
            <button type="button" data-notebook="confirm-remove" onClick={remove}>Yes, remove</button>
            <button type="button" onClick={() => setConfirming(false)}>Keep</button>
          </>
        ) : (
          <>
            <button type="submit" disabled={saved === undefined}>{saved ? 'Save changes' : 'Save to notebook'}</button>
            {saved && <button type="button" data-notebook="remove" onClick={() => setConfirming(true)}>Remove</button>}
          </>
        )}
      </div>
      <p role="status">{status}</p>
    </form>
  );
}

function stateLine(saved: SavedItem | null | undefined): string {
  if (saved === undefined) return 'Reading your notebook…';
  if (!saved) return 'Not in your notebook yet.';
  return `Saved on ${formatIsoDate(new Date(saved.savedAt).toISOString().slice(0, 10))}.`;
}
