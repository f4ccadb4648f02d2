/**
 * The fake Commons Votes, Lords Votes and TWFY Votes APIs: real parameter names and shapes, the samples
 * served as recorded (with ../shared, and the real division titles of reference/votes with constructed
 * votes), else the constructed divisions over our own roster.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCommonsVotesApi } from '../../scripts/fixture-apis/commons-votes.js';
import { createLordsVotesApi } from '../../scripts/fixture-apis/lords-votes.js';
import { createTwfyVotesApi } from '../../scripts/fixture-apis/twfy-votes.js';
import { memberVotingSchema } from '../../src/clients/commons-votes/client';
import { lordsMemberVotingSchema } from '../../src/clients/lords-votes/client';
import { personPoliciesSchema } from '../../src/clients/twfy-votes/client';
import { itWithShared, SHARED_PRESENT } from '../support/shared';

/** The constructed Online Safety Bill divisions are served only without ../shared (its real titles stand in). */
const itWithoutShared = it.skipIf(SHARED_PRESENT);
import { call, readShared, readSharedJson, type Json } from './call';

const commons = createCommonsVotesApi();
const lords = createLordsVotesApi();
const twfy = createTwfyVotesApi();

describe('fake Commons Votes API', () => {
  itWithoutShared('serves the constructed divisions with their lists, tellers out of them', async () => {
    const reply = await call(commons, '/data/division/9000002.json');
    expect(reply.status).toBe(200);
    const d = reply.json();
    expect(d.Title).toBe('Online Safety Bill: Report Stage: New Clause 17');
    expect(d.NoTellers.map((m: Json) => m.MemberId)).toContain(4399);
    expect(d.Noes.some((m: Json) => m.MemberId === 4399)).toBe(false);
    expect(d.Ayes.some((m: Json) => m.MemberId === 4267)).toBe(true);
    // Our fictional MPs sit the constructed divisions out: those stand for real members' votes.
    const everyone = [...d.Ayes, ...d.Noes, ...d.AyeTellers, ...d.NoTellers, ...d.NoVoteRecorded].map((m: Json) => m.MemberId);
    expect(everyone.filter((id: number) => id >= 9_900_000)).toEqual([]);
    expect((await call(commons, '/data/division/1873.json')).status).toBe(404);
  });

  itWithShared('serves the real division titles of reference/votes with constructed votes, in place of the constructed ones', async () => {
    expect((await call(commons, '/data/division/9000002.json')).status).toBe(404);
    const titles = readSharedJson<{ divisions: Json[] }>('reference/votes/divisions.json').divisions
      .filter((d) => d.house === 'commons' && d.date >= '2017-02-08' && /online/i.test(d.title)).map((d) => d.title);
    const found = (await call(commons, '/data/divisions.json/search?queryParameters.searchTerm=online&queryParameters.startDate=2017-02-08&queryParameters.take=100')).json<Json[]>();
    expect(found.map((d) => d.Title).sort()).toEqual([...titles].sort());
    expect(found.map((d) => d.Title)).toContain('New Clause 17: Online Safety Bill');
    // Sides are constructed but fixed: the same member, the same division, the same side.
    const q = '/data/divisions.json/membervoting?queryParameters.memberId=4267&queryParameters.searchTerm=online%20safety';
    const champion = (await call(commons, q)).json<Json[]>();
    expect(memberVotingSchema.safeParse(champion).success).toBe(true);
    expect(champion.length).toBeGreaterThan(0);
    expect(champion.every((r) => /online safety/i.test(r.PublishedDivision.Title))).toBe(true);
    expect((await call(commons, q)).json()).toEqual(champion);
    // Members the roster lacks (our fictional ones) vote in none.
    expect((await call(commons, '/data/divisions.json/membervoting?queryParameters.memberId=9900001&queryParameters.searchTerm=online')).json()).toEqual([]);
  });

  itWithShared('serves division 1873 with its real lists', async () => {
    const reply = await call(commons, '/data/division/1873.json');
    expect(reply.status).toBe(200);
    const d = reply.json();
    expect([d.Title, d.AyeCount, d.NoCount, d.Ayes.length + d.Noes.length + d.NoVoteRecorded.length + 4]).toEqual(['Non-Domestic Rating (Multipliers and Private Schools) Bill: Second Reading', 336, 175, 650]);
    expect((await call(commons, '/data/division/1.json')).status).toBe(404);
  });

  itWithoutShared('membervoting: the seed members on "online" since 2017, with sides and tellers', async () => {
    const votes = async (id: number, tellers = true) => (await call(commons, `/data/divisions.json/membervoting?queryParameters.memberId=${id}&queryParameters.searchTerm=online&queryParameters.startDate=2017-02-08&queryParameters.includeWhenMemberWasTeller=${tellers}`)).json<Json[]>();
    const champion = await votes(4267);
    expect(memberVotingSchema.safeParse(champion).success).toBe(true);
    expect(champion.map((r) => [r.PublishedDivision.Title, r.MemberVotedAye, r.MemberWasTeller])).toEqual([
      ['Online Safety Bill: Report Stage: New Clause 17', true, false],
      ['Online Safety Bill: Second Reading', true, false],
    ]);
    const atkins = await votes(4399);
    expect(atkins.map((r) => [r.PublishedDivision.Title, r.MemberVotedAye, r.MemberWasTeller])).toEqual([
      ['Online Safety Bill: Third Reading', true, false],
      ['Online Safety Bill: Report Stage: New Clause 17', false, true],
    ]);
    expect((await votes(4399, false)).map((r) => r.PublishedDivision.DivisionId)).toEqual([9000003]);
  });

  itWithoutShared('membervoting filters by date, title and take as the spec describes', async () => {
    const q = '/data/divisions.json/membervoting?queryParameters.memberId=4267';
    expect((await call(commons, `${q}&queryParameters.searchTerm=ONLINE&queryParameters.endDate=2022-05-01`)).json<Json[]>().map((r) => r.PublishedDivision.DivisionId)).toEqual([9000001]);
    expect((await call(commons, `${q}&queryParameters.searchTerm=online&queryParameters.take=1`)).json<Json[]>()).toHaveLength(1);
    const atkinsOnline = '/data/divisions.json/membervoting?queryParameters.memberId=4399&queryParameters.searchTerm=online';
    expect((await call(commons, `${atkinsOnline}&queryParameters.startDate=2023-01-01`)).json<Json[]>().map((r) => r.PublishedDivision.DivisionId)).toEqual([9000003]);
    expect((await call(commons, `${atkinsOnline}&queryParameters.startDate=2023-01-18`)).json<Json[]>()).toEqual([]);
  });

  itWithShared('membervoting finds a member in the recorded division 1873', async () => {
    const q = '/data/divisions.json/membervoting?queryParameters.memberId=4267&queryParameters.startDate=2024-11-25&queryParameters.endDate=2024-11-25';
    // Division 1873's real lists: Victoria Atkins voted no; Sarah Champion has no vote recorded.
    expect((await call(commons, `${q}&queryParameters.searchTerm=non-domestic`)).json<Json[]>()).toEqual([]);
    const atkins = '/data/divisions.json/membervoting?queryParameters.memberId=4399&queryParameters.searchTerm=non-domestic&queryParameters.startDate=2024-11-25&queryParameters.endDate=2024-11-25';
    expect((await call(commons, atkins)).json<Json[]>().map((r) => [r.PublishedDivision.DivisionId, r.MemberVotedAye])).toEqual([[1873, false]]);
  });

  it('membervoting without memberId is a validation problem', async () => {
    const reply = await call(commons, '/data/divisions.json/membervoting?queryParameters.searchTerm=online');
    expect(reply.status).toBe(400);
    expect(reply.json().errors).toHaveProperty('queryParameters.memberId');
  });

  itWithoutShared('search sends the lists empty, as the real search does, and searchTotalResults counts', async () => {
    const found = (await call(commons, '/data/divisions.json/search?queryParameters.searchTerm=online')).json<Json[]>();
    expect(found.map((d) => d.DivisionId)).toEqual([9000003, 9000002, 9000001]);
    expect(found.every((d) => d.Ayes.length === 0 && d.Noes.length === 0)).toBe(true);
    expect((await call(commons, '/data/divisions.json/searchTotalResults?queryParameters.searchTerm=online')).json()).toBe(3);
  });

  itWithShared('search serves the recorded divisions', async () => {
    const recorded = readSharedJson<Json[]>('reference/samples/commonsvotes-api/snommoc-divisions-search.json').filter((d) => /budget resolution/i.test(d.Title));
    expect(recorded).toHaveLength(10);
    const found = (await call(commons, '/data/divisions.json/search?queryParameters.searchTerm=Budget%20Resolution&queryParameters.take=100')).json<Json[]>();
    expect(found.map((d) => d.DivisionId)).toEqual(expect.arrayContaining(recorded.map((d) => d.DivisionId)));
    expect(found.every((d) => d.Ayes.length === 0 && d.Noes.length === 0)).toBe(true);
  });
});

