/**
 * Schemas for the Written Questions API (questions-statements-api.parliament.uk), written from
 * its OpenAPI document (components QuestionsViewModel, QuestionsViewModelItem,
 * QuestionsViewModelSearchResult, MemberViewModel, AttachmentViewModel, GroupedQuestionViewModel)
 * field by field, and checked against every recorded sample and the corpus (Dec 2023, Nov 2024,
 * Nov 2025: test/clients/corpus-conformance.test.ts).
 *
 * Every field the document marks nullable accepts null, and the mapping below copes with it. The
 * document lists no `required` fields (Swashbuckle never does) but its serialiser sends every
 * property, so fields it does not mark nullable are required where we rely on them (id, house,
 * dates tabled/for answer, the withdrawn and named-day flags) and nullish elsewhere. One
 * exception, kept on purpose: `uin` (see below). Unknown keys are stripped (zod/mini's z.object
 * default), so additions to the API do not break us. Lists are read item by item (search.ts).
 */
import * as z from 'zod/mini';
import { apiDateTime, isoDay } from '../api-dates';
import { TRUNCATED_KEY } from '../bounded-json';
import type { GroupedQuestion, QuestionMember, QuestionStatus, WrittenQuestion } from './client';

const optionalText = z.nullish(z.string());
const optionalDate = z.nullish(apiDateTime);
const optionalFlag = z.nullish(z.boolean());
const optionalId = z.nullish(z.int());

/** MemberViewModel: only filled in when the request says expandMember=true. */
export const questionMemberSchema = z.object({
  id: z.int(),
  listAs: optionalText,
  name: optionalText,
  party: optionalText,
  partyColour: optionalText,
  partyAbbreviation: optionalText,
  memberFrom: optionalText,
  thumbnailUrl: optionalText,
});

/** AttachmentViewModel (the spec has no fileName; we keep it in case the API sends one). */
export const attachmentSchema = z.object({
  url: optionalText,
  title: optionalText,
  fileName: optionalText,
  fileType: optionalText,
  fileSizeBytes: z.nullish(z.number()),
});

/** GroupedQuestionViewModel */
export const groupedQuestionSchema = z.object({
  questionUin: optionalText,
  dateTabled: optionalDate,
});

/** QuestionsViewModel */
export const questionValueSchema = z.object({
  id: z.int(),
  askingMemberId: z.int(),
  askingMember: z.nullish(questionMemberSchema),
  // HouseEnum also has "Bicameral", which a written question never is; reject it loudly.
  house: z.enum(['Commons', 'Lords']),
  memberHasInterest: optionalFlag,
  dateTabled: apiDateTime,
  dateForAnswer: apiDateTime,
  // Nullable in the document, but required here: a question is found, linked (TheyWorkForYou gids,
  // the official record) and told apart from others by its UIN; without one there is nothing to
  // show or open. In a list such an item is dropped (list-items.ts), not the whole list.
  uin: z.string().check(z.minLength(1)),
  questionText: optionalText,
  answeringBodyId: optionalId,
  answeringBodyName: optionalText,
  isWithdrawn: z.boolean(),
  isNamedDay: z.boolean(),
  groupedQuestions: z.nullish(z.array(z.string())),
  answerIsHolding: optionalFlag,
  answerIsCorrection: optionalFlag,
  answeringMemberId: optionalId,
  answeringMember: z.nullish(questionMemberSchema),
  correctingMemberId: optionalId,
  correctingMember: z.nullish(questionMemberSchema),
  dateAnswered: optionalDate,
  answerText: optionalText,
  originalAnswerText: optionalText,
  comparableAnswerText: optionalText,
  dateAnswerCorrected: optionalDate,
  dateHoldingAnswer: optionalDate,
  attachmentCount: z.nullish(z.int()),
  // Null on about half of unanswered questions and on freshly answered ones (the API adds it later).
  heading: optionalText,
  attachments: z.nullish(z.array(attachmentSchema)),
  groupedQuestionsDates: z.nullish(z.array(groupedQuestionSchema)),
  // Not the API's: bounded-json.ts cut a list short and kept its real length here ("N more").
  [TRUNCATED_KEY]: z.optional(z.record(z.string(), z.number())),
});

const linkSchema = z.object({ rel: optionalText, href: optionalText, method: optionalText });

/** QuestionsViewModelItem: what GET …/questions/{id} returns, and each list result. */
export const questionItemSchema = z.object({
  value: questionValueSchema,
  links: z.nullish(z.array(linkSchema)),
});

/**
 * QuestionsViewModelSearchResult: what GET …/questions returns. Only the envelope is checked here;
 * each of `results` is then read on its own against questionItemSchema (list-items.ts).
 */
