// A fake of the Lords Votes API (lordsvotes-api.parliament.uk, OpenAPI
// /work/shared/reference/openapi/lordsvotes-api.json) over votes-data.js: the real division 3172 and
// the CONSTRUCTED air-quality division (test/fixtures/api/README.md). Plain parameter names
// (case-insensitive), camelCase JSON.
//
//   GET /data/Divisions/{id}                          DivisionViewModel (404 when unknown)
//   GET /data/Divisions/search?…                      DivisionViewModel[]
//   GET /data/Divisions/searchTotalResults?…          int
//   GET /data/Divisions/membervoting?MemberId=…       MemberVotingRecordViewModel[] (MemberId required)

import { loadDivisions, matchesSearchTerm, withinDates } from './votes-data.js';
import { parseInt32, readGetRequest, sendEmpty, sendJson, sendValidationProblem } from './json.js';

export const LORDS_VOTES_HOST = 'lordsvotes-api.parliament.uk';

const DEFAULT_TAKE = 25;
const MAX_TAKE = 100;

/** @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void} */
export function createLordsVotesApi() {
  return function lordsVotesApi(req, res) {
    const request = readGetRequest(req, res);
    if (!request) return undefined;
    const { query, lower, parts } = request;
    if (lower[0] !== 'data' || lower[1] !== 'divisions' || lower.length !== 3) return sendEmpty(res, 404);
    const { lords } = loadDivisions();
    const op = lower[2];

    if (op !== 'search' && op !== 'searchtotalresults' && op !== 'membervoting' && op !== 'groupedbyparty') {
      const id = parseInt32(/** @type {string} */ (parts[2]));
      if (id === null) return sendValidationProblem(res, { divisionId: [`The value '${parts[2]}' is not valid.`] });
      const found = lords.find((d) => d.division.divisionId === id);
      return found ? sendJson(res, 200, found.division) : sendEmpty(res, 404);
    }
    if (op === 'groupedbyparty') return sendEmpty(res, 404); // not faked

    const memberId = query.int('MemberId', { min: 1 });
    const searchTerm = query.string('SearchTerm');
    const includeTellers = query.bool('IncludeWhenMemberWasTeller') ?? false;
    const start = query.date('StartDate');
    const end = query.date('EndDate');
    const number = query.int('DivisionNumber');
    const skip = query.int('skip', { min: 0 }) ?? 0;
    const take = Math.min(query.int('take', { min: 1 }) ?? DEFAULT_TAKE, MAX_TAKE);
    if (op === 'membervoting' && memberId === undefined && !query.errors.MemberId) query.errors.MemberId = ['The MemberId field is required.'];
    if (query.hasErrors) return sendValidationProblem(res, query.errors);

    const matching = lords.filter(({ division: d, time }) =>
      matchesSearchTerm(d.title ?? '', d.number, searchTerm)
      && withinDates(time, start, end)
      && (number === undefined || d.number === number)
      && (memberId === undefined || sideOf(d, memberId, includeTellers) !== null));

    if (op === 'searchtotalresults') return sendJson(res, 200, matching.length);
    const page = matching.slice(skip, skip + take);
    if (op === 'search') return sendJson(res, 200, page.map((d) => d.division));
    const id = /** @type {number} */ (memberId);
    return sendJson(res, 200, page.map(({ division: d }) => {
      const side = /** @type {{ content: boolean, teller: boolean }} */ (sideOf(d, id, includeTellers));
      return { memberId: id, memberWasContent: side.content, memberWasTeller: side.teller, publishedDivision: d };
    }));
  };
}

/**
 * Lords tellers are also in the lists (division 3172), so a teller is found in a list and flagged.
 * @param {Record<string, any>} d @param {number} memberId @param {boolean} includeTellers
 */
function sideOf(d, memberId, includeTellers) {
  const has = (/** @type {string} */ list) => (d[list] ?? []).some((/** @type {{ memberId: number }} */ m) => m.memberId === memberId);
  const contentTeller = has('contentTellers');
  const notContentTeller = has('notContentTellers');
  if (has('contents')) return { content: true, teller: contentTeller };
  if (has('notContents')) return { content: false, teller: notContentTeller };
  if (includeTellers && contentTeller) return { content: true, teller: true };
  if (includeTellers && notContentTeller) return { content: false, teller: true };
  return null;
}
