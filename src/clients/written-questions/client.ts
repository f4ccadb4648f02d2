/**
 * Written Questions API client (questions-statements-api.parliament.uk, OpenAPI "Written Questions
 * Service API" v1): the domain type and the single-question operations (by id, by tabled date and
 * UIN). Finding a question from what a page shows is lookup.ts; searching is search.ts. All network
 * goes through the injected GetJson, so the background can cache it.
 */
import { fail, ok, type Result } from '../../protocol/result';
import type { CacheFamily, GetJson } from '../get-json';
import { parseWith } from '../http';
import { questionItemSchema, toWrittenQuestion } from './schemas';

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
  /** Null while the API has none: about half of unanswered questions, and freshly answered ones. */
  heading: string | null;
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
  /** Null only when the API sends none (its document allows that). */
  answeringBodyName: string | null;
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
  /** All the questions answered with this one; more than grouped.length when a huge list was cut. */
  groupedTotal: number;
  attachments: Attachment[];
  /** The attachments the answer has, listed or not (the API's attachmentCount, or a cut list's length). */
  attachmentTotal: number;
}

// ---- URLs (parameter names and casing exactly as the OpenAPI document spells them).

/**
 * GET /api/writtenquestions/questions/{date}/{uin}: one question by its tabled date and UIN (the
 * pair the official question pages are addressed by), full texts and expanded members.
 */
export function questionTabledOnUrl(tabledDate: string, uin: string): string {
  return `${QUESTIONS_API}/api/writtenquestions/questions/${tabledDate}/${encodeURIComponent(uin)}?expandMember=true`;
}

/** GET /api/writtenquestions/questions/{id}; expandMember=true fills askingMember/answeringMember. */
export function questionUrl(id: number): string {
  return `${QUESTIONS_API}/api/writtenquestions/questions/${id}?expandMember=true`;
}

// ---- Single questions

export const houseOfUin = (uin: string): House => (/^HL/i.test(uin.trim()) ? 'Lords' : 'Commons');

/** Adds days to an ISO day in UTC, so no local offset can move it. */
export function shiftDay(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
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

/** The single-question operation by tabled date and UIN; not_found unless it is that question. */
export async function getQuestionTabledOn(getJson: GetJson, request: { tabledDate: string; uin: string; house: House; answered?: boolean }): Promise<Result<WrittenQuestion>> {
  const item = await getJson({
    url: questionTabledOnUrl(request.tabledDate, request.uin.trim().toUpperCase()),
    family: familyFor(request.answered),
    parse: (raw) => parseWith(questionItemSchema, raw, 'written question'),
  });
  if (!item.ok) return item;
  const q = toWrittenQuestion(item.value.value, true);
  const same = q.uin.toUpperCase() === request.uin.trim().toUpperCase() && q.house === request.house;
  return same ? ok(q) : fail('not_found', `The Written Questions API has no ${request.house} question ${request.uin} tabled on ${request.tabledDate}.`);
}
