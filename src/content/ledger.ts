import type { MoneyMention } from '../extract/money-mention';
import { formatMoney, moneyInWords } from '../extract/money-format';
import { partOf } from '../extract/nesting';
import { restatements, tableTotalsRestated } from '../extract/repeats';
import { financialYearLabel, periodIn } from '../extract/figure-period';
import type { TablePlace, TableReading } from '../extract/tables';
import { priceYears } from '../extract/prices/price-year';
import { PRICES_LICENCE } from '../extract/prices/series';
import { findSpendPeriod, yearlyRate } from '../extract/spend-period';
import type { FigureView, LedgerView } from '../sidebar/model';
import { perHeadView, todayView, type FigurePlace } from './figure-derived';
import { figureTotals } from './ledger-total';
import { LONG_STEP_NEXT, runToEnd } from './slices';

/**
 * Turns the money mentions of a text into the sidebar's ledger: display strings, rates, today's
 * money, per head, which figures are parts of others, and the totals. `answerDate` (ISO) is the
 * year a figure's prices are from when the text names none.
 */
export function buildLedger(text: string, mentions: MoneyMention[], answerDate: string | null = null, tables: TableReading | null = null): LedgerView {
  return runToEnd(ledgerSteps(text, mentions, answerDate, tables));
}

/** How many figures are put in the ledger between pauses. */
const FIGURES_PER_STEP = 16;

/**
 * buildLedger as steps with pauses between them, for an answer read in slices (slices.ts).
 * `tables` (extract/tables.ts) is the answer's tables read over these same mentions: then
 * `mentions` must be `tables.mentions` (the text's own and those derived from table headers).
 */
export function* ledgerSteps(text: string, mentions: MoneyMention[], answerDate: string | null = null, tables: TableReading | null = null): Generator<unknown, LedgerView> {
  // Each of these reads every figure at once: ~7–20 ms for 20,000 of them.
  if (mentions.length > FIGURES_PER_STEP) yield LONG_STEP_NEXT;
  const places = tables?.places ?? [];
  const parents = partOf(text, mentions);
  const restated = restatements(text, mentions);
  const tableRepeats = tables ? tableTotalsRestated(mentions, places) : [];
  if (mentions.length > FIGURES_PER_STEP) yield LONG_STEP_NEXT;
  const years = priceYears(text, mentions, answerDate);
  yield;
  const figures: FigureView[] = [];
  for (let index = 0; index < mentions.length; index++) {
    const place = { ...placeOf(text, mentions, index, answerDate), priceYear: years[index] ?? null };
    const parent = parents[index] ?? restated.partOf[index] ?? null;
    const view = figureView(text, mentions[index]!, index, place, parent);
    figures.push(withRole(view, places[index] ?? null, restated.repeatOf[index] ?? tableRepeats[index] ?? null));
    if (index % FIGURES_PER_STEP === FIGURES_PER_STEP - 1) yield;
  }
  yield;
  const mismatches = tables?.mismatches ?? [];
  return { figures, ...figureTotals(figures), licence: PRICES_LICENCE, mismatches };
}

/**
 * A table cell's place and role, or a restated sum's. A table's role wins (cells are not prose),
 * except that a table's total which restates a sum in the words is that sum's repeat.
 */
function withRole(view: FigureView, place: TablePlace | null, repeatOf: number | null): FigureView {
  if (place) {
    const table = { index: place.table, caption: place.caption, row: place.row, column: place.column, unitFrom: place.unitFrom };
    // A cell's period is its column's, else its row's ("2019/20" rows), else the caption's.
    const period = periodIn(place.column) ?? periodIn(place.row) ?? periodIn(place.caption);
    if (place.role === 'total' && repeatOf !== null) return { ...view, role: 'repeat', repeatOf, table, partOf: null, period };
    return { ...view, role: place.role, table, partOf: null, period };
  }
  if (repeatOf !== null) return { ...view, role: 'repeat', repeatOf, partOf: null };
  return { ...view, role: view.partOf !== null ? 'part' : null };
}

