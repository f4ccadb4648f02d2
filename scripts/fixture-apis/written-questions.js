// A fake of the Written Questions API (questions-statements-api.parliament.uk, OpenAPI
// /work/shared/reference/openapi/writtenquestions-api.json) answering from the real Dec 2023 corpus
// plus our constructed records (test/fixtures/api/). It implements the query semantics the extension
// relies on, the way ASP.NET Core binds them: parameter names case-insensitive, invalid values → 400
// ProblemDetails, unknown ids → 404 ProblemDetails. Decisions where the spec is silent are in
// test/fixtures/api/README.md ("Written Questions API").
//
//   GET /api/writtenquestions/questions              list (truncated texts; filters, paging, ordering)
//   GET /api/writtenquestions/questions/{id}         one question, full texts when the corpus has them
//   GET /api/writtenquestions/questions/{date}/{uin} one question by tabled date and UIN

import { loadFixtureData, memberViewModel, normaliseForSearch } from './data.js';
import {
  parseApiDate, parseInt32, readGetRequest, sendEmpty, sendJson, sendProblem, sendValidationProblem,
} from './json.js';

/** @typedef {import('node:http').IncomingMessage} Req */
/** @typedef {import('node:http').ServerResponse} Res */
/** @typedef {import('./data.js').FixtureData} FixtureData */
/** @typedef {import('./data.js').QuestionRecord} QuestionRecord */
/** @typedef {import('./data.js').QuestionValue} QuestionValue */
/** @typedef {(req: Req, res: Res) => void} Handler */

export const WRITTEN_QUESTIONS_HOST = 'questions-statements-api.parliament.uk';

/** Enums from the OpenAPI document, in declaration order (ASP.NET also binds their numeric values). */
const HOUSE = /** @type {const} */ (['Bicameral', 'Commons', 'Lords']);
const ANSWERED = /** @type {const} */ (['Any', 'Answered', 'Unanswered']);
const QUESTION_STATUS = /** @type {const} */ (['NotAnswered', 'AnsweredOnly', 'AllQuestions']);
const SESSION_STATUS = /** @type {const} */ (['Current', 'Any']);

/** The spec's documented default page size. It documents no maximum below int32, so none is applied. */
export const DEFAULT_TAKE = 20;

/**
 * @param {import('./data.js').DataOptions & { data?: FixtureData }} [options]
 *   dataDir / sharedDir as for loadFixtureData, or ready `data` (tests, the demo).
 * @returns {Handler}
 */
export function createWrittenQuestionsApi(options = {}) {
  const getData = () => options.data ?? loadFixtureData(options);
  return function writtenQuestionsApi(req, res) {
    const request = readGetRequest(req, res);
    if (!request) return undefined;
    const { query, parts, lower } = request;
    // ASP.NET Core routes match case-insensitively.
    if (lower[0] !== 'api' || lower[1] !== 'writtenquestions' || lower[2] !== 'questions') return sendEmpty(res, 404);
    if (parts.length === 3) return listQuestions(getData(), query, res);
    if (parts.length === 4) return singleById(getData(), /** @type {string} */ (parts[3]), query, res);
    if (parts.length === 5) return singleByDateAndUin(getData(), /** @type {string} */ (parts[3]), /** @type {string} */ (parts[4]), query, res);
    return sendEmpty(res, 404);
  };
}

// ---- list ------------------------------------------------------------------------------------------

/**
 * @param {FixtureData} data
 * @param {import('./json.js').Query} q
 * @param {Res} res
 */
