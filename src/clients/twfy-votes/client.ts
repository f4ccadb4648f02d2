/**
 * TheyWorkForYou Votes client (votes.theyworkforyou.com, mysociety/twfy-votes-django's API): a
 * person's stance on TWFY's policies, as TWFY scores it, in one request per person.
 *
 *   GET /person/{person_id}/policies/{chamber_slug}/{party_slug}/{period_slug}.json
 *   → PolicyDisplayGroup[]: { name, paired_policies: [{ policy, own_distribution, … }] }
 *
 * The person id is TWFY's own (the page's `/mp/?p=` link), not Parliament's member id.
 */
import { array, int, nullish, number, object, string, unknown, type infer as Infer } from 'zod/mini';
import { ok, type Result } from '../../protocol/result';
import type { GetJson } from '../get-json';
import { idAt, parseItemsThen, readItems, type ListSpec } from '../list-items';
import { htmlToText } from '../html-text';

export const TWFY_VOTES = 'https://votes.theyworkforyou.com';

export type Chamber = 'commons' | 'lords';

/** VoteDistribution (a ModelSchema of every field): counts of the person's votes against the policy's line. */
const distributionSchema = object({
  num_votes_same: nullish(number()),
  num_strong_votes_same: nullish(number()),
  num_votes_different: nullish(number()),
  num_strong_votes_different: nullish(number()),
  num_votes_absent: nullish(number()),
  num_strong_votes_absent: nullish(number()),
  num_votes_abstain: nullish(number()),
  num_strong_votes_abstain: nullish(number()),
  /** 0 = always voted with the policy, 1 = always against. */
  distance_score: number(),
  start_year: nullish(int()),
  end_year: nullish(int()),
});

const policySchema = object({
  id: int(),
  name: string(),
  /** HTML: "reforming the <b>NHS</b> so GPs buy services …" */
  context_description: nullish(string()),
  groups: array(object({ slug: string(), description: nullish(string()) })),
});

const pairedPolicySchema = object({ policy: policySchema, own_distribution: distributionSchema });

/** The whole reply, strictly (the fixture server's tests check their data with it); we read it item by item. */
export const personPoliciesSchema = array(object({ name: string(), paired_policies: array(pairedPolicySchema) }));

/** Groups, then every policy in them, each read on its own: one odd policy costs only itself. */
const GROUPS: ListSpec<{ paired_policies: unknown[] }> = {
  what: 'TheyWorkForYou policy record',
  item: object({ name: nullish(string()), paired_policies: array(unknown()) }),
  idOf: idAt('name'),
};
const PAIRED: ListSpec<Infer<typeof pairedPolicySchema>> = { what: 'TheyWorkForYou policy list', item: pairedPolicySchema, idOf: idAt('policy', 'id') };

function parsePersonPolicies(raw: unknown): Result<PolicyStance[]> {
  const pairs = parseItemsThen(GROUPS, (groups) => groups.flatMap((g) => g.paired_policies))(raw);
  if (!pairs.ok) return pairs;
  const read = readItems(pairs.value, PAIRED);
  return read.ok ? ok(toStances(read.value.items)) : read;
}

export interface PolicyStance {
  policyId: number;
  name: string;
  /** Plain text, e.g. "reforming the NHS so GPs buy services on behalf of their patients". */
  description: string;
  groups: string[];
  distanceScore: number;
  /** Votes TWFY counted, strong and weak, including absences. */
  votesCounted: number;
  fromYear: number | null;
  toYear: number | null;
}

export interface PersonPoliciesQuery {
  personId: number;
  chamber: Chamber;
  /** TWFY's party slug ("labour", "conservative"): the comparison it scores against. */
  party: string;
}

/** "Liberal Democrat" → "liberal-democrat", as TWFY writes party slugs. */
export function partySlug(partyName: string | null): string {
  const slug = (partyName ?? '').toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return slug || 'independent';
}

export const personPoliciesPageUrl = ({ personId, chamber, party }: PersonPoliciesQuery) =>
  `${TWFY_VOTES}/person/${personId}/policies/${chamber}/${encodeURIComponent(party)}/all_time`;
export const personPoliciesUrl = (query: PersonPoliciesQuery) => `${personPoliciesPageUrl(query)}.json`;
export const policyPageUrl = (policyId: number) => `${TWFY_VOTES}/policy/${policyId}`;

export async function getPersonPolicies(getJson: GetJson, query: PersonPoliciesQuery): Promise<Result<PolicyStance[]>> {
  return getJson({
    url: personPoliciesUrl(query),
    family: 'votes',
    parse: parsePersonPolicies,
  });
}

function toStances(pairs: Infer<typeof pairedPolicySchema>[]): PolicyStance[] {
  return pairs.map(({ policy, own_distribution: d }): PolicyStance => ({
    policyId: policy.id,
    name: policy.name,
    description: htmlToText(policy.context_description ?? '').trim() || policy.name,
    groups: policy.groups.map((g) => g.slug),
    distanceScore: d.distance_score,
    votesCounted: [d.num_votes_same, d.num_strong_votes_same, d.num_votes_different, d.num_strong_votes_different,
      d.num_votes_absent, d.num_strong_votes_absent, d.num_votes_abstain, d.num_strong_votes_abstain]
      .reduce<number>((sum, n) => sum + (n ?? 0), 0),
    fromYear: d.start_year ?? null,
    toYear: d.end_year ?? null,
  }));
}

/**
 * TheyWorkForYou's own words for a distance score (its score bands: 0.05, 0.15, 0.4, 0.6, 0.85,
 * 0.95), e.g. "Consistently voted for". Null when TWFY counted no votes.
 */
export function stanceBand(distanceScore: number, votesCounted: number): string | null {
  if (votesCounted <= 0) return null;
  if (distanceScore <= 0.05) return 'Consistently voted for';
  if (distanceScore <= 0.15) return 'Almost always voted for';
  if (distanceScore <= 0.4) return 'Generally voted for';
  if (distanceScore <= 0.6) return 'Voted a mixture of for and against';
  if (distanceScore <= 0.85) return 'Generally voted against';
  if (distanceScore <= 0.95) return 'Almost always voted against';
  return 'Consistently voted against';
}
