/**
 * Commons Votes API client (commonsvotes-api.parliament.uk, OpenAPI "Commons Votes API"): a member's
 * votes in divisions whose titles match a search term, in one request. Parameters carry the API's
 * `queryParameters.` prefix and the JSON is PascalCase. Network only through GetJson.
 */
import { array, boolean, int, nullish, object, string, type infer as Infer } from 'zod/mini';
import type { Result } from '../../protocol/result';
import { apiDateTime, isoDay } from '../api-dates';
import { VOTES_PAGE_SIZE, type MemberDivisionVote, type MemberVotesQuery } from '../division-vote';
import type { GetJson } from '../get-json';
import { idAt, parseItemsThen, type ListSpec } from '../list-items';

export const COMMONS_VOTES_API = 'https://commonsvotes-api.parliament.uk';

/**
 * PublishedDivision: only what we show. Member lists (Ayes, Noes) are ignored, not required. The
 * document is Swagger 2.0, which cannot say a field is nullable: what we can do without (Number,
 * Title: the Lords API does send null titles) is nullish; id, date, counts and side are required.
 */
const publishedDivisionSchema = object({
  DivisionId: int(),
  Date: apiDateTime,
  Number: nullish(int()),
  Title: nullish(string()),
  AyeCount: int(),
  NoCount: int(),
});

/** MemberVotingRecord: one entry of GET /data/divisions.json/membervoting, read item by item. */
export const memberVotingRecordSchema = object({
  MemberId: int(),
  MemberVotedAye: boolean(),
  MemberWasTeller: nullish(boolean()),
  PublishedDivision: publishedDivisionSchema,
});

/** The whole reply, strictly (the fixture server's tests check their data with it); we read it item by item. */
export const memberVotingSchema = array(memberVotingRecordSchema);

const MEMBER_VOTING: ListSpec<Infer<typeof memberVotingRecordSchema>> = {
  what: 'Commons voting record',
  item: memberVotingRecordSchema,
  idOf: idAt('PublishedDivision', 'DivisionId'),
};

export function commonsMemberVotingUrl({ memberId, searchTerm, startDate }: MemberVotesQuery): string {
  const params = new URLSearchParams({
    'queryParameters.memberId': String(memberId),
    'queryParameters.searchTerm': searchTerm,
    'queryParameters.startDate': startDate,
    // A teller did not vote but took a side; the reader wants to see that too.
    'queryParameters.includeWhenMemberWasTeller': 'true',
    'queryParameters.take': String(VOTES_PAGE_SIZE),
  });
  return `${COMMONS_VOTES_API}/data/divisions.json/membervoting?${params}`;
}

/** The member's votes on matching divisions, newest first as the API sends them. */
export async function getCommonsMemberVotes(getJson: GetJson, query: MemberVotesQuery): Promise<Result<MemberDivisionVote[]>> {
  return getJson({
    url: commonsMemberVotingUrl(query),
    family: 'votes',
    parse: parseItemsThen(MEMBER_VOTING, toDivisionVotes),
  });
}

function toDivisionVotes(records: Infer<typeof memberVotingRecordSchema>[]): MemberDivisionVote[] {
  return records.map((r): MemberDivisionVote => ({
    memberId: r.MemberId,
    side: r.MemberVotedAye ? 'aye' : 'no',
    teller: r.MemberWasTeller ?? false,
    division: {
      id: r.PublishedDivision.DivisionId,
      house: 'Commons',
      date: isoDay(r.PublishedDivision.Date),
      number: r.PublishedDivision.Number ?? null,
      title: (r.PublishedDivision.Title ?? '').trim() || `Division ${r.PublishedDivision.Number ?? r.PublishedDivision.DivisionId}`,
      ayes: r.PublishedDivision.AyeCount,
      noes: r.PublishedDivision.NoCount,
    },
  }));
}
