import { areaOf } from '../extract/area';
import { formatMoney, grouped } from '../extract/money-format';
import type { MoneyMention } from '../extract/money-mention';
import { shortName, toLatestPrices, yearLabel, type PriceIndex } from '../extract/prices/deflate';
import { perHead } from '../extract/prices/per-head';
import type { FoundPriceYear } from '../extract/prices/price-year';
import { POPULATION_VINTAGE, PRICES_LICENCE } from '../extract/prices/series';
import type { PerHeadView, PriceView, TodayView } from '../sidebar/model';

/**
 * The numbers derived from a figure (today's money, per head), each with the words a reader needs
 * to check it: the series, base, vintage, the arithmetic in one line and the licence attribution.
 */
export interface FigurePlace {
  /** The words between the neighbouring figures (or sentence ends): the first place to look. */
  clause: string;
  /** The whole sentence: looked at when the clause says nothing. */
  sentence: string;
  answerDate: string | null;
  /** The year the figure's prices are from (extract/prices/price-year.ts), null when unknown. */
  priceYear: FoundPriceYear | null;
}

export function todayView(m: MoneyMention, place: FigurePlace): TodayView | null {
  if (m.currency !== 'GBP' || m.value === null) return null;
  const at = place.priceYear;
  const household = householdWord(place.sentence);
  const yearFrom = !at ? 'no year known' : `${yearLabel(at)} (${at.phrase ? `the text: “${at.phrase}”` : `the answer date, ${place.answerDate}`})`;
  return {
    chosen: household ? 'cpi' : 'gdp',
    reason: household
      ? `CPI, because the sentence speaks of “${household}”: an amount paid to households`
      : 'GDP deflator: public spending, the default for written answers',
    yearFrom,
    gdp: priceView(m, at, 'gdp'),
    cpi: priceView(m, at, 'cpi'),
  };
}

/**
 * Words that make an amount one paid to (or by) households, for which CPI is the usual measure.
 * Looked up word by word in sets: one big case-insensitive regex cost milliseconds to compile on
 * each page, which the content script pays before first paint.
 */
const HOUSEHOLD_WORDS = new Set([
  'benefit payment', 'benefit payments', 'benefit claimants', 'benefit rates', 'benefit cap',
  'pension', 'pensions', 'wage', 'wages', 'salary', 'salaries', 'earnings', 'pay award', 'pay rise',
  'minimum wage', 'living wage', 'fare', 'fares', 'fee', 'fees', 'allowance', 'allowances',
  'universal credit', 'tax credit', 'tax credits', 'rent', 'rents', 'bill', 'bills',
  'per household', 'per family', 'per claimant', 'per person', 'per week',
]);
/** "means-tested benefits", "disability benefit": benefits of a kind households receive. */
const BENEFIT_KINDS = new Set(['means-tested', 'disability', 'welfare', 'housing', 'child', 'state', 'security', 'out-of-work', 'sickness']);

/** The first household word or pair of words in the sentence, as written there; null when none. */
export function householdWord(sentence: string): string | null {
  const words = sentence.match(/[A-Za-z][A-Za-z-]*/g) ?? [];
  const lower = words.map((w) => w.toLowerCase());
  for (let i = 0; i < lower.length; i++) {
    const pair = i + 1 < lower.length ? `${lower[i]} ${lower[i + 1]}` : '';
    if (pair && HOUSEHOLD_WORDS.has(pair)) return `${words[i]} ${words[i + 1]}`;
    if (pair && BENEFIT_KINDS.has(lower[i]!) && /^benefits?$/.test(lower[i + 1]!)) return `${words[i]} ${words[i + 1]}`;
    if (HOUSEHOLD_WORDS.has(lower[i]!)) return words[i]!;
  }
  return null;
}

function priceView(m: MoneyMention, at: FoundPriceYear | null, index: PriceIndex): PriceView {
  const label = shortName(index);
  if (!at) return { index, label, value: null, display: 'no year to price it from; not converted', method: '', source: '' };
  const low = toLatestPrices(m.value ?? 0, at, index);
  const s = low.series;
  const source = `${s.name} (${s.code}), base ${s.base}, ${s.vintage} vintage. ${PRICES_LICENCE}.`;
  if (!low.ok) return { index, label, value: null, display: low.reason, method: '', source };
  const high = m.valueMax === undefined ? null : (m.valueMax * low.to) / low.from;
  const shown = roundSignificant(low.value);
  const amount = formatMoney(shown, 'GBP') + (high === null ? '' : ` to ${formatMoney(roundSignificant(high), 'GBP')}`);
  const toLabel = yearLabel(low.toYear);
  return {
    index,
    label,
    value: shown,
    display: `${amount} in ${toLabel} prices`,
    method: `${formatMoney(m.value ?? 0, 'GBP')} × ${low.to} (${toLabel}) ÷ ${low.from} (${yearLabel(at)}) = ${formatMoney(low.value, 'GBP')}, shown to 3 significant figures`,
    source,
  };
}

/**
 * Per person, where the text names the UK or one nation. `yearly` is the amount a year when the
 * figure is spread over a period or is a yearly rate; otherwise the whole sum is divided.
 */
export function perHeadView(m: MoneyMention, place: FigurePlace, yearly: number | null): PerHeadView | null {
  if (m.currency !== 'GBP' || m.value === null || m.valueMax !== undefined) return null;
  if (m.per !== undefined && yearly === null) return null; // "per pupil": already per something
  const found = areaOf(place.clause) ?? areaOf(place.sentence);
  const at = place.priceYear;
  if (!found || !at) return null;
  const amount = yearly ?? m.value;
  const result = perHead(amount, found.area, at);
  const source = `${POPULATION_VINTAGE}, mid-year (30 June); a financial year uses mid-year of its first year. ${PRICES_LICENCE}.`;
  if (!result.ok) return { value: null, display: result.reason, method: '', source };
  const each = roundSignificant(result.value);
  const rate = yearly === null ? '' : ' a year';
  return {
    value: each,
    display: `${formatMoney(each, 'GBP')} per person in ${found.area}${rate} (“${found.phrase}”)`,
    method: `${formatMoney(amount, 'GBP')}${rate} ÷ ${grouped(result.population)} people (${found.area}, mid-${result.populationYear}, ${result.code}) = ${formatMoney(result.value, 'GBP')}, shown to 3 significant figures`,
    source,
  };
}

/** 25,891,367.8 → 25,900,000: today's money is an estimate, so three figures are all we claim. */
export function roundSignificant(value: number, digits = 3): number {
  return Number.isFinite(value) ? Number(value.toPrecision(digits)) : value;
}
