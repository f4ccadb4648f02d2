import type { GetJson } from '../../clients/get-json';
import { getPersonPolicies, partySlug, personPoliciesPageUrl, policyPageUrl, stanceBand, type PersonPoliciesQuery } from '../../clients/twfy-votes/client';
import { policyGroupsForDepartment } from '../../extract/policy-groups';
import { pickPolicies } from '../../extract/topic-match';
import { topicTerms } from '../../extract/topic-terms';
import type { RequestOf, ResponseOf } from '../../protocol/messages';
import { ok, type Result } from '../../protocol/result';
import type { Handler } from '../router';

/**
 * TheyWorkForYou's policy stances on the question's topic: matched on the policies' names and
 * descriptions; the department's groups only break ties. None fitting means none shown.
 */
export const votesPolicies: Handler<'votes.policies'> = (request, _sender, { getJson }) => findPolicyStances(getJson, request);

export async function findPolicyStances(get: GetJson, request: RequestOf<'votes.policies'>): Promise<Result<ResponseOf<'votes.policies'>>> {
  const query: PersonPoliciesQuery = {
    personId: request.twfyPersonId,
    chamber: request.house === 'Lords' ? 'lords' : 'commons',
    party: partySlug(request.party),
  };
  const stances = await getPersonPolicies(get, query);
  if (!stances.ok) return stances;
  const picked = pickPolicies(stances.value, topicTerms(request.heading), policyGroupsForDepartment(request.department));
  return ok({
    pageUrl: personPoliciesPageUrl(query),
    scored: stances.value.length,
    policies: picked.map(({ policy: p, reason }) => {
      const band = stanceBand(p.distanceScore, p.votesCounted);
      return {
        id: p.policyId,
        name: p.name,
        band,
        stance: band ? `${band} ${p.description}` : `Not enough votes for a stance on ${p.description}`,
        url: policyPageUrl(p.policyId),
        reason,
      };
    }),
  });
}