function figureView(text: string, m: MoneyMention, index: number, place: FigurePlace, parent: number | null): FigureView {
  const words = text.slice(m.start, m.end);
  const yearly = yearlyOf(text, m);
  const statedYearly = m.per ? yearlyRate(m, null) : null;
  return {
    index,
    text: words,
    value: m.value,
    valueMax: m.valueMax ?? null,
    currency: m.currency,
    display: displayOf(words, m),
    spoken: spokenOf(words, m),
    per: m.per ? perPhrase(m.per) : null,
    yearly,
    context: sentenceAround(text, m.start, m.end),
    today: todayView(m, place),
    perHead: perHeadView(m, place, yearly?.value ?? statedYearly),
    partOf: parent,
    role: null,
    repeatOf: null,
    table: null,
    period: periodOfWords(yearly, place),
  };
}

/** A figure's period from its words: the span it is spread over, else the year its sentence names. */
function periodOfWords(yearly: FigureView['yearly'], place: FigurePlace): string | null {
  if (yearly) return periodIn(yearly.phrase) ?? yearly.phrase;
  const at = place.priceYear;
  if (!at?.phrase) return null;
  return at.financial ? financialYearLabel(at.year) : String(at.year);
}

/**
 * Where to look for a figure's area: first the words between it and its neighbours (so "£5m in
 * England and £2m in Wales" gives each its own), then the whole sentence.
 */
function placeOf(text: string, mentions: MoneyMention[], i: number, answerDate: string | null): Omit<FigurePlace, 'priceYear'> {
  const m = mentions[i]!;
  // A table flattens to one long "sentence"; looking further than this would make the ledger
  // quadratic in the figures of such an answer, and the words that matter sit close by.
  const { from: sentenceStart, to: sentenceEnd } = sentenceBounds(text, m.start, m.end, SENTENCE_REACH);
  const from = Math.max(sentenceStart, mentions[i - 1]?.end ?? 0);
  const to = Math.min(sentenceEnd, mentions[i + 1]?.start ?? text.length);
  return { clause: text.slice(from, to), sentence: text.slice(sentenceStart, sentenceEnd), answerDate };
}

/** How far either side of a figure its area and household words are looked for. */
const SENTENCE_REACH = 300;

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
  if (!period || period.years === null) return null;
  const rate = yearlyRate(m, period);
  if (rate === null) return null;
  const years = `${period.years} year${period.years === 1 ? '' : 's'}`;
  return {
    phrase: period.phrase,
    display: `${formatMoney(rate, m.currency)} a year`,
    value: rate,
    method: `${formatMoney(m.value ?? 0, m.currency)} ÷ ${years} (“${period.phrase}”) = ${formatMoney(rate, m.currency)} a year`,
  };
}

/** How far the context line reaches either side of a figure when the sentence is longer. */
const CONTEXT_REACH = 100;

/** The sentence holding [start, end), cut to CONTEXT_REACH characters either side, with "…" where cut. */
export function sentenceAround(text: string, start: number, end: number): string {
  const { from, to: sentenceEnd } = sentenceBounds(text, start, end, CONTEXT_REACH);
  const to = Math.min(text[sentenceEnd] === '.' ? sentenceEnd + 1 : sentenceEnd, end + CONTEXT_REACH);
  const sentence = text.slice(from, to).replace(/\s+/g, ' ').trim();
  const cutBefore = from === start - CONTEXT_REACH && from > 0;
  const cutAfter = to === end + CONTEXT_REACH && to < text.length;
  return `${cutBefore ? '…' : ''}${sentence}${cutAfter ? '…' : ''}`;
}

/**
 * The sentence holding [start, end), no further than `reach` either side: `from` just past the
 * ". " or line break before it, `to` at the one after it. Only that window is searched, so a table
 * answer (one long "sentence") costs the same per figure as prose.
 */
function sentenceBounds(text: string, start: number, end: number, reach: number): { from: number; to: number } {
  const lo = Math.max(0, start - reach);
  const hi = Math.min(text.length, end + reach);
  const before = text.slice(lo, start);
  const after = text.slice(end, hi);
  const from = lo + Math.max(indexAfter(before.lastIndexOf('. '), 2), indexAfter(before.lastIndexOf('\n'), 1));
  const stops = [after.indexOf('. '), after.indexOf('\n')].filter((i) => i >= 0);
  return { from, to: stops.length ? end + Math.min(...stops) : hi };
}

/** The index just past a separator found at `index`, or 0 when there was none (-1). */
function indexAfter(index: number, separatorLength: number): number {
  return index < 0 ? 0 : index + separatorLength;
}
