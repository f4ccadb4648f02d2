import type { MoneyMention } from '../extract/money-mention';
import { formatMoney, moneyInWords } from '../extract/money-format';
import { findSpendPeriod, yearlyRate } from '../extract/spend-period';
import type { FigureView, LedgerView } from '../sidebar/model';

/** Turns the money mentions of a text into the sidebar's ledger: display strings, rates, total. */
export function buildLedger(text: string, mentions: MoneyMention[]): LedgerView {
  const figures = mentions.map((mention, index) => figureView(text, mention, index));
  return { figures, ...total(figures) };
}

function figureView(text: string, m: MoneyMention, index: number): FigureView {
  const words = text.slice(m.start, m.end);
  return {
    index,
    text: words,
    value: m.value,
    valueMax: m.valueMax ?? null,
    currency: m.currency,
    display: displayOf(words, m),
    spoken: spokenOf(words, m),
    per: m.per ? perPhrase(m.per) : null,
    yearly: yearlyOf(text, m),
    context: sentenceAround(text, m.start, m.end),
  };
}

function displayOf(text: string, m: MoneyMention): string {
  if (m.value === null) return `${text} (no amount given)`;
  const low = formatMoney(m.value, m.currency);
  return m.valueMax === undefined ? low : `${low} to ${formatMoney(m.valueMax, m.currency)}`;
}

function spokenOf(text: string, m: MoneyMention): string {
  if (m.value === null) return `${text}, no amount given`;
  const low = moneyInWords(m.value, m.currency);
  return m.valueMax === undefined ? low : `${low} to ${moneyInWords(m.valueMax, m.currency)}`;
}

/** "year" → "a year"; "pupil" → "per pupil". */
function perPhrase(per: string): string {
  return ['year', 'month', 'week', 'day', 'hour'].includes(per) ? `a ${per}` : `per ${per}`;
}

function yearlyOf(text: string, m: MoneyMention): FigureView['yearly'] {
  if (m.per) return null; // already a rate; a period after it would be double counting
  const period = findSpendPeriod(text, m);
  if (!period) return null;
  const rate = yearlyRate(m, period);
  if (rate === null) return null;
  return { phrase: period.phrase, display: `${formatMoney(rate, m.currency)} a year` };
}

/**
 * The ledger's total: valued sterling figures only. Rates are not added to one-off sums, and
 * whatever is left out is said, so the total never claims more than the text does.
 */
function total(figures: FigureView[]): Pick<LedgerView, 'totalDisplay' | 'totalNotes'> {
  const notes: string[] = [];
  const counted = figures.filter((f) => f.currency === 'GBP' && f.value !== null && f.per === null);
  const sum = counted.reduce((acc, f) => acc + (f.value ?? 0), 0);
  const ranges = counted.filter((f) => f.valueMax !== null).length;
  const vague = figures.filter((f) => f.value === null).length;
  const foreign = figures.filter((f) => f.currency !== 'GBP').length;
  const rates = figures.filter((f) => f.per !== null).length;
  if (ranges) notes.push(`${ranges} range${ranges > 1 ? 's' : ''} counted at the low end`);
  if (vague) notes.push(`${vague} unstated amount${vague > 1 ? 's' : ''} not counted`);
  if (rates) notes.push(`${rates} rate${rates > 1 ? 's' : ''} (a year, per head) not added to one-off sums`);
  if (foreign) notes.push(`${foreign} figure${foreign > 1 ? 's' : ''} in other currencies not counted`);
  return { totalDisplay: counted.length ? formatMoney(sum, 'GBP') : null, totalNotes: notes };
}

/** How far the context line reaches either side of a figure when the sentence is longer. */
const CONTEXT_REACH = 100;

/** The sentence holding [start, end), cut to CONTEXT_REACH characters either side, with "…" where cut. */
export function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(
    indexAfter(text.lastIndexOf('. ', start - 1), 2),
    indexAfter(text.lastIndexOf('\n', start - 1), 1),
    start - CONTEXT_REACH,
  );
  const stops = [text.indexOf('. ', end), text.indexOf('\n', end)].filter((i) => i >= 0);
  const sentenceEnd = stops.length ? Math.min(...stops) : text.length;
  const to = Math.min(text[sentenceEnd] === '.' ? sentenceEnd + 1 : sentenceEnd, end + CONTEXT_REACH);
  const sentence = text.slice(from, to).replace(/\s+/g, ' ').trim();
  const cutBefore = from === start - CONTEXT_REACH && from > 0;
  const cutAfter = to === end + CONTEXT_REACH && to < text.length;
  return `${cutBefore ? '…' : ''}${sentence}${cutAfter ? '…' : ''}`;
}

/** The index just past a separator found at `index`, or 0 when there was none (-1). */
function indexAfter(index: number, separatorLength: number): number {
  return index < 0 ? 0 : index + separatorLength;
}
