import { enum as oneOf, regex, string } from 'zod/mini';

/** Schemas for the fields every message family and stored item shares. */

/** An ISO calendar day, "2019-02-08": how every message and stored item writes a date. */
export const isoDate = string().check(regex(/^\d{4}-\d{2}-\d{2}$/));

export const house = oneOf(['Commons', 'Lords']);

/** A written question's UIN: digits, "HL" and digits for the Lords. */
export const UIN_PATTERN = /^(HL)?\d{1,7}$/;
export const uin = string().check(regex(UIN_PATTERN));
