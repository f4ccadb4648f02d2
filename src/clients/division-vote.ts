/**
 * One member's vote in one division, as both Votes clients give it (Commons Votes is PascalCase with
 * aye/no, Lords Votes camelCase with content/not content; this is the common shape).
 */
export type VotesHouse = 'Commons' | 'Lords';
export type DivisionSide = 'aye' | 'no' | 'content' | 'not-content';

export interface DivisionSummary {
  id: number;
  house: VotesHouse;
  /** ISO day of the division. */
  date: string;
  /** The House's own number, unique within a session; null when the API leaves it out. */
  number: number | null;
  title: string;
  /** Ayes (Commons) or contents (Lords), tellers included where the API counts them. */
  ayes: number;
  /** Noes (Commons) or not contents (Lords). */
  noes: number;
}

export interface MemberDivisionVote {
  memberId: number;
  division: DivisionSummary;
  side: DivisionSide;
  /** Counted the votes for that side rather than (or as well as) voting. */
  teller: boolean;
}

export interface MemberVotesQuery {
  memberId: number;
  /** Matched by the API against division titles (and numbers). */
  searchTerm: string;
  /** ISO day: divisions on or after it, up to today. */
  startDate: string;
}

/** The division's page on votes.parliament.uk, for either House. */
export function divisionPageUrl(house: VotesHouse, divisionId: number): string {
  return `https://votes.parliament.uk/votes/${house === 'Commons' ? 'commons' : 'lords'}/division/${divisionId}`;
}


/** As many divisions as one request asks for: both APIs default to 25. */
export const VOTES_PAGE_SIZE = 25;
