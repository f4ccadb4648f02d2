/**
 * Search terms for related questions. Written-question headings are "Subject: Detail" (e.g.
 * "Offences against Children: Internet"); the subject is what other questions on the topic share.
 * When the subject only names the answering department ("Ministry of Defence: Internet"), the
 * department group already covers it, so the detail is the topic.
 */

import { findMoney } from './money';

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The substring to search other questions for, or null when the heading gives nothing usable. */
export function topicSearchTerm(heading: string, department: string | null): string | null {
  const parts = heading.split(':').map(normalise).filter((part) => part.length >= 3);
  const dept = (department ?? '').toLowerCase().replace(/^(hm|his majesty's)\s+/, '');
  const core = dept.replace(/^(ministry|department|office)\s+(of|for)\s+(the\s+)?/, '');
  const namesDepartment = (part: string) => {
    const p = part.toLowerCase();
    return dept !== '' && (p === dept || p === core || p.startsWith(dept));
  };
  return parts.find((part) => !namesDepartment(part)) ?? null;
}

/**
 * The amount as the page spells it, for a substring search of earlier answers: departments reuse
 * their own wording when they announce money again, so the page's spelling finds the copies.
 */
export function amountSearchTerm(pageText: string): string | null {
  const term = normalise(pageText);
  // Only amounts with a digit: "millions of pounds" would match every vague sentence.
  return /\d/.test(term) ? term : null;
}

/** How many spellings of one amount are searched for at most (each is one search). */
export const MAX_SPELLINGS = 3;

/**
 * The page's spelling first, then the other ways departments write the same sterling sum:
 * "£40m" → "£40m", "£40 million", "£40,000,000" (issue 14: money seen before matches any
 * spelling). A range, a rate or another currency keeps only the page's spelling.
 */
export function amountSpellings(term: string): string[] {
  const [m, ...others] = findMoney(term);
  if (!m || others.length > 0 || m.value === null || m.valueMax !== undefined || m.per !== undefined || m.currency !== 'GBP') return [term];
  const v = m.value;
  const short = (scale: number) => String(Number((v / scale).toFixed(3)));
  const spellings = [term];
  if (v >= 1e9 && v % 1e6 === 0) spellings.push(`£${short(1e9)}bn`, `£${short(1e9)} billion`);
  else if (v >= 1e6 && v % 1e3 === 0) spellings.push(`£${short(1e6)}m`, `£${short(1e6)} million`);
  if (Number.isInteger(v)) spellings.push(`£${v.toLocaleString('en-GB')}`);
  return [...new Set(spellings)].slice(0, MAX_SPELLINGS);
}
