/** The votes handlers over a fake GetJson: which requests they make, how votes merge, the policy pick. */
import { describe, expect, it } from 'vitest';
import { vi } from 'vitest';
import type { GetJson } from '../../src/clients/get-json';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { findTopicDivisions, yearsBefore } = await import('../../src/background/handlers/votes-divisions');
const { findPolicyStances } = await import('../../src/background/handlers/votes-policies');
const { policyGroupsForDepartment } = await import('../../src/extract/policy-groups');

const division = (id: number, date: string, title: string) => ({ DivisionId: id, Date: `${date}T19:00:00`, Number: id % 100, Title: title, AyeCount: 300, NoCount: 200 });

describe('votes.divisions', () => {
  it('searches each member once with the first specific topic term from two years before the answer, each division saying why', async () => {
    const urls: URL[] = [];
    const osb2 = division(1, '2022-04-19', 'Online Safety Bill: Second Reading');
    const osbNc = division(2, '2022-07-12', 'Online Safety Bill: Report Stage: New Clause 17');
    const byMember: Record<string, unknown[]> = {
      4267: [{ MemberId: 4267, MemberVotedAye: true, MemberWasTeller: false, PublishedDivision: osbNc }, { MemberId: 4267, MemberVotedAye: true, MemberWasTeller: true, PublishedDivision: osb2 }],
      4399: [{ MemberId: 4399, MemberVotedAye: true, MemberWasTeller: false, PublishedDivision: osb2 }],
    };
    const getJson: GetJson = async (request) => {
      const url = new URL(request.url);
      urls.push(url);
      return request.parse(byMember[url.searchParams.get('queryParameters.memberId') ?? ''] ?? []);
    };
    const result = await findTopicDivisions(getJson, { house: 'Commons', memberIds: [4267, 4399], heading: 'Offences against Children: Internet', answerDate: '2019-02-08' });
    expect(urls.map((u) => [u.hostname, u.searchParams.get('queryParameters.searchTerm'), u.searchParams.get('queryParameters.startDate')])).toEqual([
      ['commonsvotes-api.parliament.uk', 'online safety', '2017-02-08'],
      ['commonsvotes-api.parliament.uk', 'online safety', '2017-02-08'],
    ]);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.searchTerm).toBe('online safety');
    expect(result.value.divisions.map((d) => d.reason)).toEqual(['title contains “online safety”', 'title contains “online safety”']);
    expect(result.value.divisions.map((d) => [d.id, d.url, d.votes])).toEqual([
      [2, 'https://votes.parliament.uk/votes/commons/division/2', [{ memberId: 4267, side: 'aye', teller: false }, { memberId: 4399, side: 'absent', teller: false }]],
      [1, 'https://votes.parliament.uk/votes/commons/division/1', [{ memberId: 4267, side: 'aye', teller: true }, { memberId: 4399, side: 'aye', teller: false }]],
    ]);
  });

  it('asks Lords Votes for a Lords question', async () => {
    const urls: string[] = [];
    const getJson: GetJson = async (request) => (urls.push(request.url), request.parse([]));
    const result = await findTopicDivisions(getJson, { house: 'Lords', memberIds: [4395], heading: 'Buses: Exhaust Emissions', answerDate: '2024-02-14' });
    expect(urls).toEqual(['https://lordsvotes-api.parliament.uk/data/Divisions/membervoting?MemberId=4395&SearchTerm=air+quality&StartDate=2022-02-14&IncludeWhenMemberWasTeller=true&take=25']);
    expect(result).toEqual({ ok: true, value: { terms: ['air quality', 'bus services'], searchTerm: 'air quality', fromDate: '2022-02-14', divisions: [] } });
  });

  it('passes an API failure on rather than showing half the votes', async () => {
    const getJson: GetJson = async () => ({ ok: false, error: { code: 'network', message: 'Could not reach the Commons Votes API.' } });
    const result = await findTopicDivisions(getJson, { house: 'Commons', memberIds: [1, 2], heading: 'Schools', answerDate: '2020-01-01' });
    expect(result.ok).toBe(false);
  });

  it('counts years back by the calendar', () => {
    expect(yearsBefore('2019-02-08', 2)).toBe('2017-02-08');
  });
});

describe('votes.policies', () => {
  const policy = (id: number, name: string, group: string, distance: number) => ({
    policy: { id, name, context_description: name.toLowerCase(), groups: [{ slug: group }] },
    own_distribution: { distance_score: distance, num_votes_same: 4, num_votes_different: 1 },
  });
  const reply = [{ name: 'Home', paired_policies: [policy(6751, 'Mass Surveillance', 'home', 0.9), policy(6696, 'Police and Crime Commissioners', 'home', 0.1)] },
    { name: 'Health', paired_policies: [policy(6676, 'NHS Commissioning', 'health', 0.5)] }];

  it('picks by topic only: a department group never fills the list, and each pick says why', async () => {
    const urls: string[] = [];
    const getJson: GetJson = async (request) => (urls.push(request.url), request.parse(reply));
    const result = await findPolicyStances(getJson, { twfyPersonId: 25424, house: 'Commons', party: 'Conservative', department: 'Home Office', heading: 'Offences against Children: Internet' });
    expect(urls).toEqual(['https://votes.theyworkforyou.com/person/25424/policies/commons/conservative/all_time.json']);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.scored).toBe(3);
    expect(result.value.pageUrl).toBe('https://votes.theyworkforyou.com/person/25424/policies/commons/conservative/all_time');
    // The seed's topic (online child abuse) fits none of these Home Office policies: none shown.
    expect(result.value.policies).toEqual([]);
  });

  it('words each chosen stance in TWFY\'s band, with its reason', async () => {
    const getJson: GetJson = async (request) => request.parse(reply);
    const result = await findPolicyStances(getJson, { twfyPersonId: 25424, house: 'Commons', party: 'Conservative', department: 'Home Office', heading: 'Mass Surveillance' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.policies.map((p) => [p.id, p.stance, p.url, p.reason])).toEqual([
      [6751, 'Almost always voted against mass surveillance', 'https://votes.theyworkforyou.com/policy/6751', 'name contains “mass surveillance”'],
    ]);
  });

  it('maps departments onto TWFY groups', () => {
    expect(policyGroupsForDepartment('Home Office')).toEqual(['home']);
    expect(policyGroupsForDepartment('Department for Environment, Food and Rural Affairs')).toEqual(['environment']);
    expect(policyGroupsForDepartment('HM Treasury')).toEqual(['taxation', 'business']);
    expect(policyGroupsForDepartment(null)).toEqual([]);
  });
});
