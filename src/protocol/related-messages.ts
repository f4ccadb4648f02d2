/**
 * Messages for the related-questions section (issue 5), kept beside messages.ts so that file only
 * gains three lines. Each item is one question to jump to, with what a list line shows.
 */
import { array, boolean, enum as oneOf, nullable, number, object, regex, string, type infer as Infer } from 'zod/mini';

const isoDate = string().check(regex(/^\d{4}-\d{2}-\d{2}$/));

/** DESIGN §9 `data-related` values, plus `money` (an earlier answer with the same amount). */
export const relatedKind = oneOf(['topic', 'asker', 'department', 'grouped', 'follow-up', 'referenced', 'money']);

export const relatedItem = object({
  kind: relatedKind,
  id: number(),
  uin: string(),
  house: oneOf(['Commons', 'Lords']),
  heading: string(),
  dateTabled: isoDate,
  dateAnswered: nullable(isoDate),
  askerName: nullable(string()),
  department: string(),
  status: oneOf(['answered', 'holding', 'unanswered', 'withdrawn']),
  /** The first sentence of the answer (from the list's truncated text). */
  answerLine: nullable(string()),
  /** The TheyWorkForYou page for the question, which the extension annotates in turn. */
  url: string(),
});
export type RelatedItem = Infer<typeof relatedItem>;

/** Which question the section is about: the record's id, and whether it is answered (its cache family). */
const about = { questionId: number(), answered: boolean() };

/** Questions on the page's topic, split into the same asker, the same department around the date, and the rest. */
export const relatedQuestions = {
  request: object({ ...about, skip: number() }),
  response: object({
    /** The search term used (from the heading), null when the heading gives none. */
    topic: nullable(string()),
    /** Questions on the topic in the API, this one included; items leave this one out. */
    total: number(),
    /** Where the next page starts, null when everything is loaded. */
    nextSkip: nullable(number()),
    items: array(relatedItem),
  }),
};

/** Follow-up chain: what this question refers to, and later questions that refer to it. */
export const relatedChain = {
  request: object(about),
  response: object({
    followsUp: array(object({ uin: string(), answerDate: nullable(isoDate), item: nullable(relatedItem) })),
    referencedBy: array(relatedItem),
  }),
};

/** Earlier answers from the same department containing the same amounts (at most 3 amounts). */
export const relatedMoney = {
  request: object({ ...about, amounts: array(string()) }),
  response: object({
    department: string(),
    amounts: array(object({ amount: string(), total: number(), items: array(relatedItem) })),
  }),
};
