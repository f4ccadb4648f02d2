import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { GetJson } from '../../src/clients/get-json';
import { biographyUrl, getBiography, getMember, memberUrl, type Biography, type MemberProfile, type Spell } from '../../src/clients/members/client';
import { biographyItemSchema, toBiography } from '../../src/clients/members/schemas';
import { departmentWords, nowOf, partyOn, postForDepartment, postsOn, seatOn, type Post } from '../../src/clients/members/on-date';
import { sharedPath } from '../../scripts/lib/shared-dir.js';
import { itWithShared, SHARED_PRESENT } from '../support/shared';

const shared = sharedPath;
const readJson = (path: string): unknown => JSON.parse(readFileSync(shared(path), 'utf8'));

let nextId = 1;
const spell = (name: string, start: string, end: string | null, info: string | null = null, house: Spell['house'] = 'Commons'): Spell =>
  ({ id: nextId++, name, house, start, end, info, infoLink: null });
const emptyBio = (): Biography => ({
  representations: [], electionsContested: [], houseMemberships: [], governmentPosts: [],
  oppositionPosts: [], otherPosts: [], partyAffiliations: [], committeeMemberships: [],
});
const post = (name: string, info: string | null, kind: Post['kind'] = 'government'): Post => ({ ...spell(name, '2023-01-01', null, info), kind });
const profile = (change: Partial<MemberProfile>): MemberProfile => ({
  id: 1, name: 'A Member', listAs: null, fullTitle: null, gender: null, party: null, house: 'Commons', membershipFrom: null,
  membershipStart: null, membershipEnd: null, membershipEndReason: null, membershipEndNotes: null, statusActive: true,
  statusDescription: 'Current Member', thumbnailUrl: 'https://members-api.parliament.uk/api/Members/1/Thumbnail', ...change,
});

/** Keir Starmer's recorded biography: on 5 July 2024 one post ends and the next begins. */
const starmer = !SHARED_PRESENT ? emptyBio() : (() => {
  const item = biographyItemSchema.parse(readJson('reference/samples/members-api/snommoc-biography.json'));
  if (!item.value) throw new Error('sample has no biography');
  return toBiography(item.value);
})();

describe('postsOn', () => {
  itWithShared('counts a post on the day it ends and on the day it starts (changeover day)', () => {
    expect(postsOn(starmer, '2024-07-05').map((p) => [p.kind, p.name])).toEqual([
      ['government', 'Prime Minister and First Lord of the Treasury'],
      ['opposition', 'Leader of HM Official Opposition'],
    ]);
    expect(postsOn(starmer, '2024-07-04').map((p) => p.name)).toEqual(['Leader of HM Official Opposition']);
    expect(postsOn(starmer, '2024-07-06').map((p) => p.name)).toEqual(['Prime Minister and First Lord of the Treasury']);
  });

  itWithShared('keeps an open-ended post and leaves out posts before or after', () => {
    expect(postsOn(starmer, '2030-01-01').map((p) => p.name)).toEqual(['Prime Minister and First Lord of the Treasury']);
    expect(postsOn(starmer, '2015-09-17')).toEqual([]);
    expect(postsOn(starmer, '2016-01-01').map((p) => p.info)).toEqual(['Home Office']);
  });
});

describe('partyOn', () => {
  const bio = { ...emptyBio(), partyAffiliations: [spell('Labour', '2010-05-06', '2023-10-01'), spell('Independent', '2023-10-01', null)] };
  it('follows a party switch, the new party winning on the day itself', () => {
    expect(partyOn(bio, '2023-09-30')?.name).toBe('Labour');
    expect(partyOn(bio, '2023-10-01')?.name).toBe('Independent');
    expect(partyOn(bio, '2024-01-01')?.name).toBe('Independent');
    expect(partyOn(bio, '2001-01-01')).toBeNull();
  });
});

describe('seatOn', () => {
  itWithShared('reads the constituency, with none during a dissolution', () => {
    expect(seatOn(starmer, '2020-01-01')).toEqual({ house: 'Commons', constituency: 'Holborn and St Pancras' });
    expect(seatOn(starmer, '2024-05-30')).toEqual({ house: 'Commons', constituency: 'Holborn and St Pancras' });
    expect(seatOn(starmer, '2024-06-15')).toBeNull();
  });

  it('gives a peer’s peerage type from the member record, and follows an MP into the Lords', () => {
    const bio = {
      ...emptyBio(),
      representations: [spell('Somewhere West', '2010-05-06', '2019-11-06')],
      houseMemberships: [spell('Commons', '2010-05-06', '2019-11-06'), spell('Lords', '2020-09-10', null, null, 'Lords')],
    };
    const peer = profile({ house: 'Lords', membershipFrom: 'Life peer' });
    expect(seatOn(bio, '2015-01-01', peer)).toEqual({ house: 'Commons', constituency: 'Somewhere West' });
    expect(seatOn(bio, '2023-12-08', peer)).toEqual({ house: 'Lords', peerage: 'Life peer' });
    expect(seatOn(bio, '2023-12-08')).toEqual({ house: 'Lords', peerage: null });
    expect(seatOn(bio, '2020-01-01', peer)).toBeNull();
  });
});

