import { getCommonsMemberVotes } from '../../clients/commons-votes/client';
import { divisionPageUrl, type MemberDivisionVote, type MemberVotesQuery } from '../../clients/division-vote';
import type { GetJson } from '../../clients/get-json';
import { getLordsMemberVotes } from '../../clients/lords-votes/client';
import { divisionReason, divisionSearchTerm } from '../../extract/topic-match';
import { topicTerms } from '../../extract/topic-terms';
import { ok, type Result } from '../../protocol/result';
import type { RequestOf, ResponseOf } from '../../protocol/messages';
import type { Handler } from '../router';

type Divisions = ResponseOf<'votes.divisions'>;
type Division = Divisions['divisions'][number];

/** How far before the answer to look: the bill a question anticipates is often a session or two away. */
const WINDOW_YEARS_BEFORE = 2;

/**
 * Divisions on the question's topic, with each member's side. One membervoting request per member,
 * searched with the first specific topic term; a division one member voted in and the other did not shows
 * the other as absent. (Divisions neither voted in are not listed: that would cost another request.)
 */
export const votesDivisions: Handler<'votes.divisions'> = (request, _sender, { getJson }) => findTopicDivisions(getJson, request);

export async function findTopicDivisions(
  get: GetJson,
  { house, memberIds, heading, answerDate }: RequestOf<'votes.divisions'>,
): Promise<Result<Divisions>> {
  const terms = topicTerms(heading);
  const fromDate = yearsBefore(answerDate, WINDOW_YEARS_BEFORE);
  // The first specific term: a broad one ("child") alone would list divisions beside the point.
  const searchTerm = divisionSearchTerm(terms);
  if (!searchTerm || memberIds.length === 0) return ok({ terms, searchTerm, fromDate, divisions: [] });
  const fetchVotes = house === 'Commons' ? getCommonsMemberVotes : getLordsMemberVotes;
  const ids = [...new Set(memberIds)];
  const results = await Promise.all(ids.map((memberId) => fetchVotes(get, { memberId, searchTerm, startDate: fromDate } satisfies MemberVotesQuery)));
  const votes: MemberDivisionVote[] = [];
  for (const result of results) {
    if (!result.ok) return result;
    votes.push(...result.value);
  }
  return ok({ terms, searchTerm, fromDate, divisions: mergeByDivision(ids, votes, searchTerm) });
}

/**
 * One entry per division, newest first, with every asked member's side or 'absent'. The APIs match
 * any substring ("bus" in "Business of the House"): only titles that name the term at a word start stay.
 */
function mergeByDivision(memberIds: number[], votes: MemberDivisionVote[], searchTerm: string): Division[] {
  const byId = new Map<number, { division: MemberDivisionVote['division']; votes: MemberDivisionVote[] }>();
  for (const vote of votes) {
    const entry = byId.get(vote.division.id) ?? { division: vote.division, votes: [] };
    entry.votes.push(vote);
    byId.set(vote.division.id, entry);
  }
  return [...byId.values()]
    .flatMap((entry) => {
      const reason = divisionReason(entry.division.title, searchTerm);
      return reason ? [{ ...entry, reason }] : [];
    })
    .sort((a, b) => b.division.date.localeCompare(a.division.date) || b.division.id - a.division.id)
    .map(({ division, votes: cast, reason }) => ({
      id: division.id,
      date: division.date,
      title: division.title,
      ayes: division.ayes,
      noes: division.noes,
      url: divisionPageUrl(division.house, division.id),
      reason,
      votes: memberIds.map((memberId) => {
        const vote = cast.find((v) => v.memberId === memberId);
        return vote ? { memberId, side: vote.side, teller: vote.teller } : { memberId, side: 'absent' as const, teller: false };
      }),
    }));
}

/** "2019-02-08", 2 → "2017-02-08" (29 February falls back to the 28th via Date arithmetic). */
export function yearsBefore(isoDate: string, years: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d.toISOString().slice(0, 10);
}