describe('fake Lords Votes API', () => {
  it('membervoting: both HL1234 peers on "air quality", camelCase, the teller flagged', async () => {
    const votes = async (id: number) => (await call(lords, `/data/Divisions/membervoting?MemberId=${id}&SearchTerm=air%20quality&StartDate=2022-02-14&IncludeWhenMemberWasTeller=true`)).json<Json[]>();
    const hayman = await votes(4395);
    expect(lordsMemberVotingSchema.safeParse(hayman).success).toBe(true);
    expect(hayman.map((r) => [r.publishedDivision.divisionId, r.memberWasContent, r.memberWasTeller])).toEqual([[9003001, true, false]]);
    expect((await votes(3359)).map((r) => [r.publishedDivision.divisionId, r.memberWasContent, r.memberWasTeller])).toEqual([[9003001, false, true]]);
  });

  it('validates membervoting and serves the constructed division by id', async () => {
    expect((await call(lords, '/data/Divisions/membervoting?SearchTerm=air')).status).toBe(400);
    const d = (await call(lords, '/data/Divisions/9003001')).json();
    expect(d.title).toMatch(/^Air Quality \(Domestic Solid Fuels Standards\)/);
    expect(d.notContentTellers.map((m: Json) => m.memberId)).toContain(3359);
    expect(d.contents.map((m: Json) => m.memberId)).toContain(4395);
    expect((await call(lords, '/data/Divisions/3172')).status).toBe(SHARED_PRESENT ? 200 : 404);
  });

  itWithShared('serves the real division 3172, and the Earl of Courtown as the content teller he was', async () => {
    const d = (await call(lords, '/data/Divisions/3172')).json();
    expect([d.title, d.authoritativeContentCount, d.authoritativeNotContentCount]).toEqual(['Water (Special Measures) Bill [HL]', 36, 89]);
    const courtown = (await call(lords, '/data/Divisions/membervoting?MemberId=3359&SearchTerm=water')).json<Json[]>();
    expect(courtown.map((r) => [r.memberWasContent, r.memberWasTeller])).toEqual([[true, true]]);
    expect((await call(lords, '/data/Divisions/membervoting?SearchTerm=water')).status).toBe(400);
    expect((await call(lords, '/data/Divisions/searchTotalResults?SearchTerm=water')).json()).toBe(1);
  });
});

