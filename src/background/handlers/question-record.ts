import { htmlToText } from '../../clients/html-text';
import type { WrittenQuestion } from '../../clients/written-questions/client';
import { lookupQuestion } from '../../clients/written-questions/lookup';
import { wordDiff } from '../../extract/word-diff';
import { workingDaysBetween } from '../../extract/working-days';
import type { ResponseOf } from '../../protocol/messages';
import { ok } from '../../protocol/result';
import type { Handler } from '../router';

/** The page's question: by tabled date and UIN when the page states it, else by UIN near its date. */
export const questionRecord: Handler<'question.record'> = async ({ uin, house, aroundDate, tabledDate, answered }, _sender, { getJson }) => {
  const found = await lookupQuestion(getJson, { uin, house, aroundDate, tabledDate: tabledDate ?? null, answered });
  return found.ok ? ok(toRecord(found.value)) : found;
};

function toRecord(q: WrittenQuestion): ResponseOf<'question.record'> {
  const original = q.correction?.originalAnswerText ? htmlToText(q.correction.originalAnswerText) : null;
  const answer = q.answerText ? htmlToText(q.answerText) : null;
  // A holding answer stops the clock as far as the deadline goes; the full answer may come later.
  const firstReply = [q.dateHoldingAnswer, q.dateAnswered].filter((d): d is string => Boolean(d)).sort()[0] ?? null;
  return {
    id: q.id,
    uin: q.uin,
    status: q.status,
    dateTabled: q.dateTabled,
    dateForAnswer: q.dateForAnswer || null,
    isNamedDay: q.isNamedDay,
    dateAnswered: q.dateAnswered,
    dateHoldingAnswer: q.dateHoldingAnswer,
    dateCorrected: q.correction?.dateCorrected ?? null,
    originalAnswer: original,
    answer,
    correctionDiff: original && answer ? wordDiff(original, answer) : null,
    workingDays: q.dateAnswered ? workingDaysBetween(q.dateTabled, q.dateAnswered) : null,
    onTime: firstReply && q.dateForAnswer ? firstReply <= q.dateForAnswer : null,
    attachments: q.attachments.map((a) => ({ url: a.url, title: a.title ?? a.fileName ?? 'Attachment' })),
    attachmentTotal: q.attachmentTotal,
    grouped: q.grouped,
    groupedTotal: q.groupedTotal,
    askingMemberId: q.askingMemberId,
    answeringMemberId: q.answeringMemberId,
    answeringBodyName: q.answeringBodyName,
  };
}
