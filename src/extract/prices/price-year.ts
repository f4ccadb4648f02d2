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
const CALENDAR_YEAR = /\b(?:[Ii]n|[Dd]uring)\s+((?:19|20)\d\d)(?![\d/–-])/g;
const SENTENCE_BREAK = /[.!?]\s|\n/g;

export function priceYears(text: string, mentions: MoneyMention[], answerDate: string | null): (FoundPriceYear | null)[] {
  const dated = answerDate ? /^(\d{4})-\d\d-\d\d$/.exec(answerDate) : null;
  const fallback: FoundPriceYear | null = dated ? { year: Number(dated[1]), financial: false, phrase: null } : null;
  // Only the text near figures is read: a long answer costs no more than its figures need.
  const windows = windowsAround(text, mentions);
  const phrases = windows.flatMap(([from, to]) => yearPhrases(text.slice(from, to), from));
  if (phrases.length === 0) return mentions.map(() => fallback);
  const breaks = windows.flatMap(([from, to]) => [...text.slice(from, to).matchAll(SENTENCE_BREAK)].map((m) => from + m.index));
  // Positions in different windows are more than 2 × REACH apart: taken as different sentences.
  const windowStarts = windows.map((w) => w[0]);
  const sentenceOf = (at: number) => countBelow(breaks, at) + countBelow(windowStarts, at + 1) * 1e6;
  // Each figure's and each phrase's sentence, found once (a table answer has hundreds of both).
  const mentionSentences = mentions.map((m) => sentenceOf(m.start));
  const phraseSentences = phrases.map((p) => sentenceOf(p.start));
  const own = mentions.map((): YearPhrase[] => []);
  phrases.forEach((p, j) => {
    const nearest = nearestMention(mentions, mentionSentences, p, phraseSentences[j]!);
    if (nearest !== null) own[nearest]!.push(p);
  });
  return mentions.map((_, i) => {
    const mine = distinct(own[i]!);
    if (mine.length === 1) return strip(mine[0]!);
    if (mine.length > 1) return fallback;
    const inSentence = distinct(phrases.filter((_, j) => phraseSentences[j] === mentionSentences[i]));
    return inSentence.length === 1 ? strip(inSentence[0]!) : fallback;
  });
}

/** How many of the sorted numbers are below `at` (binary search: answers can hold hundreds of figures). */
function countBelow(sorted: number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How far either side of a figure its year is looked for. */
const REACH = 300;

/** [from, to) ranges within REACH of a figure, overlapping ones merged, in text order. */
function windowsAround(text: string, mentions: MoneyMention[]): [number, number][] {
  const windows: [number, number][] = [];
  for (const m of mentions) {
    const from = Math.max(0, m.start - REACH);
    const to = Math.min(text.length, m.end + REACH);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

function yearPhrases(text: string, offset: number): YearPhrase[] {
  const at = (m: RegExpExecArray | RegExpMatchArray) => ({ start: offset + (m.index ?? 0), end: offset + (m.index ?? 0) + m[0].length });
  const financial = [...text.matchAll(FINANCIAL_YEAR)]
    .filter((m) => isNextYear(m[1]!, m[2]!))
    .map((m) => ({ year: Number(m[1]), financial: true, phrase: m[0], ...at(m) }));
  const calendar = [...text.matchAll(CALENDAR_YEAR)].map((m) => ({ year: Number(m[1]), financial: false, phrase: m[0], ...at(m) }));
  return [...financial, ...calendar].sort((a, b) => a.start - b.start);
}

/** The mention closest to the phrase (gap between them) in the same sentence, or null. */
function nearestMention(mentions: MoneyMention[], mentionSentences: number[], p: YearPhrase, sentence: number): number | null {
  let best: number | null = null;
  let bestGap = Infinity;
  mentions.forEach((m, i) => {
    if (mentionSentences[i] !== sentence) return;
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
