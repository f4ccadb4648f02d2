import { useState } from 'preact/hooks';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ITEMS, type OnConflict } from '../protocol/notebook';
import { askSafely } from '../sidebar/notebook/ask-safely';
import { savedItemsCsv } from '../sidebar/notebook/csv';
import type { AskFn } from '../sidebar/use-ask';
import { importSummary, readNotebookFile } from './notebook-file';

interface Props {
  ask: AskFn;
  /** Called after an import changed something, so the list and settings are read again. */
  afterImport(): Promise<void>;
}

type Status = { ok: boolean; text: string } | null;

const CONFLICT_CHOICES: [OnConflict, string][] = [
  ['both', 'Keep both notes in one (yours first)'],
  ['mine', 'Keep yours'],
  ['theirs', 'Use the file’s'],
];

/** Export the notebook and settings (JSON, which round-trips; CSV for spreadsheets) and import a JSON export. */
export function TransferPanel({ ask, afterImport }: Props) {
  const [status, setStatus] = useState<Status>(null);
  const [onConflict, setOnConflict] = useState<OnConflict>('both');
  const [withSettings, setWithSettings] = useState(false);

  const exportAs = async (kind: 'json' | 'csv') => {
    const file = await readNotebookFile(ask);
    if (!file.ok) return setStatus({ ok: false, text: `Export failed: ${file.error.message}` });
    const name = `parliament-lens-notebook-${file.value.exportedAt.slice(0, 10)}`;
    if (kind === 'json') download(`${name}.json`, 'application/json', JSON.stringify(file.value, null, 2));
    else download(`${name}.csv`, 'text/csv', savedItemsCsv(file.value.saved));
    setStatus({ ok: true, text: kind === 'json' ? `Exported ${file.value.saved.length} saved questions and your settings.` : `Exported ${file.value.saved.length} saved questions as CSV.` });
  };
  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // the same file can be picked again after a fix
    if (!file) return;
    setStatus({ ok: true, text: `Reading ${file.name}…` });
    const outcome = await importText(ask, file, onConflict, withSettings);
    setStatus(outcome);
    if (outcome.ok) await afterImport();
  };

  return (
    <section data-options-panel="transfer" aria-labelledby="pl-transfer">
      <h2 id="pl-transfer">Export and import</h2>
      <div class="row">
        <button type="button" onClick={() => exportAs('json')}>Export notebook (JSON)</button>
        <button type="button" onClick={() => exportAs('csv')}>Export notebook (CSV)</button>
      </div>
      <fieldset>
        <legend>When an imported question is already in your notebook with a different note or tags</legend>
        {CONFLICT_CHOICES.map(([value, label]) => (
          <label key={value}>
            <input type="radio" name="on-conflict" value={value} checked={onConflict === value} onChange={() => setOnConflict(value)} /> {label}
          </label>
        ))}
      </fieldset>
      <label>
        <input type="checkbox" name="import-settings" checked={withSettings} onChange={(e) => setWithSettings(e.currentTarget.checked)} /> Also use the file’s settings (sites, sections); you will be told each one it changes
      </label>
      <label>
        Import a notebook exported from Parliament Lens (JSON): <input type="file" name="import" accept=".json,application/json" onChange={importFile} />
      </label>
      <p class="small muted">
        Importing adds the file’s questions; it never deletes, and never replaces a note of yours unless you chose “Use the file’s”. At most {MAX_IMPORT_ITEMS.toLocaleString('en-GB')} questions and {MAX_IMPORT_BYTES / 1024 / 1024} MB per file. A file that is not a Parliament Lens notebook, is damaged or is over those limits is refused whole.
      </p>
      {status && (
        <p data-transfer-status={status.ok ? 'ok' : 'refused'} role={status.ok ? 'status' : 'alert'} class={status.ok ? '' : 'problem'}>{status.text}</p>
      )}
    </section>
  );
}

async function importText(ask: AskFn, file: File, onConflict: OnConflict, settings: boolean): Promise<{ ok: boolean; text: string }> {
  if (file.size > MAX_IMPORT_BYTES) {
    return { ok: false, text: `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; Parliament Lens imports notebook files of at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Nothing was changed.` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch {
    return { ok: false, text: `${file.name} is not JSON, so it is not a Parliament Lens notebook file. Nothing was changed.` };
  }
  const answer = await askSafely(ask, 'saved.import', { file: parsed, onConflict, settings });
  if (!answer.ok) return { ok: false, text: answer.error.message };
  return { ok: true, text: importSummary(file.name, answer.value) };
}

/** A file the browser saves: a Blob behind a temporary link, revoked once clicked. */
function download(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
