/**
 * Saved items as CSV for spreadsheets (RFC 4180: every field quoted, quotes doubled, CRLF rows).
 * JSON is the export that round-trips; CSV is for reading. A cell that a spreadsheet would run as
 * a formula (=, +, -, @ first) gets a leading apostrophe: notes are text, never formulas.
 */
import type { SavedItem } from '../../protocol/notebook';
import { officialCitation, twfyCitation } from './citations';

const COLUMNS: [string, (item: SavedItem) => string][] = [
  ['id', (i) => i.id],
  ['heading', (i) => i.heading],
  ['house', (i) => i.house],
  ['uin', (i) => i.uin],
  ['department', (i) => i.department ?? ''],
  ['date_tabled', (i) => i.dateTabled ?? ''],
  ['date_answered', (i) => i.dateAnswered ?? ''],
  ['asker', (i) => i.askerName ?? ''],
  ['answerer', (i) => i.answererName ?? ''],
  ['tags', (i) => i.tags.join('; ')],
  ['note', (i) => i.note],
  ['citation_official', (i) => officialCitation(i)],
  ['citation_twfy', (i) => twfyCitation(i) ?? ''],
  ['url', (i) => i.url],
  ['official_url', (i) => i.officialUrl ?? ''],
  ['saved_at', (i) => new Date(i.savedAt).toISOString()],
  ['updated_at', (i) => new Date(i.updatedAt).toISOString()],
];

export function savedItemsCsv(items: readonly SavedItem[]): string {
  const rows = [COLUMNS.map(([name]) => name), ...items.map((item) => COLUMNS.map(([, cell]) => cell(item)))];
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}
