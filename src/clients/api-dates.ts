/**
 * How the Parliament APIs write dates ("2023-12-08T00:00:00": a UK calendar day with a zero time
 * and no offset), for every client's schemas, and the ISO day we keep of them.
 */
import { regex, string } from 'zod/mini';

export const apiDateTime = string().check(regex(/^\d{4}-\d{2}-\d{2}(T.*)?$/));

/** "2019-02-08T00:00:00" → "2019-02-08". */
export const isoDay = (apiDate: string): string => apiDate.slice(0, 10);
