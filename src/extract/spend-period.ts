import type { MoneyMention } from './money-mention';

/**
 * The period a figure is spread over, read from the words just after it: "an extra £21 million
 * over the following 18 months" → 1.5 years, so £14 million a year.
 *
 * How lengths are counted (a reviewer should know):
 * - "over three years", "for 13 years", "over the following 18 months" (÷ 12), "over a decade".
 * - Year ranges subtract boundaries: "from 2021 to 2025" → 4, "between 2022 and 2027" → 5.
 *   A financial year label starts in its first year and ends in its second, so
 *   "from 2021-22 to 2024-25" → 2025 − 2021 = 4 (four financial years), "2022/23 to 2024/25" → 3,
 *   and "over 2022-25" → 3.
 * - One financial year ("in 2023/24", "for the 2023/24 financial year") → 1; so do "this financial
 *   year", "last year", "next year", but only directly after the figure. A bare "in 2022" is a date.
 * - Up to six words may stand between figure and period, within the sentence and before any other
 *   currency sign; "within two years", "by 2030", "to 2028" name deadlines, not periods.
 * - "over the spending review period", "this Parliament" are periods of unknown length: years null.
 * - "a year", "per annum", "each year" are rates (the mention's `per`), never periods.
 */
export interface SpendPeriod {
  /** Length in years; null when the phrase names a period without a fixed length. */
  years: number | null;
  /** UTF-16 offsets of the phrase in the text (end exclusive). */
  start: number;
  end: number;
  phrase: string;
}

/** At most this many words between the figure and the period ("£259 million of capital funding over…"). */
const MAX_WORDS_BETWEEN = 6;
/** Looked at no further than this past the figure. */
const MAX_WINDOW = 160;

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
};
/** Years per unit as a fraction, so 18 months is 18 ÷ 12 = 1.5 exactly (not 18 × 0.0833…). */
const UNIT_YEARS: Record<string, { times: number; per: number }> = {
  year: { times: 1, per: 1 }, month: { times: 1, per: 12 }, week: { times: 1, per: 52 }, decade: { times: 10, per: 1 },
};

const COUNT = `(\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})`;
const UNIT = '(year|month|week|decade)s?';
const PREPOSITION = '(?:over|across|for|during|spanning|covering)';
const ORDINAL = '(?:(?:following|next|coming|first|last|past|previous|subsequent|remaining)\\s+)?';
/** 2021, 2021-22, 2021/22, 2021/2022 (the second part ends a financial year). */
const YEAR = '((?:19|20)\\d\\d)(?:\\s?[-/–]\\s?((?:19|20)?\\d\\d))?';

const FINANCIAL_YEARS = '((?:19|20)\\d\\d)\\s?[-/–]\\s?((?:19|20)?\\d\\d)';

/** Each pattern starts at a word boundary; the earliest match after the figure wins. */
const PERIOD_PATTERNS: { pattern: RegExp; years: (m: RegExpExecArray) => number | null; adjacent?: true }[] = [
  // "over the course of the next five years", "for 13 years", "over an 18-month period"
  {
    pattern: new RegExp(
      `\\b${PREPOSITION}\\s+(?:the\\s+course\\s+of\\s+)?(?:(?:the|a|an)\\s+)?${ORDINAL}${COUNT}[\\s-]?${UNIT}(?:\\s+period)?(?![a-z])`,
      'iy',
    ),
    years: (m) => durationYears(m[1], m[2]),
  },
  // "from 2021 to 2025", "between 2022 and 2027", "over the years 2023/24 to 2033/34"
  {
    pattern: new RegExp(
      `\\b(?:from|between|${PREPOSITION}\\s+the\\s+(?:years|period)(?:\\s+from)?)\\s+${YEAR}\\s+(?:to|and|until|through)\\s+${YEAR}(?![\\d/])`,
      'iy',
    ),
    years: (m) => yearSpan(m[1], m[3], m[4]),
  },
  // "over 2022-25", "in 2023/24", "for the 2023/24 financial year" (a bare "in 2022" is a date, not a span)
  {
    pattern: new RegExp(`\\b(?:${PREPOSITION}|in)\\s+(?:the\\s+)?${FINANCIAL_YEARS}(?![\\d/])(?:\\s+(?:financial|academic)\\s+year)?`, 'iy'),
    years: (m) => yearSpan(m[1], m[1], m[2]),
  },
  // "£150 million this financial year", "£8.3bn last year": only right after the figure, since
  // "£8.4 million more than the Council will receive this year" is not spread over the year.
  {
    pattern: /\b(?:(?:in|during|for)\s+)?(?:this|next|last)\s+(?:financial\s+)?year(?![a-z])/iy,
    years: () => 1,
    adjacent: true,
  },
  // "over the spending review period", "across this Parliament", "over the next parliament"
  {
    pattern:
      /\b(?:(?:over|across|during|for|in)\s+)?(?:the\s+(?:course|lifetime|life)\s+of\s+)?(?:the|this|that)\s+(?:(?:current|next)\s+)?(?:spending\s+review(?:\s+period)?|spending\s+period|SR\s+period|parliament)(?![a-z])/iy,
    years: () => null,
  },
];