export const questionListSchema = z.object({
  totalResults: z.int(),
  results: z.nullish(z.array(z.unknown())),
});

export type QuestionValue = z.infer<typeof questionValueSchema>;
export type QuestionItem = z.infer<typeof questionItemSchema>;
export type QuestionList = z.infer<typeof questionListSchema>;
export type QuestionMemberValue = z.infer<typeof questionMemberSchema>;

// ---- Mapping to the domain type (client.ts): ISO days, and "" ("no original answer") as null.

const isoDayOrNull = (apiDate: string | null | undefined) => (apiDate ? isoDay(apiDate) : null);
const textOrNull = (text: string | null | undefined) => (text ? text : null);

function toMember(member: QuestionMemberValue | null | undefined): QuestionMember | null {
  if (!member) return null;
  return {
    id: member.id,
    name: textOrNull(member.name),
    listAs: textOrNull(member.listAs),
    party: textOrNull(member.party),
    partyAbbreviation: textOrNull(member.partyAbbreviation),
    partyColour: textOrNull(member.partyColour),
    memberFrom: textOrNull(member.memberFrom),
    thumbnailUrl: textOrNull(member.thumbnailUrl),
  };
}

/** groupedQuestionsDates carries the dates; groupedQuestions may list a UIN it lacks. */
function toGrouped(value: QuestionValue): GroupedQuestion[] {
  const grouped: GroupedQuestion[] = [];
  for (const item of value.groupedQuestionsDates ?? []) {
    if (item.questionUin) grouped.push({ uin: item.questionUin, dateTabled: isoDayOrNull(item.dateTabled) });
  }
  for (const uin of value.groupedQuestions ?? []) {
    if (!grouped.some((g) => g.uin === uin)) grouped.push({ uin, dateTabled: null });
  }
  return grouped;
}

/** How many questions were answered with this one, counting any that bounded-json.ts left out. */
function groupedTotalOf(value: QuestionValue): number {
  const cut = value[TRUNCATED_KEY] ?? {};
  return Math.max(toGrouped(value).length, cut.groupedQuestions ?? 0, cut.groupedQuestionsDates ?? 0);
}

/** The API's own attachmentCount, or the list's real length where bounded-json.ts cut it. */
function attachmentTotalOf(value: QuestionValue, listed: number): number {
  return Math.max(listed, value.attachmentCount ?? 0, value[TRUNCATED_KEY]?.attachments ?? 0);
}

function statusOf(value: QuestionValue): QuestionStatus {
  if (value.isWithdrawn) return 'withdrawn';
  if (!value.dateAnswered) return 'unanswered';
  return value.answerIsHolding ? 'holding' : 'answered';
}

export function toWrittenQuestion(value: QuestionValue, fullText: boolean): WrittenQuestion {
  const attachments = (value.attachments ?? []).flatMap((a) =>
    a.url
      ? [{ url: a.url, title: textOrNull(a.title), fileName: textOrNull(a.fileName), fileType: textOrNull(a.fileType), fileSizeBytes: a.fileSizeBytes ?? null }]
      : [],
  );
  const corrected = value.answerIsCorrection === true || Boolean(value.dateAnswerCorrected);
  return {
    id: value.id,
    uin: value.uin,
    house: value.house,
    heading: textOrNull(value.heading),
    questionText: value.questionText ?? '',
    answerText: textOrNull(value.answerText),
    fullText,
    status: statusOf(value),
    askingMemberId: value.askingMemberId,
    askingMember: toMember(value.askingMember),
    memberHasInterest: value.memberHasInterest === true,
    answeringBodyId: value.answeringBodyId ?? null,
    answeringBodyName: textOrNull(value.answeringBodyName),
    answeringMemberId: value.answeringMemberId ?? null,
    answeringMember: toMember(value.answeringMember),
    dateTabled: isoDay(value.dateTabled),
    dateForAnswer: isoDay(value.dateForAnswer),
    dateAnswered: isoDayOrNull(value.dateAnswered),
    isNamedDay: value.isNamedDay,
    isWithdrawn: value.isWithdrawn,
    answerIsHolding: value.answerIsHolding === true,
    dateHoldingAnswer: isoDayOrNull(value.dateHoldingAnswer),
    correction: corrected
      ? {
          correctingMemberId: value.correctingMemberId ?? null,
          correctingMember: toMember(value.correctingMember),
          dateCorrected: isoDayOrNull(value.dateAnswerCorrected),
          originalAnswerText: textOrNull(value.originalAnswerText),
        }
      : null,
    grouped: toGrouped(value),
    groupedTotal: groupedTotalOf(value),
    attachments,
    attachmentTotal: attachmentTotalOf(value, attachments.length),
  };
}
