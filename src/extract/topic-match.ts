/**
 * Does a division title or a TheyWorkForYou policy fit the question's topic terms (topic-terms.ts),
 * and why, in a few words. Pure.
 *
 * Showing nothing beats showing something off topic, so the rules are strict: a term matches only
 * at a word start ("bus" never matches "business"), and a broad word alone ("child", "offence")
 * never picks anything: "Offences against Children: Internet" must not bring up the smoking ban
 * (smoking in cars with children) or a border bill's new offences.
 */

/** Words too broad to choose a division or policy on their own; they still add weight beside a specific one. */
const BROAD_TERMS = new Set(
  `child young people person family woman women man men public service local national community
  offence crime abuse support work worker help new authority council fund funding scheme
  health care education home house land trade business rights right
  disease disability treatment access england wales scotland ireland uk british international
  system rule law act bill order programme motion amendment clause nhs fire election`.split(/\s+/).filter(Boolean),
);

/**
 * Words that name a whole field, whose big bills are titled by them ("Border Security, Asylum and
 * Immigration Bill", "Employment Rights Bill"): fine in a policy's name, but a division search on
 * them lists every bill of the field, so a narrower term ("rwanda") searches instead, and alone they
 * search nothing (measured on the labelled set: scripts/eval-votes.js).
 */
const FIELD_TERMS = new Set(['asylum', 'immigration', 'employment']);

/** Places: a policy or division about Northern Ireland's powers is not about terrorism there. */
const BROAD_PHRASES = new Set(['northern ireland']);

/** Whether a term is broad (a single word on the list, or a place); other phrases are never broad. */
export const isBroadTerm = (term: string) => (term.includes(' ') ? BROAD_PHRASES.has(term) : BROAD_TERMS.has(term));

/**
 * The term at a word start, allowing a short ending of up to four letters (stems: "child" finds "Childrens", "agricultur"
 * finds "Agriculture"), but not a longer word ("bus" does not find "business").
 */
export function mentions(text: string, term: string): boolean {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  return new RegExp(`(?:^|[^a-z0-9])${escaped}[a-z]{0,4}(?![a-z0-9])`, 'i').test(text.toLowerCase().replace(/[’']/g, ''));
}

/** The term to search division titles with: the first specific one (a phrase or a narrow word, not a field's name), else none. */
export function divisionSearchTerm(terms: readonly string[]): string | null {
  return terms.find((t) => !isBroadTerm(t) && !FIELD_TERMS.has(t)) ?? null;
}

/** Why a division is shown, or null when its title does not really name the term (the API matches any substring). */
export function divisionReason(title: string, searchTerm: string): string | null {
  return mentions(title, searchTerm) ? `title contains “${searchTerm}”` : null;
}

export interface PolicyText {
  name: string;
  description: string;
  groups: readonly string[];
}

export interface PolicyPick<P> {
  policy: P;
  /** A few words: "name contains “asylum”", "description mentions “tax”, “avoidance”". */
  reason: string;
}

/**
 * Policies whose name or description fits the topic, best first, at most `max`. A policy is chosen
 * when a specific term is in its name, or two specific terms are in its description, or a specific
 * term in the description is backed by a second (broad) term. The department's groups only break
 * ties between equal scores: they never add a policy.
 */
/**
 * Whether a term found in a policy's name is that policy's subject: a phrase, or one word of a short
 * name ("Smoking bans", "Publicly Owned Railways"). One word of a long name is one part of a narrower
 * subject ("housing" in "Housing Benefit Reduction For Those Deemed to have Excess Bedrooms"): it
 * counts only as much as a word of the description.
 */
const MAX_SUBJECT_NAME_WORDS = 3;
const namesSubject = (name: string, term: string) =>
  term.includes(' ') || name.split(/\s+/).filter((w) => !/^(?:the|of|for|to|on|in|a|an|and)$/i.test(w)).length <= MAX_SUBJECT_NAME_WORDS;

export function pickPolicies<P extends PolicyText>(policies: readonly P[], terms: readonly string[], groups: readonly string[], max = 5): PolicyPick<P>[] {
  const scored = policies.flatMap((policy, index) => {
    const inName = terms.filter((t) => mentions(policy.name, t) && namesSubject(policy.name, t));
    const inText = terms.filter((t) => !inName.includes(t) && mentions(policy.description, t));
    const weight = (t: string) => (isBroadTerm(t) ? 1 : 2);
    const score = inName.reduce((s, t) => s + 2 * weight(t), 0) + inText.reduce((s, t) => s + weight(t), 0);
    const specific = [...inName, ...inText].some((t) => !isBroadTerm(t));
    if (!specific || score < 3) return [];
    const quote = (list: string[]) => list.map((t) => `“${t}”`).join(', ');
    const reason = inName.length > 0 ? `name contains ${quote(inName)}` : `description mentions ${quote(inText)}`;
    const inGroup = policy.groups.some((g) => groups.includes(g)) ? 1 : 0;
    return [{ policy, reason, score, inGroup, index }];
  });
  scored.sort((a, b) => b.score - a.score || b.inGroup - a.inGroup || a.index - b.index);
  return scored.slice(0, max).map(({ policy, reason }) => ({ policy, reason }));
}