export function findSpendPeriod(text: string, mention: MoneyMention): SpendPeriod | null {
  const windowEnd = sentenceEnd(text, mention.end);
  WORD_START.lastIndex = mention.end;
  let wordsBetween = 0;
  for (let m = WORD_START.exec(text); m && m.index < windowEnd; m = WORD_START.exec(text)) {
    const period = periodAt(text, m.index, windowEnd, wordsBetween === 0);
    if (period) return period;
    if (++wordsBetween > MAX_WORDS_BETWEEN) break;
  }
  return null;
}

/**
 * Money per year: the figure itself when it is already a yearly (or monthly, weekly) rate,
 * otherwise value ÷ years. Null when unknown: vague figures, ranges (one number cannot say
 * "£2.5–5 million a year"), rates per something else ("per pupil"), periods without a length.
 */
export function yearlyRate(mention: MoneyMention, period: SpendPeriod | null): number | null {
  if (mention.value === null || mention.valueMax !== undefined) return null;
  if (mention.per !== undefined) {
    const perYear = RATES_PER_YEAR[mention.per];
    return perYear === undefined ? null : mention.value * perYear;
  }
  if (!period || period.years === null || period.years <= 0) return null;
  return mention.value / period.years;
}

const RATES_PER_YEAR: Record<string, number> = { year: 1, month: 12, week: 52 };
/** The start of each word (letters or digits) after the figure. */
const WORD_START = /[A-Za-z0-9]+/g;

function periodAt(text: string, at: number, windowEnd: number, adjacent: boolean): SpendPeriod | null {
  for (const { pattern, years, adjacent: adjacentOnly } of PERIOD_PATTERNS) {
    if (adjacentOnly && !adjacent) continue;
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (m && pattern.lastIndex <= windowEnd) {
      return { years: years(m), start: at, end: pattern.lastIndex, phrase: m[0] };
    }
  }
  return null;
}

/**
 * The window ends at the end of the sentence, or at the next currency sign: a period after
 * another figure belongs to that figure. A full stop only ends a sentence before a space
 * ("2.5 years" does not).
 */
function sentenceEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_WINDOW);
  SENTENCE_END.lastIndex = from;
  const m = SENTENCE_END.exec(text);
  return m && m.index < limit ? m.index : limit;
}

const SENTENCE_END = /[.!?](?:\s|$)|[;\n£$€]/g;

function durationYears(count: string | undefined, unit: string | undefined): number {
  const n = count === undefined ? 0 : (NUMBER_WORDS[count.toLowerCase()] ?? Number(count));
  const { times, per } = UNIT_YEARS[(unit ?? '').toLowerCase()] ?? { times: 0, per: 1 };
  return (n * times) / per;
}

/**
 * Boundary arithmetic: from the first year to the end of the last label ("2024-25" ends in 2025,
 * a bare "2025" in 2025). Null when the range runs backwards.
 */
function yearSpan(first: string | undefined, lastStart: string | undefined, lastEnd: string | undefined): number | null {
  if (first === undefined || lastStart === undefined) return null;
  const from = Number(first);
  const to = lastEnd === undefined ? Number(lastStart) : fullYear(lastEnd, Number(lastStart));
  return to > from ? to - from : null;
}

/** "25" after 2022 is 2025; "2025" is 2025. */
function fullYear(label: string, after: number): number {
  if (label.length === 4) return Number(label);
  const century = Math.floor(after / 100) * 100;
  const year = century + Number(label);
  return year > after ? year : year + 100;
}