describe('fake TWFY Votes API', () => {
  const policyNames = async () =>
    (await call(twfy, '/person/25168/policies/commons/labour/all_time.json')).json<Json[]>().flatMap((g) => g.paired_policies.map((p: Json) => p.policy.name));

  it('serves real Commons policies with constructed scores, in the API\'s shape', async () => {
    const reply = await call(twfy, '/person/25168/policies/commons/labour/all_time.json');
    expect(reply.status).toBe(200);
    const groups = reply.json<Json[]>();
    expect(personPoliciesSchema.safeParse(groups).success).toBe(true);
    expect(await policyNames()).toContain('Mass Surveillance');
    // The same request, the same constructed scores.
    expect((await call(twfy, '/person/25168/policies/commons/labour/all_time.json')).text()).toBe(reply.text());
    expect((await call(twfy, '/person/25168/policies/commons/labour/labour_2024.json')).status).toBe(200);
  });

  itWithShared('serves the full policy index, active policies only', async () => {
    const names = await policyNames();
    expect(names.length).toBeGreaterThan(100);
    expect(names).not.toContain('Digital Services Tax'); // draft, not active
  });

  itWithShared('our handful of policies and periods are TheyWorkForYou’s own', () => {
    const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    const ownFile = (name: string) => readFileSync(new URL(`../fixtures/api/${name}`, import.meta.url), 'utf8');
    const index = new Set(lines(readShared('reference/samples/twfy-votes/policies-index.txt')));
    for (const line of lines(ownFile('own-policies-index.txt'))) expect(index.has(line), line).toBe(true);
    const periods = new Set([...readShared('reference/samples/twfy-votes/comparison_periods.toml').matchAll(/slug = "([A-Z0-9_]+)"/g)].map((m) => m[1]!.toLowerCase()));
    for (const slug of lines(ownFile('own-comparison-periods.txt'))) expect(periods.has(slug), slug).toBe(true);
  });

  it('has no Lords policies and 404s unknown periods and routes', async () => {
    expect((await call(twfy, '/person/94395/policies/lords/labour/all_time.json')).json()).toEqual([]);
    expect((await call(twfy, '/person/25168/policies/commons/labour/forever.json')).status).toBe(404);
    expect((await call(twfy, '/person/x/policies/commons/labour/all_time.json')).status).toBe(404);
  });
});
