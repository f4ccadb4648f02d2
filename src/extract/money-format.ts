/**
 * Money for people: "£40 million", "£250,000", "50p" on screen, "40 million pounds" for screen
 * readers. Written by hand rather than with Intl so the output is the same in every browser and
 * locale (en-GB conventions: comma thousands, "million"/"billion" words, pence below £1).
 */

export interface FormatOptions {
  /** "£40m", "£1.2bn", "£250k" instead of "£40 million", "£1.2 billion", "£250,000". */
  compact?: boolean;
}

interface Scale {
  size: number;
  word: string;
  short: string;
}

/** Largest first. Thousands only get a word in compact form ("£250k"). */
const SCALES: Scale[] = [
  { size: 1e12, word: 'trillion', short: 'tn' },
  { size: 1e9, word: 'billion', short: 'bn' },
  { size: 1e6, word: 'million', short: 'm' },
];
const THOUSANDS: Scale = { size: 1e3, word: 'thousand', short: 'k' };
/** Up to three decimals of the scale: "£94.588 million", "£1.065bn"; trailing zeros dropped. */
const SCALED_DECIMALS = 3;

const SYMBOLS: Record<string, string> = { GBP: '£', USD: '$', EUR: '€' };

interface CurrencyWords {
  one: string;
  many: string;
  minorOne: string;
  minorMany: string;
}

const WORDS: Record<string, CurrencyWords> = {
  GBP: { one: 'pound', many: 'pounds', minorOne: 'penny', minorMany: 'pence' },
  USD: { one: 'dollar', many: 'dollars', minorOne: 'cent', minorMany: 'cents' },
  EUR: { one: 'euro', many: 'euros', minorOne: 'cent', minorMany: 'cents' },
};

/** "£40 million", "£2.6 million", "£250,000", "£2.53", "50p", "$3 billion", "€10 million". */
export function formatMoney(value: number, currency: string, options: FormatOptions = {}): string {
  if (!Number.isFinite(value)) return '—';
  const sign = value < 0 ? '-' : '';
  const amount = Math.abs(value);
  if (currency === 'GBP' && amount > 0 && amount < 1) return `${sign}${trimmed(amount * 100, 2)}p`;
  const scale = scaleFor(amount, options.compact ? THOUSANDS : null);
  const symbol = SYMBOLS[currency];
  const number = scale
    ? `${trimmed(amount / scale.size, SCALED_DECIMALS)}${options.compact ? scale.short : ` ${scale.word}`}`
    : grouped(amount);
  return symbol === undefined ? `${sign}${currency} ${number}` : `${sign}${symbol}${number}`;
}

/**
 * For screen readers: "40 million pounds", "2.6 million pounds", "250,000 pounds", "50 pence",
 * "2 pounds 53 pence". Digits are kept below a million; screen readers say them well.
 */
export function moneyInWords(value: number, currency: string): string {
  if (!Number.isFinite(value)) return 'an unknown amount';
  const prefix = value < 0 ? 'minus ' : '';
  const amount = Math.abs(value);
  const words = WORDS[currency] ?? { one: currency, many: currency, minorOne: '', minorMany: '' };
  const scale = scaleFor(amount, null);
  if (scale) return `${prefix}${trimmed(amount / scale.size, SCALED_DECIMALS)} ${scale.word} ${words.many}`;
  // Counting in pence first keeps £2.999 from becoming "2 pounds 100 pence".
  const inMinorUnits = Math.round(amount * 100);
  const whole = Math.floor(inMinorUnits / 100);
  const minor = inMinorUnits % 100;
  if (minor === 0 || words.minorMany === '') {
    const rounded = Math.round(amount);
    return `${prefix}${grouped(rounded)} ${rounded === 1 ? words.one : words.many}`;
  }
  const minorPart = `${minor} ${minor === 1 ? words.minorOne : words.minorMany}`;
  if (whole === 0) return `${prefix}${minorPart}`;
  return `${prefix}${grouped(whole)} ${whole === 1 ? words.one : words.many} ${minorPart}`;
}

/**
 * The largest scale the amount reaches once rounded: 999,999,999 shows as "1 billion", not
 * "1000 million".
 */
function scaleFor(amount: number, smallest: Scale | null): Scale | null {
  const scales = smallest ? [...SCALES, smallest] : SCALES;
  for (const scale of scales) {
    if (roundTo(amount / scale.size, SCALED_DECIMALS) >= 1) return scale;
  }
  return null;
}

/** 250000 → "250,000"; 1108.04 → "1,108.04" (pence shown only when there are some). */
export function grouped(amount: number): string {
  const [whole = '0', fraction] = roundTo(amount, 2).toFixed(2).split('.');
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === '00' || fraction === undefined ? withCommas : `${withCommas}.${fraction}`;
}

/** 2.6 → "2.6", 40 → "40", 94.5884 → "94.588". */
function trimmed(amount: number, decimals: number): string {
  return String(roundTo(amount, decimals));
}

function roundTo(amount: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(amount * factor) / factor;
}
