/**
 * TheyWorkForYou Votes client. The reply is CONSTRUCTED in the shape of twfy-votes-django's API
 * (PolicyDisplayGroupSchema: name, paired_policies[{policy, own_distribution, …}]) around the real
 * policy 6676 (reference/samples/twfy-votes/policy-6676.yml: id, name, context, group); the scores
 * are made up for the test.
 */
import { describe, expect, it } from 'vitest';
import type { GetJson } from '../../src/clients/get-json';
import { getPersonPolicies, partySlug, personPoliciesUrl, stanceBand } from '../../src/clients/twfy-votes/client';

const nhsCommissioning = {
  id: 6676,
  name: 'NHS Commissioning',
  context_description: 'reforming the <b>NHS</b> so GPs buy services on behalf of their patients',
  status: 'active',
  groups: [{ slug: 'health', description: 'Health' }],
  division_links: [],
  agreement_links: [],
};
const distribution = (distance: number, same: number) => ({
  num_votes_same: same, num_strong_votes_same: 0, num_votes_different: 0, num_strong_votes_different: 0,
  num_votes_absent: 1, num_strong_votes_absent: 0, num_votes_abstain: 0, num_strong_votes_abstain: 0,
  start_year: 2011, end_year: 2019, distance_score: distance, similarity_score: 1 - distance,
});
const reply = [{ name: 'Health', paired_policies: [{ policy: nhsCommissioning, own_distribution: distribution(0.02, 7), other_distribution: distribution(0.5, 3), comparison_score_difference: 0.48, significant_difference: true }] }];

describe('TWFY Votes client', () => {
  it('asks for the person\'s policies in a chamber against their party, all time', () => {
    expect(personPoliciesUrl({ personId: 25168, chamber: 'commons', party: 'labour' })).toBe('https://votes.theyworkforyou.com/person/25168/policies/commons/labour/all_time.json');
  });

  it('reads each policy with its own (not the comparison) distribution, description as plain text', async () => {
    const urls: string[] = [];
    const getJson: GetJson = async (request) => (urls.push(request.url), request.parse(reply));
    const result = await getPersonPolicies(getJson, { personId: 25168, chamber: 'commons', party: 'labour' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toEqual([{
      policyId: 6676, name: 'NHS Commissioning', description: 'reforming the NHS so GPs buy services on behalf of their patients',
      groups: ['health'], distanceScore: 0.02, votesCounted: 8, fromYear: 2011, toYear: 2019,
    }]);
  });

  it('rejects a reply that is not the policy list', async () => {
    const getJson: GetJson = async (request) => request.parse({ detail: 'Not Found' });
    const result = await getPersonPolicies(getJson, { personId: 1, chamber: 'commons', party: 'labour' });
    expect(result.ok).toBe(false);
  });

  it('uses TheyWorkForYou\'s own bands', () => {
    expect([0, 0.1, 0.3, 0.5, 0.7, 0.9, 1].map((d) => stanceBand(d, 5))).toEqual([
      'Consistently voted for', 'Almost always voted for', 'Generally voted for', 'Voted a mixture of for and against',
      'Generally voted against', 'Almost always voted against', 'Consistently voted against',
    ]);
    expect(stanceBand(0, 0)).toBeNull();
  });

  it('writes party slugs as TWFY does', () => {
    expect([partySlug('Labour'), partySlug('Liberal Democrat'), partySlug(null)]).toEqual(['labour', 'liberal-democrat', 'independent']);
  });
});
