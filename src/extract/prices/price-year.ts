import type { PriceYear } from './deflate';

/**
 * Which year a figure's prices are from. The text's own year wins when its clause names exactly
 * one: a financial year anywhere ("2019-20", "in the 2023/24 financial year") or a calendar year
 * after "in"/"during" ("in 2015"). Otherwise the answer date's calendar year. Two or more years in
 * the clause ("from 2021-22 to 2024-25") name a span, not a price year, so the date is used.
 */
export interface FoundPriceYear extends PriceYear {
  /** The words that gave the year, or null when it came from the answer date. */
  phrase: string | null;
}

/** "2019-20", "2019/20", "2019/2020", "2019–20": the second part must be the next year. */
const FINANCIAL_YEAR = /\b((?:19|20)\d\d)\s?[-/–]\s?((?:19|20)?\d\d)(?![\d/-])/g;
const CALENDAR_YEAR = /\b(?:in|during)\s+((?:19|20)\d\d)(?![\d/–-])/gi;

export function priceYearOf(clause: string, answerDate: string | null): FoundPriceYear | null {
  const financial = [...clause.matchAll(FINANCIAL_YEAR)].filter((m) => isNextYear(m[1]!, m[2]!));
  const financialYears = new Set(financial.map((m) => Number(m[1])));
  const calendar = [...clause.matchAll(CALENDAR_YEAR)];
  const calendarYears = new Set(calendar.map((m) => Number(m[1])));
  if (financialYears.size === 1 && calendarYears.size === 0) {
    return { year: Number(financial[0]![1]), financial: true, phrase: financialPhrase(clause, financial[0]!) };
  }
  if (calendarYears.size === 1 && financialYears.size === 0) {
    return { year: Number(calendar[0]![1]), financial: false, phrase: calendar[0]![0] };
  }
  const dated = answerDate ? /^(\d{4})-\d\d-\d\d$/.exec(answerDate) : null;
  return dated ? { year: Number(dated[1]), financial: false, phrase: null } : null;
}

function isNextYear(first: string, second: string): boolean {
  const start = Number(first);
  return second.length === 4 ? Number(second) === start + 1 : Number(second) === (start + 1) % 100;
}

/** The label with its "financial year" words when they follow, for the method line. */
function financialPhrase(clause: string, m: RegExpExecArray | RegExpMatchArray): string {
  const end = (m.index ?? 0) + m[0].length;
  const after = /^\s+(?:financial|fiscal)\s+year/i.exec(clause.slice(end));
  return after ? m[0] + after[0] : m[0];
}
