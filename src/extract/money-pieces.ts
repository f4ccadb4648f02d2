/** The pieces findMoney (money.ts) is built from: patterns, scales, currencies and exact arithmetic. */

/** One horizontal space: plain, no-break, thin, narrow no-break (all seen in pasted figures). */
export const SP = '[ \\u00a0\\u2009\\u202f]';
/** 1,234,567.89 or 1234.5 — a comma group must be complete, so "1,2345" is read as "1". */
export const NUM = '(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?';
/** Scale words may follow a space ("£40 million", "£40 mn"); single letters must be glued ("£40m"). */
export const WORD_SCALE = 'trillion|billion|million|thousand|tn|bn|mn|mln';
export const LETTER_SCALE = '[mbk]';
export const DASH = '[-\\u2010\\u2011\\u2012\\u2013\\u2014]';
export const CURRENCY_WORD = 'pounds?|pence|euros?|dollars?';

export const SCALE_EXPONENTS: Record<string, number> = {
  k: 3, thousand: 3, m: 6, mn: 6, mln: 6, million: 6, b: 9, bn: 9, billion: 9, tn: 12, trillion: 12,
};
export const SIGN_CURRENCIES: Record<string, string> = { '£': 'GBP', $: 'USD', '€': 'EUR' };
/** "US$3 billion", "A$5m": letters glued before a dollar sign name the dollar. */
export const DOLLAR_PREFIXES: Record<string, string> = { US: 'USD', A: 'AUD', AU: 'AUD', C: 'CAD', CA: 'CAD', NZ: 'NZD', HK: 'HKD' };
export const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
/** Video resolutions ("1080p") look exactly like pence and are never money. */
export const NOT_PENCE = new Set(['480', '720', '1080', '1440', '2160']);

export function isHorizontalSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

/** NaN (before the start of the text) is not a letter. */
export function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * "2.01" × 10^9 computed as 201 × 10^7, never 2.01 × 1e9 (which is 2009999999.9999998): integer
 * arithmetic keeps values exact, so £2.01bn is exactly 2010000000 and 50p exactly 0.5.
 */
export function scaledValue(numberText: string, exponent: number): number {
  const plain = numberText.replace(/,/g, '');
  const dot = plain.indexOf('.');
  const digits = dot < 0 ? plain : plain.slice(0, dot) + plain.slice(dot + 1);
  const shift = exponent - (dot < 0 ? 0 : plain.length - dot - 1);
  const mantissa = Number(digits);
  const power = POWERS_OF_TEN[Math.abs(shift)] ?? 10 ** Math.abs(shift);
  return shift >= 0 ? mantissa * power : mantissa / power;
}
