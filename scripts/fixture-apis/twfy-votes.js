// A fake of TheyWorkForYou Votes (votes.theyworkforyou.com, mysociety/twfy-votes-django's ninja API)
// for one route:
//
//   GET /person/{person_id}/policies/{chamber_slug}/{party_slug}/{period_slug}.json
//     → PolicyDisplayGroup[]: { name, paired_policies: [{ policy, own_distribution,
//        other_distribution, comparison_score_difference, significant_difference }] }
//
// REAL: the policies (id, name, group, chamber, status) from reference/samples/twfy-votes/
// policies-index.txt, their context descriptions from reference/votes/policies.json (else the name), the period slugs from comparison_periods.toml (without ../shared, our handful
// in test/fixtures/api/own-policies-index.txt and own-comparison-periods.txt; see sources.js). CONSTRUCTED: every score. Each
// person's distribution on each active policy is made by a fixed hash of (person id, policy id), the
// party comparison likewise from (party, policy id); nobody's real voting record is claimed. The index
// lists Commons policies only, so the Lords answer is an empty list. See test/fixtures/api/README.md.

import { comparisonPeriods, policyContextDescriptions, policyIndexText } from './sources.js';
import { parseInt32, readGetRequest, sendJson } from './json.js';

export const TWFY_VOTES_HOST = 'votes.theyworkforyou.com';

/** @typedef {{ id: number, status: string, chamber: string, groups: string[], name: string, description: string }} PolicyIndexRow */

/** @type {PolicyIndexRow[] | null} */
let policies = null;
/** @type {string[] | null} */
let periods = null;

function loadPolicies() {
  const descriptions = policyContextDescriptions();
  policies ??= policyIndexText()
    .split('\n')
    .filter((line) => /^\d/.test(line))
    .map((line) => {
      const [id, status, chamber, groups, name] = line.split(' | ').map((s) => s.trim());
      const description = descriptions.get(Number(id)) || (name ?? '').toLowerCase();
      return { id: Number(id), status: status ?? '', chamber: chamber ?? '', groups: (groups ?? '').split(','), name: name ?? '', description };
    });
  return policies;
}

function loadPeriods() {
  periods ??= comparisonPeriods();
  return periods;
}

/** Django answers unknown routes and missing objects with its 404 page; ninja's JSON 404 says this. */
const notFound = (/** @type {import('node:http').ServerResponse} */ res) => sendJson(res, 404, { detail: 'Not Found' });

/** @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void} */
export function createTwfyVotesApi() {
  return function twfyVotesApi(req, res) {
    const request = readGetRequest(req, res);
    if (!request) return undefined;
    const { parts } = request;
    const [person, rawId, what, chamber, party, periodFile] = parts;
    if (parts.length !== 6 || person !== 'person' || what !== 'policies' || !periodFile?.endsWith('.json')) return notFound(res);
    const personId = parseInt32(rawId ?? '');
    const period = periodFile.slice(0, -'.json'.length);
    if (personId === null || personId < 1 || !['commons', 'lords'].includes(chamber ?? '') || !loadPeriods().includes(period)) return notFound(res);

    /** @type {Map<string, unknown[]>} */
    const groups = new Map();
    for (const policy of loadPolicies().filter((p) => p.status === 'active' && p.chamber === chamber)) {
      const group = policy.groups[0] ?? 'misc';
      const list = groups.get(group) ?? [];
      list.push(pairedPolicy(policy, personId, party ?? ''));
      groups.set(group, list);
    }
    return sendJson(res, 200, [...groups].map(([name, paired]) => ({ name: GROUP_NAMES[name] ?? name, paired_policies: paired })));
  };
}

const GROUP_NAMES = /** @type {Record<string, string>} */ ({
  business: 'Business and the Economy', education: 'Education', environment: 'Environment', foreignpolicy: 'Foreign Policy and Defence',
  health: 'Health', home: 'Home Affairs', housing: 'Housing', justice: 'Justice', misc: 'Miscellaneous Topics', reform: 'Constitutional Reform',
  social: 'Social Issues', taxation: 'Taxation and Benefits', transport: 'Transport', welfare: 'Welfare and Benefits',
});

/** @param {PolicyIndexRow} policy @param {number} personId @param {string} party */
function pairedPolicy(policy, personId, party) {
  const own = distribution(hash(`${personId}:${policy.id}`), 0);
  const other = distribution(hash(`${party}:${policy.id}`), 1);
  return {
    policy: {
      id: policy.id, name: policy.name, context_description: policy.description, policy_description: '', notes: '',
      status: policy.status, strength_meaning: 'simplified', highlightable: false, chamber_id: policy.chamber === 'commons' ? 1 : 2,
      groups: policy.groups.map((slug) => ({ slug, description: GROUP_NAMES[slug] ?? slug })),
      division_links: [], agreement_links: [],
    },
    own_distribution: own,
    other_distribution: other,
    comparison_score_difference: Math.abs(own.distance_score - other.distance_score),
    significant_difference: Math.abs(own.distance_score - other.distance_score) > 0.4,
  };
}

/** A constructed VoteDistribution: counts from the hash, distance_score from the counts. @param {number} h @param {number} isTarget */
function distribution(h, isTarget) {
  const same = h % 9;
  const different = Math.floor(h / 9) % 7;
  const absent = Math.floor(h / 63) % 3;
  const total = same + different + absent;
  const distance = total === 0 ? 0.5 : Math.round(((different + absent / 2) / total) * 1000) / 1000;
  return {
    is_target: isTarget, num_votes_same: same, num_strong_votes_same: 0, num_votes_different: different, num_strong_votes_different: 0,
    num_votes_absent: absent, num_strong_votes_absent: 0, num_votes_abstain: 0, num_strong_votes_abstain: 0,
    start_year: 2010, end_year: 2024, distance_score: distance, similarity_score: 1 - distance,
  };
}

/** FNV-1a, 32 bits: the same input always makes the same constructed score. @param {string} text */
function hash(text) {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}
