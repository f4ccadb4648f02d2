/**
 * Schemas for the Written Questions API (questions-statements-api.parliament.uk), written from
 * its OpenAPI document (components QuestionsViewModel, QuestionsViewModelItem,
 * QuestionsViewModelSearchResult, MemberViewModel, AttachmentViewModel, GroupedQuestionViewModel)
 * and checked against every recorded sample and the 2,989-item Dec 2023 corpus.
 *
 * Strict about what the sidebar relies on (id, uin, house, dates tabled/for answer, answering body,
 * heading): if those drift we want a clear bad_response, not a half-empty card. Everything else
 * is nullish (the spec marks most fields nullable, and unanswered questions really send nulls).
 * Unknown keys are stripped (zod/mini's z.object default), so additions to the API do not break us.
 */
import * as z from 'zod/mini';
import { apiDateTime, isoDay } from '../api-dates';
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
  uin: z.string().check(z.minLength(1)),
  questionText: optionalText,
  answeringBodyId: optionalId,
  answeringBodyName: z.string(),
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
  heading: z.string(),
  attachments: z.nullish(z.array(attachmentSchema)),
  groupedQuestionsDates: z.nullish(z.array(groupedQuestionSchema)),
});

const linkSchema = z.object({ rel: optionalText, href: optionalText, method: optionalText });

/** QuestionsViewModelItem: what GET …/questions/{id} returns, and each list result. */
export const questionItemSchema = z.object({
  value: questionValueSchema,
  links: z.nullish(z.array(linkSchema)),
});

/** QuestionsViewModelSearchResult: what GET …/questions returns. */
export const questionListSchema = z.object({
  totalResults: z.int(),
  results: z.nullish(z.array(questionItemSchema)),
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

function statusOf(value: QuestionValue): QuestionStatus {
  if (value.isWithdrawn) return 'withdrawn';
  if (!value.dateAnswered) return 'unanswered';
  return value.answerIsHolding ? 'holding' : 'answered';
}

export function toWrittenQuestion(value: QuestionValue, fullText: boolean): WrittenQuestion {
  const corrected = value.answerIsCorrection === true || Boolean(value.dateAnswerCorrected);
  return {
    id: value.id,
    uin: value.uin,
    house: value.house,
    heading: value.heading,
    questionText: value.questionText ?? '',
    answerText: textOrNull(value.answerText),
    fullText,
    status: statusOf(value),
    askingMemberId: value.askingMemberId,
    askingMember: toMember(value.askingMember),
    memberHasInterest: value.memberHasInterest === true,
    answeringBodyId: value.answeringBodyId ?? null,
    answeringBodyName: value.answeringBodyName,
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
    attachments: (value.attachments ?? []).flatMap((a) =>
      a.url
        ? [{ url: a.url, title: textOrNull(a.title), fileName: textOrNull(a.fileName), fileType: textOrNull(a.fileType), fileSizeBytes: a.fileSizeBytes ?? null }]
        : [],
    ),
  };
}