function listQuestions(data, q, res) {
  const f = {
    askingMemberId: q.int('askingMemberId', { min: 1 }),
    answeringMemberId: q.int('answeringMemberId', { min: 1 }),
    tabledWhenFrom: q.date('tabledWhenFrom'),
    tabledWhenTo: q.date('tabledWhenTo'),
    dateForAnswerWhenFrom: q.date('dateForAnswerWhenFrom'),
    dateForAnswerWhenTo: q.date('dateForAnswerWhenTo'),
    answeredWhenFrom: q.date('answeredWhenFrom'),
    answeredWhenTo: q.date('answeredWhenTo'),
    correctedWhenFrom: q.date('correctedWhenFrom'),
    correctedWhenTo: q.date('correctedWhenTo'),
    answered: q.enumValue('answered', ANSWERED) ?? 'Any',
    questionStatus: q.enumValue('questionStatus', QUESTION_STATUS) ?? 'AllQuestions',
    includeWithdrawn: q.bool('includeWithdrawn') ?? false,
    expandMember: q.bool('expandMember') ?? false,
    sessionStatus: q.enumValue('sessionStatus', SESSION_STATUS),
    searchTerm: q.string('searchTerm'),
    uin: q.string('uIN'),
    answeringBodies: new Set(q.intArray('answeringBodies')),
    members: new Set(q.intArray('members')),
    house: q.enumValue('house', HOUSE) ?? 'Bicameral',
    skip: q.int('skip', { min: 0 }) ?? 0,
    take: q.int('take', { min: 0 }) ?? DEFAULT_TAKE,
  };
  if (q.hasErrors) return sendValidationProblem(res, q.errors);

  const uin = f.uin?.trim().toUpperCase();
  const term = f.searchTerm === undefined ? undefined : normaliseForSearch(f.searchTerm);
  /** @param {string | null} apiDate @param {number | undefined} from @param {number | undefined} to */
  const within = (apiDate, from, to) => {
    if (from === undefined && to === undefined) return true;
    if (!apiDate) return false;
    const ms = parseApiDate(apiDate);
    return ms !== null && (from === undefined || ms >= from) && (to === undefined || ms <= to);
  };

  const matches = data.questions.filter(({ fullValue: v, searchText }) => {
    if (!f.includeWithdrawn && v.isWithdrawn) return false;
    if (f.house !== 'Bicameral' && v.house !== f.house) return false;
    if (uin !== undefined && v.uin.toUpperCase() !== uin) return false;
    if (f.askingMemberId !== undefined && v.askingMemberId !== f.askingMemberId) return false;
    if (f.answeringMemberId !== undefined && v.answeringMemberId !== f.answeringMemberId) return false;
    if (f.members.size && !f.members.has(v.askingMemberId) && !(v.answeringMemberId !== null && f.members.has(v.answeringMemberId))) return false;
    if (f.answeringBodies.size && !f.answeringBodies.has(v.answeringBodyId)) return false;
    if (!within(v.dateTabled, f.tabledWhenFrom, f.tabledWhenTo)) return false;
    if (!within(v.dateForAnswer, f.dateForAnswerWhenFrom, f.dateForAnswerWhenTo)) return false;
    if (!within(v.dateAnswered, f.answeredWhenFrom, f.answeredWhenTo)) return false;
    if (!within(v.dateAnswerCorrected, f.correctedWhenFrom, f.correctedWhenTo)) return false;
    const isAnswered = isAnsweredQuestion(v);
    if (f.answered === 'Answered' && !isAnswered) return false;
    if (f.answered === 'Unanswered' && isAnswered) return false;
    if (f.questionStatus === 'AnsweredOnly' && !isAnswered) return false;
    if (f.questionStatus === 'NotAnswered' && isAnswered) return false;
    if (term && !searchText.includes(term)) return false;
    return true;
  });

  const page = matches.slice(f.skip, f.skip + f.take).map((r) => (f.expandMember ? expandItem(data, r.listItem) : r.listItem));
  sendJson(res, 200, { totalResults: matches.length, results: page });
}

/**
 * Answered = has an answer date and the answer is not a holding one (a holding answer only promises
 * a substantive one).
 * @param {QuestionValue} v
 */
export const isAnsweredQuestion = (v) => Boolean(v.dateAnswered) && !v.answerIsHolding;

/**
 * A copy of a list item (or single item) with MemberViewModels filled in.
 * @param {FixtureData} data
 * @param {import('./data.js').QuestionItem} item
 */
function expandItem(data, item) {
  return { ...item, value: expandValue(data, item.value) };
}

/** @param {FixtureData} data @param {QuestionValue} v @returns {QuestionValue} */
function expandValue(data, v) {
  return {
    ...v,
    askingMember: memberViewModel(data, v.askingMemberId),
    answeringMember: memberViewModel(data, v.answeringMemberId),
    correctingMember: memberViewModel(data, v.correctingMemberId),
  };
}

// ---- single ----------------------------------------------------------------------------------------

/**
 * @param {FixtureData} data
 * @param {string} rawId
 * @param {import('./json.js').Query} q
 * @param {Res} res
 */
function singleById(data, rawId, q, res) {
  const id = parseInt32(rawId);
  if (id === null) q.errors.id = [`The value '${rawId}' is not valid.`];
  else if (id < 0) q.errors.id = ['The field id must be between 0 and 2147483647.'];
  const expand = q.bool('expandMember') ?? false;
  q.enumValue('sessionStatus', SESSION_STATUS);
  if (q.hasErrors) return sendValidationProblem(res, q.errors);
  const record = data.questionsById.get(/** @type {number} */ (id));
  sendSingle(data, record, expand, res);
}

/**
 * @param {FixtureData} data
 * @param {string} rawDate
 * @param {string} rawUin
 * @param {import('./json.js').Query} q
 * @param {Res} res
 */
function singleByDateAndUin(data, rawDate, rawUin, q, res) {
  const ms = parseApiDate(rawDate);
  if (ms === null) q.errors.date = [`The value '${rawDate}' is not valid.`];
  const expand = q.bool('expandMember') ?? false;
  q.enumValue('sessionStatus', SESSION_STATUS);
  if (q.hasErrors) return sendValidationProblem(res, q.errors);
  const day = new Date(/** @type {number} */ (ms)).toISOString().slice(0, 10);
  const uin = rawUin.trim().toUpperCase();
  const record = data.questions.find(({ fullValue: v }) => v.uin.toUpperCase() === uin && v.dateTabled.slice(0, 10) === day);
  sendSingle(data, record, expand, res);
}

/**
 * @param {FixtureData} data
 * @param {QuestionRecord | undefined} record
 * @param {boolean} expand
 * @param {Res} res
 */
function sendSingle(data, record, expand, res) {
  if (!record) return sendProblem(res, 404, 'Not Found');
  const value = expand ? expandValue(data, record.fullValue) : record.fullValue;
  sendJson(res, 200, { value, links: record.listItem.links });
}
