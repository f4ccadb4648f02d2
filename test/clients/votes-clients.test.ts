/**
 * Commons and Lords Votes clients against the real samples (reference/samples/*votes-api): the real
 * divisions, wrapped in the membervoting record each API puts around them (MemberVotingRecord /
 * MemberVotingRecordViewModel in the OpenAPI documents).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../scripts/lib/shared-dir.js';
import { describeWithShared, SHARED_PRESENT } from '../support/shared';
import { commonsMemberVotingUrl, getCommonsMemberVotes } from '../../src/clients/commons-votes/client';
import { divisionPageUrl } from '../../src/clients/division-vote';
import type { CacheFamily, GetJson } from '../../src/clients/get-json';
import { getLordsMemberVotes, lordsMemberVotingUrl } from '../../src/clients/lords-votes/client';

const readJson = (path: string): unknown => JSON.parse(readFileSync(sharedPath(path), 'utf8'));
const commonsDivisions = !SHARED_PRESENT ? [] : readJson('reference/samples/commonsvotes-api/snommoc-divisions-search.json') as Record<string, unknown>[];
const division1873 = !SHARED_PRESENT ? {} : readJson('reference/samples/commonsvotes-api/snommoc-division-1873.json') as Record<string, unknown>;
const lordsDivisions = !SHARED_PRESENT ? [] : readJson('reference/samples/lordsvotes-api/snommoc-divisions-search.json') as Record<string, unknown>[];

function fakeGetJson(respond: (url: URL) => unknown) {
  const requests: { url: URL; family: CacheFamily }[] = [];
  const getJson: GetJson = async (request) => {
    const url = new URL(request.url);
    requests.push({ url, family: request.family });
    return request.parse(respond(url));
  };
  return { getJson, requests };
}

const query = { memberId: 4267, searchTerm: 'online', startDate: '2017-02-08' };

describeWithShared('Commons Votes client', () => {
  it('asks membervoting with the queryParameters.-prefixed names, tellers included', () => {
    const url = new URL(commonsMemberVotingUrl(query));
    expect(url.origin + url.pathname).toBe('https://commonsvotes-api.parliament.uk/data/divisions.json/membervoting');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      'queryParameters.memberId': '4267',
      'queryParameters.searchTerm': 'online',
      'queryParameters.startDate': '2017-02-08',
      'queryParameters.includeWhenMemberWasTeller': 'true',
      'queryParameters.take': '25',
    });
  });

  it('reads every real sample division (PascalCase) into a side, a teller flag and counts', async () => {
    const records = [division1873, ...commonsDivisions].map((d, i) => ({ MemberId: 4267, MemberVotedAye: i % 2 === 0, MemberWasTeller: i === 1, PublishedDivision: d }));
    const { getJson, requests } = fakeGetJson(() => records);
    const result = await getCommonsMemberVotes(getJson, query);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.family).toBe('votes');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toHaveLength(26);
    expect(result.value[0]).toEqual({
      memberId: 4267,
      side: 'aye',
      teller: false,
      division: { id: 1873, house: 'Commons', date: '2024-11-25', number: 47, title: 'Non-Domestic Rating (Multipliers and Private Schools) Bill: Second Reading', ayes: 336, noes: 175 },
    });
    expect(result.value[1]?.side).toBe('no');
    expect(result.value[1]?.teller).toBe(true);
    // Titles with trailing spaces in the real data come out trimmed.
    expect(result.value.every((v) => v.division.title === v.division.title.trim())).toBe(true);
  });

  it('an empty list is an honest no-divisions answer', async () => {
    const { getJson } = fakeGetJson(() => []);
    expect(await getCommonsMemberVotes(getJson, query)).toEqual({ ok: true, value: [] });
  });

  it('says what is wrong when the shape drifts (camelCase where PascalCase belongs)', async () => {
    const { getJson } = fakeGetJson(() => [{ memberId: 4267, memberVotedAye: true, publishedDivision: division1873 }]);
    const result = await getCommonsMemberVotes(getJson, query);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'bad_response', message: expect.stringContaining('Commons voting record') });
  });
});

describeWithShared('Lords Votes client', () => {
  it('asks membervoting with its plain parameter names', () => {
    const url = new URL(lordsMemberVotingUrl({ ...query, memberId: 4395 }));
    expect(url.origin + url.pathname).toBe('https://lordsvotes-api.parliament.uk/data/Divisions/membervoting');
    expect(Object.fromEntries(url.searchParams)).toEqual({ MemberId: '4395', SearchTerm: 'online', StartDate: '2017-02-08', IncludeWhenMemberWasTeller: 'true', take: '25' });
  });

  it('reads the real Lords division (camelCase) as content / not content with the authoritative counts', async () => {
    const [water] = lordsDivisions;
    const records = [
      { memberId: 3359, memberWasContent: true, memberWasTeller: true, publishedDivision: water },
      { memberId: 4395, memberWasContent: false, memberWasTeller: false, publishedDivision: water },
    ];
    const { getJson } = fakeGetJson(() => records);
    const result = await getLordsMemberVotes(getJson, { ...query, memberId: 3359 });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.map((v) => [v.memberId, v.side, v.teller])).toEqual([[3359, 'content', true], [4395, 'not-content', false]]);
    expect(result.value[0]?.division).toEqual({ id: 3172, house: 'Lords', date: '2024-11-20', number: 5, title: 'Water (Special Measures) Bill [HL]', ayes: 36, noes: 89 });
  });

  it('rejects a Commons-shaped reply', async () => {
    const { getJson } = fakeGetJson(() => [{ MemberId: 1, MemberVotedAye: true, PublishedDivision: division1873 }]);
    expect((await getLordsMemberVotes(getJson, query)).ok).toBe(false);
  });
});

describeWithShared('the parameters both clients send are the ones the OpenAPI documents declare', () => {
  type Spec = { paths: Record<string, { get: { parameters: { name: string; in: string }[] } }> };
  const queryNames = (file: string, path: string) =>
    (readJson(`reference/openapi/${file}`) as Spec).paths[path]!.get.parameters.filter((p) => p.in === 'query').map((p) => p.name);

  it('Commons Votes membervoting', () => {
    const declared = queryNames('commonsvotes-api.json', '/data/divisions.{format}/membervoting');
    expect(declared).toEqual(expect.arrayContaining([...new URL(commonsMemberVotingUrl(query)).searchParams.keys()]));
  });

  it('Lords Votes membervoting', () => {
    const declared = queryNames('lordsvotes-api.json', '/data/Divisions/membervoting');
    expect(declared).toEqual(expect.arrayContaining([...new URL(lordsMemberVotingUrl(query)).searchParams.keys()]));
  });
});

describe('divisionPageUrl', () => {
  it('links each House to its page on votes.parliament.uk', () => {
    expect(divisionPageUrl('Commons', 1873)).toBe('https://votes.parliament.uk/votes/commons/division/1873');
    expect(divisionPageUrl('Lords', 3172)).toBe('https://votes.parliament.uk/votes/lords/division/3172');
  });
});
