import type { MoneyMention } from '../money-mention';
import type { PriceYear } from './deflate';

/**
 * Which year each figure's prices are from. A year the text names goes to the figure nearest to
 * it in the same sentence ("£5m in 2019-20 and £6m in 2020-21"): a financial year anywhere
 * ("2019-20", "in the 2023/24 financial year"), a calendar year after "in"/"during" ("in 2015";
 * "by 2030" is a deadline). A figure with no year of its own takes the sentence's, when the sentence
 * names exactly one; otherwise the answer date's calendar year. Two years for one figure ("from
 * 2021-22 to 2024-25") name a span, not a price year, so the answer date is used.
 */
export interface FoundPriceYear extends PriceYear {
  /** The words that gave the year, or null when it came from the answer date. */
  phrase: string | null;
}

interface YearPhrase extends FoundPriceYear {
  start: number;
  end: number;
}

/** "2019-20", "2019/20", "2019/2020", "2019–20": the second part must be the next year. */
const FINANCIAL_YEAR = /\b((?:19|20)\d\d)\s?[-/–]\s?((?:19|20)?\d\d)(?![\d/-])(?:\s+(?:financial|fiscal)\s+year)?/g;
const CALENDAR_YEAR = /\b(?:in|during)\s+((?:19|20)\d\d)(?![\d/–-])/gi;
const SENTENCE_BREAK = /[.!?]\s|\n/g;

export function priceYears(text: string, mentions: MoneyMention[], answerDate: string | null): (FoundPriceYear | null)[] {
  const dated = answerDate ? /^(\d{4})-\d\d-\d\d$/.exec(answerDate) : null;
  const fallback: FoundPriceYear | null = dated ? { year: Number(dated[1]), financial: false, phrase: null } : null;
  const phrases = yearPhrases(text);
  const breaks = [...text.matchAll(SENTENCE_BREAK)].map((m) => m.index);
  const sentenceOf = (at: number) => breaks.filter((b) => b < at).length;
  const own = mentions.map((): YearPhrase[] => []);
  for (const p of phrases) {
    const nearest = nearestMention(mentions, p, sentenceOf);
    if (nearest !== null) own[nearest]!.push(p);
  }
  return mentions.map((m, i) => {
    const mine = distinct(own[i]!);
    if (mine.length === 1) return strip(mine[0]!);
    if (mine.length > 1) return fallback;
    const inSentence = distinct(phrases.filter((p) => sentenceOf(p.start) === sentenceOf(m.start)));
    return inSentence.length === 1 ? strip(inSentence[0]!) : fallback;
  });
}

function yearPhrases(text: string): YearPhrase[] {
  const financial = [...text.matchAll(FINANCIAL_YEAR)]
    .filter((m) => isNextYear(m[1]!, m[2]!))
    .map((m) => ({ year: Number(m[1]), financial: true, phrase: m[0], start: m.index, end: m.index + m[0].length }));
  const calendar = [...text.matchAll(CALENDAR_YEAR)].map((m) => ({
    year: Number(m[1]), financial: false, phrase: m[0], start: m.index, end: m.index + m[0].length,
  }));
  return [...financial, ...calendar].sort((a, b) => a.start - b.start);
}

/** The mention closest to the phrase (gap between them) in the same sentence, or null. */
function nearestMention(mentions: MoneyMention[], p: YearPhrase, sentenceOf: (at: number) => number): number | null {
  let best: number | null = null;
  let bestGap = Infinity;
  mentions.forEach((m, i) => {
    if (sentenceOf(m.start) !== sentenceOf(p.start)) return;
    const gap = m.end <= p.start ? p.start - m.end : m.start - p.end;
    if (gap >= 0 && gap < bestGap) [best, bestGap] = [i, gap];
  });
  return best;
}

function distinct(phrases: YearPhrase[]): YearPhrase[] {
  const seen = new Set<string>();
  return phrases.filter((p) => {
    const key = `${p.year}${p.financial}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

function strip({ year, financial, phrase }: YearPhrase): FoundPriceYear {
  return { year, financial, phrase };
}

function isNextYear(first: string, second: string): boolean {
  const start = Number(first);
  return second.length === 4 ? Number(second) === start + 1 : Number(second) === (start + 1) % 100;
}
