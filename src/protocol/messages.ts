/**
 * Every message the content script (sidebar) may send to the background, with its request and
 * response schemas. One table, so a newcomer sees the whole protocol in one place, and the router
 * and ask() cannot disagree about a type's shape.
 *
 * zod/mini with named imports keeps the content bundle small: the `z` namespace defeats tree
 * shaking and pulls in ~420 KB (measured with esbuild's metafile).
 */
import { relatedChain, relatedMoney, relatedQuestions } from './related-messages';
import { array, boolean, enum as oneOf, literal, nullable, number, object, optional, string, unknown, type infer as Infer } from 'zod/mini';
import { house, isoDate, uin } from './fields';
import { notebookMessages } from './notebook-messages';

/** The extension is alive and which version answers (used to notice an update under an open page). */
const ping = {
  request: object({}),
  response: object({ version: string() }),
};

/**
 * The official record of the page's question (Written Questions API), found by UIN near a date.
 * When the page states the tabled date it is fetched by date and UIN in one request; `answered`
 * (the page shows an answer) lets the record be cached as answered.
 */
const questionRecord = {
  request: object({
    uin,
    house,
    aroundDate: isoDate,
    tabledDate: optional(nullable(isoDate)),
    answered: optional(boolean()),
  }),
  response: object({
    id: number(),
    uin: string(),
    status: oneOf(['answered', 'holding', 'unanswered', 'withdrawn']),
    dateTabled: isoDate,
    dateForAnswer: nullable(isoDate),
    isNamedDay: boolean(),
    dateAnswered: nullable(isoDate),
    dateHoldingAnswer: nullable(isoDate),
    dateCorrected: nullable(isoDate),
    /** Plain text of the answer before correction, when the API has it. */
    originalAnswer: nullable(string()),
    /** Plain text of the answer now. */
    answer: nullable(string()),
    /** The correction as a word diff of the original against the corrected answer. */
    correctionDiff: nullable(array(object({ kind: oneOf(['same', 'removed', 'added']), text: string() }))),
    /** Working days from tabling to the (first) answer, and whether they include known bank holidays. */
    workingDays: nullable(object({ days: number(), holidaysKnown: boolean() })),
    /** Answered (or held) by the date it was due. Null when unanswered or no due date. */
    onTime: nullable(boolean()),
    attachments: array(object({ url: string(), title: string() })),
    /** Attachments the answer has; more than listed when the reply was cut (shown as "N more"). */
    attachmentTotal: number(),
    grouped: array(object({ uin: string(), dateTabled: nullable(isoDate) })),
    /** Questions answered together with this one; more than listed when the reply was cut. */
    groupedTotal: number(),
    askingMemberId: nullable(number()),
    answeringMemberId: nullable(number()),
    /** Null only when the API names no department (its document allows that). */
    answeringBodyName: nullable(string()),
  }),
};

const party = nullable(object({ name: string(), colour: nullable(string()) }));

/** A member as they were on a date (the answer date) and as they are now (Members API). */
const memberCard = {
  request: object({ memberId: number(), onDate: isoDate, department: nullable(string()) }),
  response: object({
    id: number(),
    name: string(),
    house: nullable(house),
    thumbnailUrl: string(),
    profileUrl: string(),
    then: object({ party, seat: nullable(string()), posts: array(string()), departmentPost: nullable(string()) }),
    now: object({
      inHouse: boolean(),
      party,
      seat: nullable(string()),
      posts: array(string()),
      leftOn: nullable(isoDate),
      leftReason: nullable(string()),
    }),
  }),
};

/** One vote's side in the sidebar's terms; 'absent' = did not vote (the other member did). */
const voteSide = oneOf(['aye', 'no', 'content', 'not-content', 'absent']);

/**
 * Divisions on the question's topic and how each member voted (Commons or Lords Votes API). Topic
 * terms come from the heading (extract/topic-terms.ts); the window runs from two years before the
 * answer to today.
 */
const votesDivisions = {
  request: object({ house, memberIds: array(number()), heading: string(), answerDate: isoDate }),
  response: object({
    terms: array(string()),
    /** The term the API was searched with (one request per member), or null when no term was specific enough. */
    searchTerm: nullable(string()),
    fromDate: isoDate,
    divisions: array(object({
      id: number(),
      date: isoDate,
      title: string(),
      ayes: number(),
      noes: number(),
      url: string(),
      /** Why it is shown, in a few words: "title contains “online”". */
      reason: string(),
      votes: array(object({ memberId: number(), side: voteSide, teller: boolean() })),
    })),
  }),
};

/** A person's TheyWorkForYou policy stances on the question's topic (the department only breaks ties). */
const votesPolicies = {
  request: object({ twfyPersonId: number(), house, party: nullable(string()), department: nullable(string()), heading: string() }),
  response: object({
    pageUrl: string(),
    /** How many policies TWFY scored the person on at all (0: no record in that chamber). */
    scored: number(),
    /** Only policies on the question's topic, each with why it was chosen ("name contains “asylum”"). */
    policies: array(object({ id: number(), name: string(), stance: string(), band: nullable(string()), url: string(), reason: string() })),
  }),
};

export const messages = {
  ping,
  'question.record': questionRecord,
  'member.card': memberCard,
  'votes.divisions': votesDivisions,
  'votes.policies': votesPolicies,
  'related.questions': relatedQuestions,
  'related.chain': relatedChain,
  'related.money': relatedMoney,
  ...notebookMessages,
} as const;

export type MessageType = keyof typeof messages;
export type RequestOf<T extends MessageType> = Infer<(typeof messages)[T]['request']>;
export type ResponseOf<T extends MessageType> = Infer<(typeof messages)[T]['response']>;

/** The envelope on the wire: `{type, payload}`. The type is checked against the table before use. */
export const envelope = object({ type: string(), payload: unknown() });

export function isMessageType(type: string): type is MessageType {
  return Object.hasOwn(messages, type);
}

/** Messages the background sends to a tab's content script (toolbar button, keyboard shortcut). */
export const tabMessage = object({ type: literal('sidebar.toggle') });
export type TabMessage = Infer<typeof tabMessage>;
