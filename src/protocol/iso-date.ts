import { regex, string } from 'zod/mini';

/** An ISO calendar day, "2019-02-08": how every message and stored item writes a date. */
export const isoDate = string().check(regex(/^\d{4}-\d{2}-\d{2}$/));