describe('postForDepartment', () => {
  const safeguarding = post('Parliamentary Under-Secretary of State for Safeguarding', 'Home Office');
  it('matches by the department in additionalInfo', () => {
    expect(postForDepartment([post('Minister for Roads', 'Department for Transport'), safeguarding], 'Home Office')).toBe(safeguarding);
    const economic = post('Economic Secretary to the Treasury', 'HM Treasury');
    expect(postForDepartment([economic], 'Treasury')).toBe(economic);
    const attorney = post('Attorney General', "Attorney General's Office");
    expect(postForDepartment([attorney], 'Attorney General')).toBe(attorney);
  });

  it('matches by the post name when additionalInfo is missing, across naming styles', () => {
    const cases: [string, string][] = [
      ['Parliamentary Under-Secretary (Home Office)', 'Home Office'],
      ['Secretary of State for the Home Department', 'Home Office'],
      ['Minister of State (Education)', 'Department for Education'],
      ['Parliamentary Under-Secretary (Justice)', 'Ministry of Justice'],
      ['Minister of State (Equalities)', 'Women and Equalities'],
      ['Leader of the House of Commons', 'Leader of the House'],
    ];
    for (const [name, department] of cases) {
      const held = post(name, null);
      expect(postForDepartment([held], department), `${name} / ${department}`).toBe(held);
    }
  });

  it('returns null when no post matches, not a post sharing only a title word', () => {
    expect(postForDepartment([safeguarding], 'Department for Transport')).toBeNull();
    expect(postForDepartment([post('Minister for the Cabinet Office', 'Cabinet Office')], 'Prime Minister')).toBeNull();
    expect(postForDepartment([post('Solicitor General', null)], 'Attorney General')).toBeNull();
    expect(postForDepartment([], 'Home Office')).toBeNull();
  });

  itWithShared('prefers the government post on a changeover day', () => {
    expect(postForDepartment(postsOn(starmer, '2024-07-05'), 'Prime Minister')?.name).toBe('Prime Minister and First Lord of the Treasury');
  });

  it('normalises department names to their subject words', () => {
    expect(departmentWords('Department of Health and Social Care')).toEqual(['health', 'social', 'care']);
    expect(departmentWords('Foreign, Commonwealth and Development Office')).toEqual(['foreign', 'commonwealth', 'development']);
  });
});

describe('nowOf', () => {
  itWithShared('gives today’s party, seat and posts for a sitting member', () => {
    const member = profile({ party: { id: 15, name: 'Labour', abbreviation: 'Lab', colour: 'd50000' }, membershipFrom: 'Holborn and St Pancras' });
    expect(nowOf(member, starmer, '2025-01-01')).toMatchObject({
      inHouse: true, party: 'Labour', seat: { house: 'Commons', constituency: 'Holborn and St Pancras' },
      posts: [{ name: 'Prime Minister and First Lord of the Treasury' }],
    });
  });

  it('says when and why a member left', () => {
    const excluded = profile({ house: 'Lords', membershipFrom: 'Hereditary', membershipEnd: '1999-11-11', membershipEndReason: 'Excluded' });
    expect(nowOf(excluded, emptyBio(), '2025-01-01')).toEqual({ inHouse: false, house: 'Lords', leftOn: '1999-11-11', reason: 'Excluded', notes: null, lastSeat: 'Hereditary' });
  });

  it('falls back to the member record for a peer with a sparse biography', () => {
    const peer = profile({ house: 'Lords', membershipFrom: 'Life peer', statusActive: false, statusDescription: 'Leave of Absence' });
    expect(nowOf(peer, emptyBio(), '2025-01-01')).toMatchObject({ inHouse: true, seat: { house: 'Lords', peerage: 'Life peer' }, statusActive: false, posts: [] });
  });
});

describe('members client', () => {
  itWithShared('fetches the member and biography with the "member" cache family', async () => {
    const requests: string[] = [];
    const getJson: GetJson = async (request) => {
      requests.push(`${request.family} ${request.url}`);
      const file = request.url.endsWith('/Biography') ? 'snommoc-biography.json' : 'member-172-from-test.json';
      return request.parse(readJson(`reference/samples/members-api/${file}`));
    };
    const member = await getMember(getJson, 172);
    expect(member).toMatchObject({ ok: true, value: { id: 172, party: { name: 'Independent', colour: '909090' }, thumbnailUrl: 'https://members-api.parliament.uk/api/Members/172/Thumbnail' } });
    expect((await getBiography(getJson, 4514)).ok).toBe(true);
    expect(requests).toEqual([`member ${memberUrl(172)}`, `member ${biographyUrl(4514)}`]);
    expect(memberUrl(172)).toBe('https://members-api.parliament.uk/api/Members/172');
  });

  it('treats a null value (allowed by the spec) as not found', async () => {
    const getJson: GetJson = async (request) => request.parse({ value: null, links: [] });
    expect(await getMember(getJson, 99999)).toMatchObject({ ok: false, error: { code: 'not_found', message: 'The Members API has no member 99999.' } });
  });
});
