/**
 * Follow-up chains: the questions this one refers to ("pursuant to the Answer of … to Question …"),
 * found by UIN near the answer date, and later questions that refer to this one, found by searching
 * for its UIN and keeping only those whose text really cites it.
 */
import { htmlToText } from '../../clients/html-text';
import type { GetJson } from '../../clients/get-json';
import type { WrittenQuestion } from '../../clients/written-questions/client';
import { findQuestionByUin } from '../../clients/written-questions/lookup';
import { searchQuestions } from '../../clients/written-questions/search';
import { distinctRefs, findQuestionRefs, type QuestionRef } from '../../extract/question-refs';
import type { RequestOf, ResponseOf } from '../../protocol/messages';
import { ok, type Result } from '../../protocol/result';
import type { Handler } from '../router';
import { daysApart, loadPageQuestion, toRelatedItem } from './related-items';

/** At most this many references are looked up (one request each); long lists are rare. */
const MAX_FOLLOW_UPS = 3;
/** Later questions citing this one, from one search page. */
const REFERENCED_TAKE = 50;

type Reply = ResponseOf<'related.chain'>;

export async function relatedChainFor(getJson: GetJson, request: RequestOf<'related.chain'>): Promise<Result<Reply>> {
  const page = await loadPageQuestion(getJson, request);
  if (!page.ok) return page;
  const q = page.value;
  const refs = distinctRefs(refsOf(q), [q.uin, ...q.grouped.map((g) => g.uin)]).slice(0, MAX_FOLLOW_UPS);
  const [followsUp, referencedBy] = await Promise.all([Promise.all(refs.map((ref) => resolve(getJson, q, ref))), laterCiting(getJson, q)]);
  const failed = [...followsUp, referencedBy].find((r) => !r.ok);
  if (failed && !failed.ok) return failed;
  return ok({
    followsUp: followsUp.flatMap((r) => (r.ok ? [r.value] : [])),
    referencedBy: referencedBy.ok ? referencedBy.value : [],
  });
}

export const relatedChain: Handler<'related.chain'> = (request, _sender, { getJson }) => relatedChainFor(getJson, request);

/** References in the question (dated by its tabling) and the answer (dated by the answer). */
function refsOf(q: WrittenQuestion): QuestionRef[] {
  const answer = q.answerText ? htmlToText(q.answerText) : '';
  return [...findQuestionRefs(q.questionText, q.dateTabled), ...findQuestionRefs(answer, q.dateAnswered ?? q.dateTabled)];
}

async function resolve(getJson: GetJson, page: WrittenQuestion, ref: QuestionRef): Promise<Result<Reply['followsUp'][number]>> {
  // Tabled on or before the answer date when the text gives one, else before this question.
  const found = await findQuestionByUin(getJson, { uin: ref.uin, aroundDate: ref.answerDate ?? page.dateTabled, windowDays: ref.answerDate ? 120 : 365 });
  if (!found.ok && found.error.code !== 'not_found') return found;
  return ok({ uin: ref.uin, answerDate: ref.answerDate, item: found.ok ? toRelatedItem('follow-up', found.value) : null });
}

/**
 * The search matches the UIN anywhere, so each hit is checked: its (truncated) text must cite this
 * UIN, and a cited date must be this question's answer or holding date (UINs restart each session).
 */
async function laterCiting(getJson: GetJson, page: WrittenQuestion): Promise<Result<Reply['referencedBy']>> {
  const found = await searchQuestions(getJson, { searchTerm: page.uin, tabledFrom: page.dateTabled, take: REFERENCED_TAKE });
  if (!found.ok) return found;
  const ourDates = [page.dateAnswered, page.dateHoldingAnswer].filter(Boolean);
  const cites = (other: WrittenQuestion) =>
    other.id !== page.id &&
    daysApart(other.dateTabled, page.dateTabled) <= 400 &&
    refsOf(other).some((ref) => ref.uin === page.uin.toUpperCase() && (!ref.answerDate || ourDates.includes(ref.answerDate)));
  return ok(found.value.questions.filter(cites).map((other) => toRelatedItem('referenced', other)));
}
