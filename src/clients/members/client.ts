/**
 * Members API client (members-api.parliament.uk): the member record (name, latest party and
 * house membership) and the biography (every seat, party, post and committee with dates), from
 * which on-date.ts answers "who were they on the day of the answer". Network only through GetJson.
 */
import { fail, ok, type Result } from '../../protocol/result';
import type { GetJson } from '../get-json';
import { parseWith } from '../http';
import { biographyItemSchema, memberItemSchema, toBiography, toMemberProfile } from './schemas';

export { thumbnailUrl } from './schemas';

export const MEMBERS_API = 'https://members-api.parliament.uk';

export type House = 'Commons' | 'Lords';

export interface MemberParty {
  id: number;
  name: string;
  abbreviation: string | null;
  /** Hex without "#", as the API sends it (e.g. "d50000"). */
  colour: string | null;
}

/** GET /api/Members/{id}, flattened. Party and house membership are the latest, not historical. */
export interface MemberProfile {
  id: number;
  name: string;
  listAs: string | null;
  fullTitle: string | null;
  gender: string | null;
  party: MemberParty | null;
  house: House | null;
  /** Constituency for an MP; peerage type for a peer (e.g. "Life peer", "Hereditary"). */
  membershipFrom: string | null;
  membershipStart: string | null;
  /** Set when they have left that House (or, for MPs, at a dissolution until re-elected). */
  membershipEnd: string | null;
  membershipEndReason: string | null;
  membershipEndNotes: string | null;
  /** False while e.g. suspended or on leave of absence, though still a member. */
  statusActive: boolean | null;
  statusDescription: string | null;
  thumbnailUrl: string;
}

/** One dated entry of a biography: a seat, a party, a post, a committee. ISO days; end null = open. */
export interface Spell {
  id: number;
  name: string;
  house: House | null;
  start: string;
  end: string | null;
  /** For posts, usually the department ("Home Office"); for seats, e.g. "Elected 3 times". */
  info: string | null;
  infoLink: string | null;
}

/** GET /api/Members/{id}/Biography */
export interface Biography {
  representations: Spell[];
  electionsContested: Spell[];
  houseMemberships: Spell[];
  governmentPosts: Spell[];
  oppositionPosts: Spell[];
  otherPosts: Spell[];
  partyAffiliations: Spell[];
  committeeMemberships: Spell[];
}

export const memberUrl = (id: number) => `${MEMBERS_API}/api/Members/${id}`;
export const biographyUrl = (id: number) => `${MEMBERS_API}/api/Members/${id}/Biography`;

const noSuchMember = (id: number) => fail<never>('not_found', `The Members API has no member ${id}.`);

export async function getMember(getJson: GetJson, id: number): Promise<Result<MemberProfile>> {
  const item = await getJson({ url: memberUrl(id), family: 'member', parse: (raw) => parseWith(memberItemSchema, raw, 'member record') });
  if (!item.ok) return item;
  return item.value.value ? ok(toMemberProfile(item.value.value)) : noSuchMember(id);
}

export async function getBiography(getJson: GetJson, id: number): Promise<Result<Biography>> {
  const item = await getJson({ url: biographyUrl(id), family: 'member', parse: (raw) => parseWith(biographyItemSchema, raw, 'member biography') });
  if (!item.ok) return item;
  return item.value.value ? ok(toBiography(item.value.value)) : noSuchMember(id);
}
