/**
 * Schemas for the Members API (members-api.parliament.uk), written from its OpenAPI document
 * (components MemberItem, Member, Party, HouseMembership, HouseMembershipStatus,
 * MemberBiographyItem, MemberBiography, RepresentationItem, BiographyItem) and checked against the
 * recorded samples. Houses are numbers here (House enum: 1 Commons, 2 Lords), unlike the Written
 * Questions API's strings. Field by field as the document says: what it marks nullable accepts null
 * (names included: the card falls back from the display name to the full title, the list name,
 * then "Member <id>"); ids and biography start dates, which it does not, are required.
 */
import * as z from 'zod/mini';
import { apiDateTime, isoDay } from '../api-dates';
import type { Biography, House, MemberProfile, Spell } from './client';

const optionalText = z.nullish(z.string());
const optionalDate = z.nullish(apiDateTime);
const optionalHouse = z.nullish(z.int());
const linksSchema = z.nullish(z.array(z.object({ rel: optionalText, href: optionalText, method: optionalText })));

/** Party */
const partySchema = z.object({
  id: z.int(),
  name: optionalText,
  abbreviation: optionalText,
  backgroundColour: optionalText,
  foregroundColour: optionalText,
});

/** HouseMembership: membershipFrom is the constituency (Commons) or the peerage type (Lords). */
const houseMembershipSchema = z.object({
  membershipFrom: optionalText,
  house: optionalHouse,
  membershipStartDate: optionalDate,
  membershipEndDate: optionalDate,
  membershipEndReason: optionalText,
  membershipEndReasonNotes: optionalText,
  membershipStatus: z.nullish(
    z.object({ statusIsActive: z.nullish(z.boolean()), statusDescription: optionalText, statusStartDate: optionalDate }),
  ),
});

/** Member */
export const memberSchema = z.object({
  id: z.int(),
  nameListAs: optionalText,
  nameDisplayAs: optionalText,
  nameFullTitle: optionalText,
  nameAddressAs: optionalText,
  latestParty: z.nullish(partySchema),
  gender: optionalText,
  latestHouseMembership: z.nullish(houseMembershipSchema),
  thumbnailUrl: optionalText,
});

/** MemberItem: GET /api/Members/{id}. The spec lets value be null; we treat that as not found. */
export const memberItemSchema = z.object({ value: z.nullable(memberSchema), links: linksSchema });

/** BiographyItem, and RepresentationItem (which adds constituencyStart/End, unused here). */
const biographyEntrySchema = z.object({
  house: optionalHouse,
  name: optionalText,
  id: z.int(),
  startDate: apiDateTime,
  endDate: optionalDate,
  additionalInfo: optionalText,
  additionalInfoLink: optionalText,
});
const entries = z.nullish(z.array(biographyEntrySchema));

/** MemberBiography */
export const biographySchema = z.object({
  representations: entries,
  electionsContested: entries,
  houseMemberships: entries,
  governmentPosts: entries,
  oppositionPosts: entries,
  otherPosts: entries,
  partyAffiliations: entries,
  committeeMemberships: entries,
});

/** MemberBiographyItem: GET /api/Members/{id}/Biography. */
export const biographyItemSchema = z.object({ value: z.nullable(biographySchema), links: linksSchema });

export type MemberValue = z.infer<typeof memberSchema>;
export type BiographyValue = z.infer<typeof biographySchema>;
type BiographyEntry = z.infer<typeof biographyEntrySchema>;

// ---- Mapping to the domain types (client.ts).

const isoDayOrNull = (apiDate: string | null | undefined) => (apiDate ? isoDay(apiDate) : null);
const textOrNull = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);
const houseOf = (house: number | null | undefined): House | null => (house === 1 ? 'Commons' : house === 2 ? 'Lords' : null);

/** The Members API's own photo endpoint: we build it rather than trust a URL from a response. */
export const thumbnailUrl = (id: number) => `https://members-api.parliament.uk/api/Members/${id}/Thumbnail`;

export function toMemberProfile(member: MemberValue): MemberProfile {
  const party = member.latestParty;
  const house = member.latestHouseMembership;
  return {
    id: member.id,
    name: textOrNull(member.nameDisplayAs) ?? textOrNull(member.nameFullTitle) ?? textOrNull(member.nameListAs) ?? `Member ${member.id}`,
    listAs: textOrNull(member.nameListAs),
    fullTitle: textOrNull(member.nameFullTitle),
    gender: textOrNull(member.gender),
    party: party?.name ? { id: party.id, name: party.name, abbreviation: textOrNull(party.abbreviation), colour: textOrNull(party.backgroundColour) } : null,
    house: houseOf(house?.house),
    membershipFrom: textOrNull(house?.membershipFrom),
    membershipStart: isoDayOrNull(house?.membershipStartDate),
    membershipEnd: isoDayOrNull(house?.membershipEndDate),
    membershipEndReason: textOrNull(house?.membershipEndReason),
    membershipEndNotes: textOrNull(house?.membershipEndReasonNotes),
    statusActive: house?.membershipStatus?.statusIsActive ?? null,
    statusDescription: textOrNull(house?.membershipStatus?.statusDescription),
    thumbnailUrl: thumbnailUrl(member.id),
  };
}

/** Entries without a name say nothing we can show, so they are dropped rather than rejected. */
function toSpells(list: BiographyEntry[] | null | undefined): Spell[] {
  return (list ?? []).flatMap((entry) => {
    const name = textOrNull(entry.name);
    if (!name) return [];
    return [{
      id: entry.id,
      name,
      house: houseOf(entry.house),
      start: isoDay(entry.startDate),
      end: isoDayOrNull(entry.endDate),
      // Trimmed: the API sends e.g. "Department for Exiting the European Union " with a space.
      info: textOrNull(entry.additionalInfo),
      infoLink: textOrNull(entry.additionalInfoLink),
    }];
  });
}

export function toBiography(bio: BiographyValue): Biography {
  return {
    representations: toSpells(bio.representations),
    electionsContested: toSpells(bio.electionsContested),
    houseMemberships: toSpells(bio.houseMemberships),
    governmentPosts: toSpells(bio.governmentPosts),
    oppositionPosts: toSpells(bio.oppositionPosts),
    otherPosts: toSpells(bio.otherPosts),
    partyAffiliations: toSpells(bio.partyAffiliations),
    committeeMemberships: toSpells(bio.committeeMemberships),
  };
}
