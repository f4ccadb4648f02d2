/**
 * Lords Votes API client (lordsvotes-api.parliament.uk, OpenAPI "Lords Votes API"): a peer's votes
 * (content / not content) in divisions whose titles match a search term, in one request. Plain
 * parameter names (MemberId, SearchTerm) and camelCase JSON. Network only through GetJson.
 */
import { array, boolean, int, nullish, object, string, type infer as Infer } from 'zod/mini';
import type { Result } from '../../protocol/result';
import { apiDateTime, isoDay } from '../api-dates';
import { VOTES_PAGE_SIZE, type MemberDivisionVote, type MemberVotesQuery } from '../division-vote';
import type { GetJson } from '../get-json';
import { idAt, parseItemsThen, type ListSpec } from '../list-items';

export const LORDS_VOTES_API = 'https://lordsvotes-api.parliament.uk';

/** DivisionViewModel: only what we show. The authoritative counts include the tellers. */
const divisionSchema = object({
  divisionId: int(),
  date: apiDateTime,
  number: nullish(int()),
  title: nullish(string()),
  authoritativeContentCount: int(),
  authoritativeNotContentCount: int(),
});

/**
 * MemberVotingRecordViewModel: one entry of GET /data/Divisions/membervoting (the document
 * declares a single record; the API sends an array of them), read item by item.
 */
export const lordsMemberVotingRecordSchema = object({
  memberId: int(),
  memberWasContent: boolean(),
  memberWasTeller: nullish(boolean()),
  publishedDivision: divisionSchema,
});

/** The whole reply, strictly (the fixture server's tests check their data with it); we read it item by item. */
export const lordsMemberVotingSchema = array(lordsMemberVotingRecordSchema);

const MEMBER_VOTING: ListSpec<Infer<typeof lordsMemberVotingRecordSchema>> = {
  what: 'Lords voting record',
  item: lordsMemberVotingRecordSchema,
  idOf: idAt('publishedDivision', 'divisionId'),
};

export function lordsMemberVotingUrl({ memberId, searchTerm, startDate }: MemberVotesQuery): string {
  const params = new URLSearchParams({
    MemberId: String(memberId),
    SearchTerm: searchTerm,
    StartDate: startDate,
    IncludeWhenMemberWasTeller: 'true',
    take: String(VOTES_PAGE_SIZE),
  });
  return `${LORDS_VOTES_API}/data/Divisions/membervoting?${params}`;
}

/** The peer's votes on matching divisions, newest first as the API sends them. */
export async function getLordsMemberVotes(getJson: GetJson, query: MemberVotesQuery): Promise<Result<MemberDivisionVote[]>> {
  return getJson({
    url: lordsMemberVotingUrl(query),
    family: 'votes',
    parse: parseItemsThen(MEMBER_VOTING, toDivisionVotes),
  });
}

function toDivisionVotes(records: Infer<typeof lordsMemberVotingRecordSchema>[]): MemberDivisionVote[] {
  return records.map((r): MemberDivisionVote => ({
    memberId: r.memberId,
    side: r.memberWasContent ? 'content' : 'not-content',
    teller: r.memberWasTeller ?? false,
    division: {
      id: r.publishedDivision.divisionId,
      house: 'Lords',
      date: isoDay(r.publishedDivision.date),
      number: r.publishedDivision.number ?? null,
      title: (r.publishedDivision.title ?? '').trim() || `Division ${r.publishedDivision.number ?? r.publishedDivision.divisionId}`,
      ayes: r.publishedDivision.authoritativeContentCount,
      noes: r.publishedDivision.authoritativeNotContentCount,
    },
  }));
}
