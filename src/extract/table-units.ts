/** The units, numbers and captions of answer tables (tables.ts): "(£000)", "£m", bare cells, rate columns. */

/** Units a header or caption gives to bare numbers: exponent of ten. */
export const UNIT = /£\s*(?:'|’)?\s*(000s?|k|thousands?|m|mn|millions?|bn|billions?)\b|£\s*(?=\)|$|\s*\))|\(£\)|\bin\s+£\s*(000s?|m|bn|millions?|billions?)\b/i;
const UNIT_EXPONENT: Record<string, number> = {
  '000': 3, '000s': 3, k: 3, thousand: 3, thousands: 3, m: 6, mn: 6, million: 6, millions: 6, bn: 9, billion: 9, billions: 9,
};
/** Columns that hold counts or shares, never money, whatever the table's unit. */
export const NOT_MONEY_HEADER = /^\s*(?:financial\s+|calendar\s+)?years?\s*$|%|per\s*cent|percentage|\bnumber\b|\bno\.|\bcount\b|headcount|\bfte\b|\bstaff\b|\bvolume\b|\brate\b|\bratio\b|\bscore\b|\bdays?\b|\bweeks?\b|\byears?\s+of\b/i;
/** A column of rates: "2023-24 Rate", "Cost per pupil", "Hourly rate", "Average cost". */
const RATE_HEADER = /\brates?\b|\bper\s+([a-z]+)|\b(hour|dai|week|month|year)ly\b|\baverage\b|\bunit\s+cost/i;
const RATE_WORDS: Record<string, string> = { annum: 'year', hour: 'hour', dai: 'day', day: 'day', week: 'week', month: 'month', year: 'year' };

/** The rate a column's header gives its cells: "year" for "per year", "item" for a plain "Rate". */
export function ratePerOf(header: string): string | null {
  const m = RATE_HEADER.exec(header);
  if (!m) return null;
  const word = (m[1] ?? m[2])?.toLowerCase();
  return word === undefined ? 'item' : (RATE_WORDS[word] ?? word);
}

/** A bare number: "1,234", "12.5", "(1,234)" (a negative in accounts), "-". */
export const BARE_NUMBER = /^\s*(\()?\s*(-)?\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*\)?\s*$/;

export function unitOf(text: string): { exponent: number; source: string } | null {
  return unitWithSource(text);
}

export function unitWithSource(text: string): { exponent: number; source: string } | null {
  const m = UNIT.exec(text);
  if (!m) return null;
  const word = (m[1] ?? m[2])?.toLowerCase();
  const exponent = word === undefined ? 0 : (UNIT_EXPONENT[word] ?? null);
  return exponent === null ? null : { exponent, source: clean(m[0]).replace(/^\(|\)$/g, '') };
}

/** A bare number in a cell, scaled by the header's unit; null for anything else ("N/A", "12%"). */
export function bareValue(text: string, exponent: number): { start: number; end: number; value: number } | null {
  const m = BARE_NUMBER.exec(text);
  if (!m || m[3] === undefined) return null;
  const digits = m[3];
  const start = text.indexOf(digits);
  const negative = m[1] !== undefined || m[2] !== undefined;
  const value = exact(digits, exponent) * (negative ? -1 : 1);
  return { start, end: start + digits.length, value };
}

/** "1,234.5" × 10^3 exactly (integer arithmetic, as money.ts does). */
function exact(numberText: string, exponent: number): number {
  const plainText = numberText.replace(/,/g, '');
  const dot = plainText.indexOf('.');
  const digits = dot < 0 ? plainText : plainText.slice(0, dot) + plainText.slice(dot + 1);
  const shift = exponent - (dot < 0 ? 0 : plainText.length - dot - 1);
  const mantissa = Number(digits);
  return shift >= 0 ? mantissa * 10 ** shift : mantissa / 10 ** -shift;
}

export function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Longer than any heading; a paragraph of prose is not a table's caption. */
const CAPTION_MAX = 100;

/**
 * A table's caption when it has no <caption>: the nearest non-empty block before it, when that is
 * short enough to be a heading ("Royal Navy", "Local Authority allocations:"). `before` is the
 * texts of the blocks before the table, nearest first.
 */
export function captionBefore(before: string[]): string {
  for (const text of before) {
    const line = clean(text);
    if (!line) continue;
    return line.length <= CAPTION_MAX ? line.replace(/:$/, '') : '';
  }
  return '';
}
