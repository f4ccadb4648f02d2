import { useState } from 'preact/hooks';
import type { SavedItem } from '../protocol/notebook';
import { askSafely } from '../sidebar/notebook/ask-safely';
import { savedItemsCsv } from '../sidebar/notebook/csv';
import type { AskFn } from '../sidebar/use-ask';

/** Largest file we try to read: a notebook of thousands of long notes is still far below this. */
const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

interface Props {
  ask: AskFn;
  items: SavedItem[];
  reload(): Promise<void>;
}

/** Export the notebook and settings (JSON, which round-trips; CSV for spreadsheets) and import a JSON export. */
export function TransferPanel({ ask, items, reload }: Props) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const exportJson = async () => {
    const answer = await askSafely(ask, 'saved.export', {});
    if (!answer.ok) return setStatus({ ok: false, text: `Export failed: ${answer.error.message}` });
    download(`parliament-lens-notebook-${today()}.json`, 'application/json', JSON.stringify(answer.value, null, 2));
    setStatus({ ok: true, text: `Exported ${answer.value.saved.length} saved questions and your settings.` });
  };
  const exportCsv = () => {
    download(`parliament-lens-notebook-${today()}.csv`, 'text/csv', savedItemsCsv(items));
    setStatus({ ok: true, text: `Exported ${items.length} saved questions as CSV.` });
  };
  const importFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // the same file can be picked again after a fix
    if (!file) return;
    setStatus({ ok: true, text: `Reading ${file.name}…` });
    setStatus(await importText(ask, file));
    await reload();
  };

  return (
    <section data-options-panel="transfer" aria-labelledby="pl-transfer">
      <h2 id="pl-transfer">Export and import</h2>
      <div class="row">
        <button type="button" onClick={exportJson}>Export notebook (JSON)</button>
        <button type="button" onClick={exportCsv}>Export notebook (CSV)</button>
      </div>
      <label>
        Import a notebook exported from Parliament Lens (JSON): <input type="file" name="import" accept=".json,application/json" onChange={importFile} />
      </label>
      <p class="small muted">Importing adds the file’s questions and replaces ones with the same question id; it never deletes. A file that is not a Parliament Lens notebook, or is damaged, is refused whole.</p>
      {status && (
        <p data-transfer-status={status.ok ? 'ok' : 'refused'} role={status.ok ? 'status' : 'alert'} class={status.ok ? '' : 'problem'}>{status.text}</p>
      )}
    </section>
  );
}

async function importText(ask: AskFn, file: File): Promise<{ ok: boolean; text: string }> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, text: `${file.name} is too large to be a notebook export. Nothing was changed.` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch {
    return { ok: false, text: `${file.name} is not JSON, so it is not a Parliament Lens notebook file. Nothing was changed.` };
  }
  const answer = await askSafely(ask, 'saved.import', { file: parsed });
  if (!answer.ok) return { ok: false, text: answer.error.message };
  const settings = answer.value.settings ? ' and the settings' : '';
  return { ok: true, text: `Imported ${answer.value.imported} saved questions${settings} from ${file.name}.` };
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

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
