// A fake of the Commons Votes API (commonsvotes-api.parliament.uk, OpenAPI
// /work/shared/reference/openapi/commonsvotes-api.json) over votes-data.js: real divisions from the
// recorded samples and, with ../shared, the real titles of reference/votes/divisions.json (their
// votes CONSTRUCTED); without it the CONSTRUCTED Online Safety Bill divisions (test/fixtures/api/README.md).
// Parameters carry the `queryParameters.` prefix (names case-insensitive, as ASP.NET binds them);
// JSON is PascalCase.
//
//   GET /data/division/{id}.json                          PublishedDivision (404 when unknown)
//   GET /data/divisions.json/search?…                     PublishedDivision[] (member lists empty, as recorded)
//   GET /data/divisions.json/searchTotalResults?…         int
//   GET /data/divisions.json/membervoting?…memberId=…     MemberVotingRecord[] (memberId required)
//
// Only divisions whose member lists we have (1873 and the constructed ones) can show a member's vote;
// the other 24 recorded divisions came from a search and carry no lists (README.md).

import { loadDivisions, matchesSearchTerm, withinDates } from './votes-data.js';
import { readGetRequest, sendEmpty, sendJson, sendValidationProblem } from './json.js';

export const COMMONS_VOTES_HOST = 'commonsvotes-api.parliament.uk';

/** "Default is 25" (spec); the API does not say its maximum, we cap at 100. */
const DEFAULT_TAKE = 25;
const MAX_TAKE = 100;
const P = 'queryParameters.';

/** @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void} */
export function createCommonsVotesApi() {
  return function commonsVotesApi(req, res) {
    const request = readGetRequest(req, res);
    if (!request) return undefined;
    const { query, lower } = request;
    if (lower[0] !== 'data' || lower.length !== 3) return sendEmpty(res, 404);
    const { commons } = loadDivisions();

    const single = /^(\d+)\.json$/.exec(lower[2] ?? '');
    if (lower[1] === 'division' && single) {
      const found = commons.find((d) => d.division.DivisionId === Number(single[1]));
      return found ? sendJson(res, 200, found.division) : sendEmpty(res, 404);
    }
    if (lower[1] !== 'divisions.json') return sendEmpty(res, 404);
    const op = lower[2];
    if (op !== 'search' && op !== 'searchtotalresults' && op !== 'membervoting') return sendEmpty(res, 404);

    const memberId = query.int(`${P}memberId`, { min: 1 });
    const filters = {
      searchTerm: query.string(`${P}searchTerm`),
      includeTellers: query.bool(`${P}includeWhenMemberWasTeller`) ?? false,
      start: query.date(`${P}startDate`),
      end: query.date(`${P}endDate`),
      number: query.int(`${P}divisionNumber`),
    };
    const skip = query.int(`${P}skip`) ?? 0;
    const take = Math.min(query.int(`${P}take`) ?? DEFAULT_TAKE, MAX_TAKE);
    if (op === 'membervoting' && memberId === undefined && !query.errors[`${P}memberId`]) {
      query.errors[`${P}memberId`] = [`The ${P}memberId field is required.`];
    }
    if (query.hasErrors) return sendValidationProblem(res, query.errors);

    const matching = commons.filter((entry) =>
      matchesSearchTerm(entry.division.Title, entry.division.Number, filters.searchTerm)
      && withinDates(entry.time, filters.start, filters.end)
      && (filters.number === undefined || entry.division.Number === filters.number)
      && (memberId === undefined || sideOf(entry, memberId, filters.includeTellers) !== null));

    if (op === 'searchtotalresults') return sendJson(res, 200, matching.length);
    const page = matching.slice(skip, skip + take);
    if (op === 'search') return sendJson(res, 200, page.map(({ division: d }) => ({ ...d, Ayes: [], Noes: [], NoVoteRecorded: [] })));
    const id = /** @type {number} */ (memberId);
    return sendJson(res, 200, page.map((entry) => {
      const d = entry.division;
      const side = /** @type {{ aye: boolean, teller: boolean }} */ (sideOf(entry, id, filters.includeTellers));
      return { MemberId: id, MemberVotedAye: side.aye, MemberWasTeller: side.teller, PublishedDivision: d };
    }));
  };
}

/**
 * How a member took part: in a list, or (when tellers count) as a teller; null when they did not.
 * A real title without lists answers by its constructed rule (votes-data.js).
 * @param {import('./votes-data.js').StoredDivision} entry @param {number} memberId @param {boolean} includeTellers
 */
function sideOf(entry, memberId, includeTellers) {
  if (entry.sideOf) return entry.sideOf(memberId);
  const d = entry.division;
  const has = (/** @type {string} */ list) => (d[list] ?? []).some((/** @type {{ MemberId: number }} */ m) => m.MemberId === memberId);
  if (has('Ayes')) return { aye: true, teller: false };
  if (has('Noes')) return { aye: false, teller: false };
  if (includeTellers && has('AyeTellers')) return { aye: true, teller: true };
  if (includeTellers && has('NoTellers')) return { aye: false, teller: true };
  return null;
}
