/**
 * References to other written questions in question and answer text, e.g.
 *   "pursuant to the Answer of 3 March 2019 to Question 12345"
 *   "I refer the hon. Member to the answer I gave on 4 May 2023 to Question 12345"
 *   "to the Answers of 24 November 2023 and 11 December 2023 to Questions 2123 and 4902"
 *   "the answer provided to PQ 1578", "UIN HL1234", "my previous answer to UIN 5635 on 14th December"
 * Pure text in, plain data out: the background resolves each UIN to a question record.
 */

export interface QuestionRef {
  /** "12345" or "HL1234", upper case. */
  uin: string;
  /** The date of the answer referred to (ISO day), when the text gives one. */
  answerDate: string | null;
  /** UTF-16 offsets of the whole reference in the text (end exclusive), shared by a list's UINs. */
  start: number;
  end: number;
}

const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DATE = String.raw`(\d{1,2})(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\s+(\d{4}))?`;
const UIN = String.raw`(?:HL\s?)?\d{2,7}`;
/** Each UIN inside a matched reference (a global pattern: matchAll walks it, so it is safe to share). */
const UIN_GLOBAL = new RegExp(UIN, 'gi');
/** A keyword that says "what follows is a question number", then the first number. */
const LEAD = String.raw`\b(?:(?:Parliamentary|Written)\s+)?(?:Questions?(?:\s+(?:number|No\.?|UIN))?|PQs?(?:\s+UIN)?|UINs?)\s*:?\s*(${UIN})\b`;
/** More numbers in a list: "5901, 5897 and 5898", "PQ 4875 and PQ 4876"; not the day in "and 11 December". */
const MORE = String.raw`(?:\s*(?:,|and|&)\s*(?:(?:PQ|UIN|Question)\s*)?${UIN}\b(?!(?:st|nd|rd|th)?\s+(?:${MONTH_NAMES})))*`;
const REFERENCE = new RegExp(`${LEAD}${MORE}|\\b(HL\\d{3,6})\\b`, 'gi');
const DATE_ANYWHERE = new RegExp(DATE, 'gi');
/** A date straight after the reference: "to UIN 5635 on 14th December". */
const DATE_AFTER = new RegExp(String.raw`^\s*,?\s*(?:on|of|dated|answered on)\s+${DATE}`, 'i');
/** The clause before a reference speaks of an answer (so its dates are answer dates). */
const ANSWER_WORDS = /\b(?:answers?|replies|reply|response|responded|gave|given|provided)\b/i;

/**
 * Every question reference in `text`, one per UIN, in text order. `contextDate` (ISO, e.g. the
 * question's tabled date) supplies the year when the text leaves it out ("30 November").
 */
export function findQuestionRefs(text: string, contextDate: string | null = null): QuestionRef[] {
  const refs: QuestionRef[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(REFERENCE)) {
    const start = match.index;
    const end = start + match[0].length;
    const uins = [...match[0].matchAll(UIN_GLOBAL)].map((m) => m[0].replace(/\s/g, '').toUpperCase());
    const dates = answerDatesBefore(text, start, previousEnd, contextDate);
    previousEnd = end;
    const after = dates.length ? null : DATE_AFTER.exec(text.slice(end, end + 40));
    const afterDate = after ? isoDate(after[1]!, after[2]!, after[3], contextDate) : null;
    uins.forEach((uin, i) => {
      // One date for all, or dates paired with the UINs in order ("Answers of A and B to Questions 1 and 2").
      const answerDate = dates.length === uins.length ? dates[i]! : dates.length === 1 ? dates[0]! : afterDate;
      refs.push({ uin, answerDate, start, end });
    });
  }
  return refs;
}

/**
 * The dates in the clause just before a reference, when that clause is about an answer. Dates
 * before an earlier reference belong to it ("Answers of 8 December to Question 1 and 11 December
 * to Question 2").
 */
function answerDatesBefore(text: string, start: number, previousEnd: number, contextDate: string | null): string[] {
  const clause = clauseBefore(text, start);
  if (!ANSWER_WORDS.test(clause)) return [];
  const own = text.slice(Math.max(start - clause.length, previousEnd), start);
  const dates: string[] = [];
  for (const m of own.matchAll(DATE_ANYWHERE)) {
    const iso = isoDate(m[1]!, m[2]!, m[3], contextDate);
    if (iso) dates.push(iso);
  }
  return dates;
}

/** Up to 120 characters back to the last sentence end ("hon." and "No." do not end one). */
function clauseBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - 120), start);
  let cut = 0;
  for (const m of window.matchAll(/[.;?!]\s+(?=[A-Z])/g)) {
    const word = window.slice(0, m.index).match(/(\w+)$/)?.[1]?.toLowerCase();
    if (word !== 'hon' && word !== 'no' && word !== 'rt') cut = m.index + m[0].length;
  }
  return window.slice(cut);
}

/** "4", "May", "2023" → "2023-05-04"; without a year, the latest such day on or before the context date. */
function isoDate(day: string, month: string, year: string | undefined, contextDate: string | null): string | null {
  const m = MONTHS.indexOf(month.toLowerCase());
  const d = Number(day);
  if (m < 0 || d < 1 || d > 31) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (year) return `${year}-${pad(m + 1)}-${pad(d)}`;
  if (!contextDate) return null;
  const contextYear = Number(contextDate.slice(0, 4));
  const sameYear = `${contextYear}-${pad(m + 1)}-${pad(d)}`;
  return sameYear <= contextDate ? sameYear : `${contextYear - 1}-${pad(m + 1)}-${pad(d)}`;
}

/** The distinct UINs referred to, without the question's own (and its grouped ones), first date kept. */
export function distinctRefs(refs: QuestionRef[], exclude: string[] = []): QuestionRef[] {
  const skip = new Set(exclude.map((u) => u.toUpperCase()));
  const seen = new Map<string, QuestionRef>();
  for (const ref of refs) {
    if (skip.has(ref.uin)) continue;
    const known = seen.get(ref.uin);
    if (!known) seen.set(ref.uin, ref);
    else if (!known.answerDate && ref.answerDate) seen.set(ref.uin, { ...known, answerDate: ref.answerDate });
  }
  return [...seen.values()];
}
