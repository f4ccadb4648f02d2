/**
 * Messages for the related-questions section (issue 5), kept beside messages.ts so that file only
 * gains three lines. Each item is one question to jump to, with what a list line shows.
 */
import { array, boolean, enum as oneOf, maxLength, nullable, number, object, optional, string, type infer as Infer } from 'zod/mini';
import { house, isoDate, uin } from './fields';

/** How many amounts "money seen before" looks for at most: each is one search. */
export const MAX_MONEY_AMOUNTS = 3;

/** A question's page on TheyWorkForYou: gids are "<date tabled>.<UIN>.h" for current imports (DESIGN §1). */
export const twfyQuestionUrl = (dateTabled: string, uin: string): string =>
  `https://www.theyworkforyou.com/wrans/?id=${dateTabled}.${encodeURIComponent(uin)}.h`;

/** DESIGN §9 `data-related` values, plus `money` (an earlier answer with the same amount). */
export const relatedKind = oneOf(['topic', 'asker', 'department', 'grouped', 'follow-up', 'referenced', 'money']);

export const relatedItem = object({
  kind: relatedKind,
  id: number(),
  uin: string(),
  house,
  /** The API's heading; null while it has none (about half of unanswered questions, freshly answered ones). */
  heading: nullable(string()),
  /** What the line is called: the heading, or else the start of the question text. */
  title: string(),
  dateTabled: isoDate,
  /** Null until answered (the API then has no answer, answering member or answer date either). */
  dateAnswered: nullable(isoDate),
  askerName: nullable(string()),
  department: nullable(string()),
  status: oneOf(['answered', 'holding', 'unanswered', 'withdrawn']),
  /** The first sentence of the answer (from the list's truncated text). */
  answerLine: nullable(string()),
  /** The TheyWorkForYou page for the question, which the extension annotates in turn. */
  url: string(),
});
export type RelatedItem = Infer<typeof relatedItem>;

/**
 * Which question the section is about: the record's id, whether it is answered (its cache family),
 * and its UIN, house and tabled day, by which the background finds the record in its cache.
 */
const about = {
  questionId: number(),
  answered: boolean(),
  uin,
  house,
  dateTabled: isoDate,
};
const aboutSchema = object(about);
/** Which question a related request is about. */
export type RelatedAbout = Infer<typeof aboutSchema>;

/** Questions on the page's topic, split into the same asker, the same department around the date, and the rest. */
export const relatedQuestions = {
  request: object({
    ...about,
    skip: number(),
    /**
     * The heading the page shows (TheyWorkForYou always shows one): the topic comes from it when
     * the API has no heading for the question yet. Optional: a caller with no page omits it.
     */
    pageHeading: optional(string().check(maxLength(300))),
  }),
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
  request: aboutSchema,
  response: object({
    followsUp: array(object({ uin: string(), answerDate: nullable(isoDate), item: nullable(relatedItem) })),
    referencedBy: array(relatedItem),
  }),
};

/** Earlier answers from the same department containing the same amounts (at most MAX_MONEY_AMOUNTS). */
export const relatedMoney = {
  request: object({ ...about, amounts: array(string()).check(maxLength(MAX_MONEY_AMOUNTS)) }),
  response: object({
    department: nullable(string()),
    amounts: array(object({ amount: string(), total: number(), items: array(relatedItem) })),
  }),
};
