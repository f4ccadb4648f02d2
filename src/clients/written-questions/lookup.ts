/**
 * Finding a question from what a page shows (a UIN, its house, a date near the tabling) and
 * fetching its full record. UINs restart every session, so a UIN alone is not enough.
 */
import { fail, ok, type Result } from '../../protocol/result';
import type { GetJson } from '../get-json';
import { getQuestion, getQuestionTabledOn, houseOfUin, shiftDay, type House, type WrittenQuestion } from './client';
import { searchQuestions } from './search';

export interface FindByUin {
  uin: string;
  /** Defaults from the UIN: Lords UINs start "HL". */
  house?: House;
  /** The date the page shows: the tabled date (TWFY gids, official URLs) or, in older imports, the answer date. */
  aroundDate: string;
  windowDays?: number;
}

export interface Lookup extends FindByUin {
  /** The tabled date, when the page states it: then one request fetches the record. */
  tabledDate?: string | null;
  /** The page shows an answer, so the record may be cached as answered. */
  answered?: boolean;
}

/** A question already found once (its id, UIN, house and tabled day known). */
export interface KnownQuestion {
  id: number;
  uin: string;
  house: House;
  dateTabled: string;
  answered: boolean;
}

/**
 * UIN + date to the full record. With the tabled date known that is one request; without it, or
 * when that request finds nothing (a page's date can be off), a search near the date and then the
 * record. The record is always fetched by tabled date and UIN, so every handler asking for this
 * question afterwards (getKnownQuestion) finds it in the cache under the same URL.
 */
export async function lookupQuestion(getJson: GetJson, find: Lookup): Promise<Result<WrittenQuestion>> {
  const house = find.house ?? houseOfUin(find.uin);
  if (find.tabledDate) {
    const direct = await getQuestionTabledOn(getJson, { tabledDate: find.tabledDate, uin: find.uin, house, answered: find.answered });
    if (direct.ok || direct.error.code !== 'not_found') return direct;
  }
  const found = await findQuestionByUin(getJson, find);
  if (!found.ok) return found;
  const q = found.value;
  return getKnownQuestion(getJson, { id: q.id, uin: q.uin, house: q.house, dateTabled: q.dateTabled, answered: q.status === 'answered' });
}

/** The full record of a question found before: by tabled date and UIN (usually cached), else by id. */
export async function getKnownQuestion(getJson: GetJson, known: KnownQuestion): Promise<Result<WrittenQuestion>> {
  const byDate = await getQuestionTabledOn(getJson, { tabledDate: known.dateTabled, uin: known.uin, house: known.house, answered: known.answered });
  if (byDate.ok && byDate.value.id === known.id) return byDate;
  if (!byDate.ok && byDate.error.code !== 'not_found') return byDate;
  return getQuestion(getJson, { id: known.id, answered: known.answered });
}

/** The list operation narrowed to one UIN near a date. Its texts are truncated (fullText: false). */
export async function findQuestionByUin(getJson: GetJson, find: FindByUin): Promise<Result<WrittenQuestion>> {
  const uin = find.uin.trim().toUpperCase();
  const house = find.house ?? houseOfUin(uin);
  const window = find.windowDays ?? 60;
  const page = await searchQuestions(getJson, {
    uin,
    house,
    tabledFrom: shiftDay(find.aroundDate, -window),
    tabledTo: shiftDay(find.aroundDate, window),
    // Withdrawn questions are left out by default, but their pages exist and we show the status.
    includeWithdrawn: true,
  });
  if (!page.ok) return page;
  // Filter again ourselves: the spec does not say whether uIN matches exactly.
  const candidates = page.value.questions.filter((q) => q.uin.toUpperCase() === uin && q.house === house);
  const best = pickNearest(candidates, find.aroundDate);
  if (!best) return fail('not_found', `No ${house} written question ${uin} was tabled within ${window} days of ${find.aroundDate}.`);
  return ok(best);
}

/**
 * UINs restart every session, so one UIN can match several questions in the window. Take the one
 * tabled nearest the page's date, preferring those tabled on or before it: the page's date is the
 * tabled date or a later answer date, never earlier than tabling.
 */
export function pickNearest(questions: WrittenQuestion[], aroundDate: string): WrittenQuestion | null {
  const around = Date.parse(aroundDate);
  const rank = (q: WrittenQuestion) => [q.dateTabled > aroundDate ? 1 : 0, Math.abs(Date.parse(q.dateTabled) - around)] as const;
  let best: WrittenQuestion | null = null;
  for (const q of questions) {
    if (!best) best = q;
    else {
      const [after, distance] = rank(q);
      const [bestAfter, bestDistance] = rank(best);
      if (after < bestAfter || (after === bestAfter && distance < bestDistance)) best = q;
    }
  }
  return best;
}
