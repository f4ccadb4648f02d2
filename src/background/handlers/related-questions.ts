/**
 * Questions on the page's topic, in three groups from one search (so a cold visit costs one
 * request): by the same asker, from the same department around the date, and across departments.
 * The topic is the heading's subject; "load more" asks for the next page of the same search.
 */
import type { GetJson } from '../../clients/get-json';
import type { WrittenQuestion } from '../../clients/written-questions/client';
import { searchQuestions } from '../../clients/written-questions/search';
import { topicSearchTerm } from '../../extract/related-terms';
import type { RequestOf, ResponseOf } from '../../protocol/messages';
import type { RelatedItem } from '../../protocol/related-messages';
import { ok, type Result } from '../../protocol/result';
import type { Handler } from '../router';
import { daysApart, loadPageQuestion, sameQuestion, toRelatedItem } from './related-items';

/** One page of the topic search; list items are small (texts cut at 255 characters). */
export const TOPIC_PAGE_SIZE = 50;
/** "Around the date" for the department group: a parliamentary term's worth either side. */
const DEPARTMENT_WINDOW_DAYS = 90;

type Reply = ResponseOf<'related.questions'>;

export async function relatedQuestionsFor(getJson: GetJson, request: RequestOf<'related.questions'>): Promise<Result<Reply>> {
  const page = await loadPageQuestion(getJson, request);
  if (!page.ok) return page;
  // The API has no heading yet for many fresh questions; the page always shows one.
  const q = { ...page.value, heading: page.value.heading ?? request.pageHeading ?? null };
  const topic = q.heading === null ? null : topicSearchTerm(q.heading, q.answeringBodyName);
  if (!topic) return ok({ topic: null, total: 0, nextSkip: null, items: [] });
  const found = await searchQuestions(getJson, { searchTerm: topic, skip: request.skip, take: TOPIC_PAGE_SIZE });
  if (!found.ok) return found;
  const end = request.skip + found.value.questions.length;
  const items = found.value.questions
    .filter((other) => other.id !== q.id && !isGroupedWith(q, other))
    .map((other) => toRelatedItem(kindFor(q, other), other));
  return ok({ topic, total: found.value.total, nextSkip: end < found.value.total && found.value.questions.length > 0 ? end : null, items: rank(q, topic, items) });
}

export const relatedQuestions: Handler<'related.questions'> = (request, _sender, { getJson }) => relatedQuestionsFor(getJson, request);

function kindFor(page: WrittenQuestion, other: WrittenQuestion): RelatedItem['kind'] {
  if (other.askingMemberId === page.askingMemberId) return 'asker';
  if (page.answeringBodyId !== null && other.answeringBodyId === page.answeringBodyId && daysApart(other.dateTabled, page.dateTabled) <= DEPARTMENT_WINDOW_DAYS) return 'department';
  return 'topic';
}

/** Grouped questions are listed from the record itself; do not list them twice. */
function isGroupedWith(page: WrittenQuestion, other: WrittenQuestion): boolean {
  return page.grouped.some((g) => sameQuestion({ uin: g.uin, house: page.house, dateTabled: g.dateTabled ?? other.dateTabled }, other));
}

const GROUP_ORDER: RelatedItem['kind'][] = ['asker', 'department', 'topic'];

/**
 * Groups in order; within one, the same heading first, then headings naming the topic (the search
 * also matches it anywhere in the texts), then the nearest in time.
 */
function rank(page: WrittenQuestion, topic: string, items: RelatedItem[]): RelatedItem[] {
  // A headingless item (its title is the question's text) counts as not naming the topic.
  const inHeading = (item: RelatedItem) =>
    item.heading === null ? 2 : item.heading === page.heading ? 0 : item.heading.toLowerCase().includes(topic.toLowerCase()) ? 1 : 2;
  const score = (item: RelatedItem) => [GROUP_ORDER.indexOf(item.kind), inHeading(item), daysApart(item.dateTabled, page.dateTabled)];
  return items
    .map((item) => ({ item, key: score(item) }))
    .sort((a, b) => a.key[0]! - b.key[0]! || a.key[1]! - b.key[1]! || a.key[2]! - b.key[2]!)
    .map(({ item }) => item);
}
