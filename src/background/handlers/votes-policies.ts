import type { GetJson } from '../../clients/get-json';
import { getPersonPolicies, partySlug, personPoliciesPageUrl, policyPageUrl, stanceBand, type PersonPoliciesQuery } from '../../clients/twfy-votes/client';
import { policyGroupsForDepartment, relevantPolicies } from '../../extract/policy-groups';
import { topicTerms } from '../../extract/topic-terms';
import type { RequestOf, ResponseOf } from '../../protocol/messages';
import { ok, type Result } from '../../protocol/result';
import type { Handler } from '../router';

/** TheyWorkForYou's policy stances that fit the question: its topic words first, then its department's groups. */
export const votesPolicies: Handler<'votes.policies'> = (request, _sender, { getJson }) => findPolicyStances(getJson, request);

export async function findPolicyStances(get: GetJson, request: RequestOf<'votes.policies'>): Promise<Result<ResponseOf<'votes.policies'>>> {
  const query: PersonPoliciesQuery = {
    personId: request.twfyPersonId,
    chamber: request.house === 'Lords' ? 'lords' : 'commons',
    party: partySlug(request.party),
  };
  const stances = await getPersonPolicies(get, query);
  if (!stances.ok) return stances;
  const picked = relevantPolicies(stances.value, policyGroupsForDepartment(request.department), topicTerms(request.heading));
  return ok({
    pageUrl: personPoliciesPageUrl(query),
    scored: stances.value.length,
    policies: picked.map((p) => {
      const band = stanceBand(p.distanceScore, p.votesCounted);
      return {
        id: p.policyId,
        name: p.name,
        band,
        stance: band ? `${band} ${p.description}` : `Not enough votes for a stance on ${p.description}`,
        url: policyPageUrl(p.policyId),
      };
    }),
  });
}
