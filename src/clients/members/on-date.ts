/**
 * Who a member was on a given day, from their biography: party, seat, posts, and the post that
 * matches the department answering a question. Pure functions over ISO days ("2023-12-08"),
 * which compare correctly as strings. A spell's start and end days both count as held: reshuffles
 * end one post and start the next on the same day, and either holder may have answered that day.
 */
import type { Biography, House, MemberProfile, Spell } from './client';

export type Seat = { house: 'Commons'; constituency: string } | { house: 'Lords'; peerage: string | null };
export interface Post extends Spell {
  kind: 'government' | 'opposition';
}

export const heldOn = (spell: Spell, day: string): boolean => spell.start <= day && (spell.end === null || day <= spell.end);

/** When spells overlap on a changeover day (a party switch), the one that began last wins. */
function newestHeld(spells: Spell[], day: string): Spell | null {
  let newest: Spell | null = null;
  for (const spell of spells) {
    if (heldOn(spell, day) && (!newest || spell.start > newest.start)) newest = spell;
  }
  return newest;
}

export function partyOn(bio: Biography, day: string): Spell | null {
  return newestHeld(bio.partyAffiliations, day);
}

/**
 * The constituency (Commons) from the representations; for a peer, the House of Lords membership.
 * The biography does not say the peerage type: pass the member record, whose latest house
 * membership carries it ("Life peer", "Hereditary"…) when that membership is in the Lords.
 */
export function seatOn(bio: Biography, day: string, member?: MemberProfile): Seat | null {
  const representation = newestHeld(bio.representations, day);
  if (representation) return { house: 'Commons', constituency: representation.name };
  const lords = newestHeld(bio.houseMemberships.filter((m) => m.house === 'Lords' || m.name === 'Lords'), day);
  if (!lords) return null;
  return { house: 'Lords', peerage: member?.house === 'Lords' ? member.membershipFrom : null };
}

/** Government and opposition posts held that day, newest first. */
export function postsOn(bio: Biography, day: string): Post[] {
  const posts: Post[] = [
    ...bio.governmentPosts.filter((p) => heldOn(p, day)).map((p) => ({ ...p, kind: 'government' as const })),
    ...bio.oppositionPosts.filter((p) => heldOn(p, day)).map((p) => ({ ...p, kind: 'opposition' as const })),
  ];
  return posts.sort((a, b) => (a.start === b.start ? 0 : a.start > b.start ? -1 : 1));
}

/**
 * Words that differ between how the Written Questions API names a department ("Department for
 * Education", "Treasury", "Home Office") and how posts name it ("Secretary of State for Education",
 * "(HM Treasury)", "Secretary of State for the Home Department"). What is left is the subject.
 */
const FILLER = new Set(['department', 'ministry', 'office', 'hm', 'his', 'her', 'majesty', 'the', 'of', 'for', 'and', 'to']);

export function departmentWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !FILLER.has(word));
}

/** Words every post title has; sharing one of them says nothing about the department. */
const GENERIC = new Set(['minister', 'secretary', 'state', 'parliamentary', 'under', 'shadow', 'lords', 'spokesperson', 'general', 'chief']);

const containsRun = (words: string[], run: string[]) =>
  run.length > 0 && words.some((_, i) => run.every((word, j) => words[i + j] === word));

/** 3: the post's department (additionalInfo) is this one; 2: its name spells it out; 1: half the words. */
function matchScore(post: Post, department: string[]): number {
  const info = departmentWords(post.info ?? '');
  const name = departmentWords(post.name);
  if (info.length > 0 && info.join(' ') === department.join(' ')) return 3;
  if (containsRun(name, department) || containsRun(info, department)) return 2;
  const specific = department.filter((word) => !GENERIC.has(word));
  const shared = specific.filter((word) => name.includes(word) || info.includes(word)).length;
  return shared > 0 && shared * 2 >= specific.length ? 1 : 0;
}

/** The post by which the member answered for this department; null when none matches. */
export function postForDepartment(posts: Post[], departmentName: string): Post | null {
  const department = departmentWords(departmentName);
  if (department.length === 0) return null;
  let best: Post | null = null;
  let bestScore = 0;
  for (const post of posts) {
    const score = matchScore(post, department) + (post.kind === 'government' ? 0.5 : 0);
    if (score >= 1 && score > bestScore) [best, bestScore] = [post, score];
  }
  return best;
}

export type MemberNow =
  | { inHouse: true; house: House | null; party: string | null; seat: Seat | null; posts: Post[]; statusActive: boolean | null; statusDescription: string | null }
  | { inHouse: false; house: House | null; leftOn: string; reason: string | null; notes: string | null; lastSeat: string | null };

/** Today's picture, or that they left (and when, and why) if their latest membership has ended. */
export function nowOf(member: MemberProfile, bio: Biography, today: string): MemberNow {
  if (member.membershipEnd !== null && member.membershipEnd <= today) {
    return {
      inHouse: false,
      house: member.house,
      leftOn: member.membershipEnd,
      reason: member.membershipEndReason,
      notes: member.membershipEndNotes,
      lastSeat: member.membershipFrom,
    };
  }
  const seat = seatOn(bio, today, member) ?? fallbackSeat(member);
  return {
    inHouse: true,
    house: member.house,
    // The member record's latestParty is authoritative for today; the biography may lag.
    party: member.party?.name ?? partyOn(bio, today)?.name ?? null,
    seat,
    posts: postsOn(bio, today),
    statusActive: member.statusActive,
    statusDescription: member.statusDescription,
  };
}

function fallbackSeat(member: MemberProfile): Seat | null {
  if (member.house === 'Commons' && member.membershipFrom) return { house: 'Commons', constituency: member.membershipFrom };
  if (member.house === 'Lords') return { house: 'Lords', peerage: member.membershipFrom };
  return null;
}
