/**
 * Written Questions API client (questions-statements-api.parliament.uk, OpenAPI "Written Questions
 * Service API" v1). Finds a question from what a page shows (UIN, house, a date) and fetches its
 * full record. All network goes through the injected GetJson, so the background can cache it.
 */
import { fail, ok, type Result } from '../../protocol/result';
import type { CacheFamily, GetJson } from '../get-json';
import { parseWith } from '../http';
import { questionItemSchema, questionListSchema, toWrittenQuestion } from './schemas';

export const QUESTIONS_API = 'https://questions-statements-api.parliament.uk';

// ---- Domain type: camelCase, ISO days ("2023-12-08"), "" from the API turned into null.

export interface QuestionMember {
  id: number;
  name: string | null;
  listAs: string | null;
  /** The member's party now, not on the question's date (expandMember gives the current record). */
  party: string | null;
  partyAbbreviation: string | null;
  partyColour: string | null;
  memberFrom: string | null;
  thumbnailUrl: string | null;
}
export interface GroupedQuestion { uin: string; dateTabled: string | null }
export interface Attachment { url: string; title: string | null; fileName: string | null; fileType: string | null; fileSizeBytes: number | null }
export interface Correction {
  correctingMemberId: number | null;
  correctingMember: QuestionMember | null;
  dateCorrected: string | null;
  /** Only the single-question endpoint fills this; list results send "" even for corrections. */
  originalAnswerText: string | null;
}
/** withdrawn > unanswered > holding (the current answer only promises one) > answered. */
export type QuestionStatus = 'withdrawn' | 'unanswered' | 'holding' | 'answered';
export type House = 'Commons' | 'Lords';

export interface WrittenQuestion {
  id: number;
  uin: string;
  house: House;
  heading: string;
  questionText: string;
  /** HTML from the API; null until answered. */
  answerText: string | null;
  /** False for list results: the API cuts their question and answer texts at 255 characters. */
  fullText: boolean;
  status: QuestionStatus;
  askingMemberId: number;
  askingMember: QuestionMember | null;
  memberHasInterest: boolean;
  answeringBodyId: number | null;
  answeringBodyName: string;
  answeringMemberId: number | null;
  answeringMember: QuestionMember | null;
  dateTabled: string;
  dateForAnswer: string;
  dateAnswered: string | null;
  isNamedDay: boolean;
  isWithdrawn: boolean;
  answerIsHolding: boolean;
  /** Set when a holding answer was given, even after the substantive answer replaced it. */
  dateHoldingAnswer: string | null;
  correction: Correction | null;
  grouped: GroupedQuestion[];
  attachments: Attachment[];
}

// ---- URLs (parameter names and casing exactly as the OpenAPI document spells them).

export interface QuestionSearch { uin: string; house: House; tabledFrom: string; tabledTo: string; take?: number }

/** GET /api/writtenquestions/questions (the list operation). */
export function questionSearchUrl(search: QuestionSearch): string {
  const params = new URLSearchParams({
    uIN: search.uin,
    house: search.house,
    tabledWhenFrom: search.tabledFrom,
    tabledWhenTo: search.tabledTo,
    // Withdrawn questions are left out by default, but their pages exist and we show the status.
    includeWithdrawn: 'true',
    take: String(search.take ?? 20),
  });
  return `${QUESTIONS_API}/api/writtenquestions/questions?${params}`;
}

/** GET /api/writtenquestions/questions/{id}; expandMember=true fills askingMember/answeringMember. */
export function questionUrl(id: number): string {
  return `${QUESTIONS_API}/api/writtenquestions/questions/${id}?expandMember=true`;
}

// ---- Lookups

export interface FindByUin {
  uin: string;
  /** Defaults from the UIN: Lords UINs start "HL". */
  house?: House;
  /** The date the page shows: the tabled date (TWFY gids, official URLs) or, in older imports, the answer date. */
  aroundDate: string;
  windowDays?: number;
}

export const houseOfUin = (uin: string): House => (/^HL/i.test(uin.trim()) ? 'Lords' : 'Commons');

/** Adds days to an ISO day in UTC, so no local offset can move it. */
export function shiftDay(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
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

/** The list operation, narrowed to one question. Its texts are truncated (fullText: false). */
export async function findQuestionByUin(getJson: GetJson, find: FindByUin): Promise<Result<WrittenQuestion>> {
  const uin = find.uin.trim().toUpperCase();
  const house = find.house ?? houseOfUin(uin);
  const window = find.windowDays ?? 60;
  const url = questionSearchUrl({ uin, house, tabledFrom: shiftDay(find.aroundDate, -window), tabledTo: shiftDay(find.aroundDate, window) });
  const list = await getJson({ url, family: 'question-search', parse: (raw) => parseWith(questionListSchema, raw, 'question search') });
  if (!list.ok) return list;
  // Filter again ourselves: the spec does not say whether uIN matches exactly.
  const candidates = (list.value.results ?? [])
    .map((item) => toWrittenQuestion(item.value, false))
    .filter((q) => q.uin.toUpperCase() === uin && q.house === house);
  const best = pickNearest(candidates, find.aroundDate);
  if (!best) return fail('not_found', `No ${house} written question ${uin} was tabled within ${window} days of ${find.aroundDate}.`);
  return ok(best);
}

/** Answered questions change rarely (corrections); open and holding ones soon will. */
export const familyFor = (answered: boolean | undefined): CacheFamily => (answered ? 'question-answered' : 'question-open');

/**
 * The single-question operation: full question and answer texts, expanded members. Pass
 * `answered` from an earlier lookup to cache it as answered; unknown means "open" (kept briefly).
 */
export async function getQuestion(getJson: GetJson, request: { id: number; answered?: boolean }): Promise<Result<WrittenQuestion>> {
  const item = await getJson({
    url: questionUrl(request.id),
    family: familyFor(request.answered),
    parse: (raw) => parseWith(questionItemSchema, raw, 'written question'),
  });
  return item.ok ? ok(toWrittenQuestion(item.value.value, true)) : item;
}

/** UIN + date to the full record: the two calls the question section needs. */
export async function lookupQuestion(getJson: GetJson, find: FindByUin): Promise<Result<WrittenQuestion>> {
  const found = await findQuestionByUin(getJson, find);
  if (!found.ok) return found;
  return getQuestion(getJson, { id: found.value.id, answered: found.value.status === 'answered' });
}
