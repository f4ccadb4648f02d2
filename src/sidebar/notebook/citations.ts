/**
 * The citation forms a reader can copy (issue 6), from a saved item or the page's question. Each
 * form uses only what the data has; a form the data cannot support is null, not a guess.
 */
import type { SavedItem } from '../../protocol/notebook';
import { formatIsoDate } from '../dates';

export type Citable = Pick<SavedItem, 'heading' | 'house' | 'uin' | 'department' | 'dateTabled' | 'dateAnswered' | 'url'>;

export type CitationForm = 'twfy' | 'official' | 'markdown';
export const CITATION_FORMS: { form: CitationForm; label: string }[] = [
  { form: 'official', label: 'Official' },
  { form: 'twfy', label: 'TheyWorkForYou' },
  { form: 'markdown', label: 'Markdown link' },
];

export function citation(form: CitationForm, q: Citable): string | null {
  if (form === 'twfy') return twfyCitation(q);
  if (form === 'official') return officialCitation(q);
  return markdownLink(q);
}

/**
 * TheyWorkForYou's own form for a written answer, "HC Deb, 8 February 2019, cW": the house's
 * debates, the answer date, "cW" for the written-answers column. Needs the answer date.
 */
export function twfyCitation(q: Citable): string | null {
  if (!q.dateAnswered) return null;
  return `${q.house === 'Lords' ? 'HL' : 'HC'} Deb, ${formatIsoDate(q.dateAnswered)}, cW`;
}

/** "Written question 215246, tabled 31 January 2019, answered 8 February 2019, Home Office". */
export function officialCitation(q: Citable): string {
  const parts = [`Written question ${q.uin}`];
  if (q.dateTabled) parts.push(`tabled ${formatIsoDate(q.dateTabled)}`);
  parts.push(q.dateAnswered ? `answered ${formatIsoDate(q.dateAnswered)}` : 'not yet answered');
  if (q.department) parts.push(q.department);
  return parts.join(', ');
}

/** "[Heading (HC written question 215246)](https://…)"; brackets in the heading are escaped. */
export function markdownLink(q: Citable): string {
  const text = `${q.heading} (${q.house === 'Lords' ? 'HL' : 'HC'} written question ${q.uin})`.replace(/([\\[\]])/g, '\\$1');
  const url = q.url.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
  return `[${text}](${url})`;
}
