import { getBiography, getMember, type MemberProfile } from '../../clients/members/client';
import { nowOf, partyOn, postForDepartment, postsOn, seatOn, type Seat } from '../../clients/members/on-date';
import { ok } from '../../protocol/result';
import type { Handler } from '../router';

/** The member on the answer date (party, seat, posts, the post in the answering department) and now. */
export const memberCard: Handler<'member.card'> = async ({ memberId, onDate, department }, _sender, { getJson }) => {
  const [member, bio] = await Promise.all([getMember(getJson, memberId), getBiography(getJson, memberId)]);
  if (!member.ok) return member;
  if (!bio.ok) return bio;
  const m = member.value;
  const posts = postsOn(bio.value, onDate);
  const partyThen = partyOn(bio.value, onDate);
  const now = nowOf(m, bio.value, new Date().toISOString().slice(0, 10));
  return ok({
    id: m.id,
    name: m.name,
    house: m.house,
    thumbnailUrl: m.thumbnailUrl,
    profileUrl: `https://members.parliament.uk/member/${m.id}/contact`,
    then: {
      party: partyThen ? { name: partyThen.name, colour: null } : null,
      seat: seatText(seatOn(bio.value, onDate, m)),
      posts: posts.map((p) => p.name),
      departmentPost: department ? postForDepartment(posts, department)?.name ?? null : null,
    },
    now: now.inHouse
      ? { inHouse: true, party: currentParty(m), seat: seatText(now.seat), posts: now.posts.map((p) => p.name), leftOn: null, leftReason: null }
      : { inHouse: false, party: currentParty(m), seat: now.lastSeat, posts: [], leftOn: now.leftOn, leftReason: now.reason },
  });
};

function seatText(seat: Seat | null): string | null {
  if (!seat) return null;
  return seat.house === 'Commons' ? seat.constituency : seat.peerage ?? 'Member of the House of Lords';
}

function currentParty(m: MemberProfile) {
  return m.party ? { name: m.party.name, colour: m.party.colour } : null;
}
