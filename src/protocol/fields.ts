import { enum as oneOf, refine, regex, string } from 'zod/mini';

/** Schemas for the fields every message family and stored item shares. */

/** "2019-02-30" has the shape of a day but is none: the date round-trips through UTC only when real. */
export function isCalendarDay(text: string): boolean {
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

/** An ISO calendar day, "2019-02-08": how every message and stored item writes a date. Impossible days are refused. */
export const isoDate = string().check(regex(/^\d{4}-\d{2}-\d{2}$/), refine(isCalendarDay, 'Not a calendar day.'));

export const house = oneOf(['Commons', 'Lords']);

/** A written question's UIN: digits, "HL" and digits for the Lords. */
export const UIN_PATTERN = /^(HL)?\d{1,7}$/;
export const uin = string().check(regex(UIN_PATTERN));
