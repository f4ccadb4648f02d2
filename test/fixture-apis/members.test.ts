import { describe, it, expect } from 'vitest';
import { createMembersApi } from '../../scripts/fixture-apis/members.js';
import { biographyItemSchema, memberItemSchema } from '../../src/clients/members/schemas';
import { itWithShared } from '../support/shared';
import { call, readSharedJson, specProperties } from './call';

const api = createMembersApi();
const get = async (path: string) => {
  const reply = await call(api, path);
  expect(reply.status, `${path}: ${reply.text()}`).toBe(200);
  return reply.json();
};

/** Every key path of a JSON value ("value.latestParty.id"), to compare shapes with a recorded sample. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  if (Array.isArray(value)) return value.length ? keyPaths(value[0], `${prefix}[]`) : [`${prefix}[]`];
  return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}
interface Entry { name: string; startDate: string; endDate: string | null }
/** The entries in force on an ISO day. */
const onDate = (entries: Entry[], day: string) =>
  entries.filter((e) => e.startDate.slice(0, 10) <= day && (e.endDate === null || e.endDate.slice(0, 10) >= day));
const namesOn = (entries: Entry[], day: string) => onDate(entries, day).map((e) => e.name);

describe('GET /api/Members/{id}', () => {
  itWithShared('has the recorded sample’s shape', async () => {
    const body = await get('/api/Members/4267');
    const sample = readSharedJson('reference/samples/members-api/member-172-from-test.json');
    // Keys whose sample value is null (latestParty.governmentType) are compared as leaves.
    expect(keyPaths(body).sort()).toEqual(keyPaths(sample).sort());
  });

  it('gives the seed’s asker the roster’s name, party and seat', async () => {
    const body = await get('/api/Members/4267');
    expect(body.value).toMatchObject({
      id: 4267, nameDisplayAs: 'Sarah Champion', nameListAs: 'Champion, Sarah', gender: 'F',
      latestParty: { id: 15, name: 'Labour', abbreviation: 'Lab', backgroundColour: 'd50000' },
      latestHouseMembership: { membershipFrom: 'Rotherham', house: 1, membershipStartDate: '2012-11-29T00:00:00', membershipEndDate: null, membershipStatus: { statusIsActive: true } },
      thumbnailUrl: 'https://members-api.parliament.uk/api/Members/4267/Thumbnail',
    });
    expect(body.links.map((l: { rel: string }) => l.rel)).toEqual(['self', 'overview', 'synopsis', 'contactInformation']);
    expect(memberItemSchema.safeParse(body).success).toBe(true);
  });

  it('routes case-insensitively, like ASP.NET', async () => {
    expect((await get('/api/members/4399')).value.nameDisplayAs).toBe('Victoria Atkins');
  });

  it('serves a former MP known only from the May 2024 division: name and party, no seat', async () => {
    const body = await get('/api/Members/4801');
    expect(body.value).toMatchObject({
      nameDisplayAs: 'Anthony Browne', latestParty: { name: 'Conservative' },
      latestHouseMembership: { membershipFrom: null, membershipEndDate: '2024-05-30T00:00:00', membershipStatus: null },
    });
    expect(memberItemSchema.safeParse(body).success).toBe(true);
  });

  it('serves our fictional members from our roster, marked as nobody real', async () => {
    const body = await get('/api/Members/9900001');
    expect(body.value).toMatchObject({
      id: 9900001, nameDisplayAs: 'Robin Example', nameListAs: 'Example, Robin', latestParty: { name: 'Labour', abbreviation: 'Lab' },
      latestHouseMembership: { membershipFrom: 'Example North', house: 1, membershipEndDate: null },
    });
    expect(memberItemSchema.safeParse(body).success).toBe(true);
    expect((await get('/api/Members/9900003')).value.nameDisplayAs).toBe('Casey Placeholder');
  });

  itWithShared('serves a stand-in for a corpus member no data names', async () => {
    const body = await get('/api/Members/4410');
    expect(body.value).toMatchObject({ id: 4410, nameDisplayAs: 'Member 4410', latestParty: null });
    expect(memberItemSchema.safeParse(body).success).toBe(true);
  });

  it('404s for an unknown id and 400s for a non-number', async () => {
    const missing = await call(api, '/api/Members/999999');
    expect(missing.status).toBe(404);
    expect(missing.body).toHaveLength(0);
    expect((await call(api, '/api/Members/999999/Biography')).status).toBe(404);
    const bad = await call(api, '/api/Members/abc');
    expect(bad.status).toBe(400);
    expect(bad.json()).toMatchObject({ status: 400, errors: { id: [expect.any(String)] } });
  });
});

describe('GET /api/Members/{id}/Biography', () => {
  it('parses with the extension’s schema, for the seed’s members and a fictional one', async () => {
    for (const id of [4267, 4399, 9900003]) expect(biographyItemSchema.safeParse(await get(`/api/Members/${id}/Biography`)).success, String(id)).toBe(true);
  });

  itWithShared('has every MemberBiography field the spec names, with BiographyItem/RepresentationItem entries', async () => {
    const body = await get('/api/Members/4399/Biography');
    expect(Object.keys(body.value).sort()).toEqual(specProperties('members-api', 'MemberBiography').sort());
    const itemKeys = specProperties('members-api', 'BiographyItem').sort();
    for (const [field, entries] of Object.entries(body.value as Record<string, Record<string, unknown>[]>)) {
      const expected = field === 'representations' ? specProperties('members-api', 'RepresentationItem').sort() : itemKeys;
      for (const entry of entries) expect(Object.keys(entry).sort(), field).toEqual(expected);
    }
    expect(biographyItemSchema.safeParse(body).success).toBe(true);
  });

  it('gives the seed’s answerer her Home Office post on the day of the answer, and her later posts', async () => {
    const bio = (await get('/api/Members/4399/Biography')).value;
    expect(namesOn(bio.governmentPosts, '2019-02-08')).toEqual([
      'Minister for Women', 'Parliamentary Under-Secretary of State (Home Office)',
    ]);
    expect(namesOn(bio.governmentPosts, '2024-01-10')).toEqual(['Secretary of State for Health and Social Care']);
    expect(namesOn(bio.oppositionPosts, '2026-01-01')).toEqual(['Shadow Secretary of State for Environment, Food and Rural Affairs']);
    expect(namesOn(bio.representations, '2019-02-08')).toEqual(['Louth and Horncastle']);
    expect(namesOn(bio.partyAffiliations, '2019-02-08')).toEqual(['Conservative']);
  });

  it('gives the seed’s asker Rotherham and Labour since 2012', async () => {
    const bio = (await get('/api/Members/4267/Biography')).value;
    expect(onDate(bio.representations, '2019-02-08')).toMatchObject([{ name: 'Rotherham', house: 1 }]);
    expect(onDate(bio.representations, '2026-01-01')).toMatchObject([{ name: 'Rotherham' }]);
    expect(bio.partyAffiliations).toMatchObject([{ name: 'Labour', id: 15, startDate: '2012-11-29T00:00:00', endDate: null }]);
    expect(bio.governmentPosts).toEqual([]);
  });

  it('constructs a post for our fictional answerer named after the body she answered for', async () => {
    const bio = (await get('/api/Members/9900003/Biography')).value;
    // Answered for the Home Office from 9 Nov 2026 (our records): a post from the Nov 2023 bound, still held.
    expect(bio.governmentPosts).toMatchObject([{ name: 'Minister (Home Office)', additionalInfo: 'Home Office', startDate: '2023-11-13T00:00:00', endDate: null }]);
    expect(onDate(bio.representations, '2026-11-09')).toMatchObject([{ name: 'Placeholder East' }]);
  });

  itWithShared('constructs a post for a corpus answerer named after the body they answered for', async () => {
    const bio = (await get('/api/Members/4362/Biography')).value;
    expect(onDate(bio.governmentPosts, '2024-01-15')).toMatchObject([{ name: 'Minister (Ministry of Justice)', additionalInfo: 'Ministry of Justice' }]);
  });
});

describe('GET /api/Members/{id}/Thumbnail', () => {
  it('serves a PNG placeholder', async () => {
    const reply = await call(api, '/api/Members/4267/Thumbnail');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('image/png');
    expect(reply.headers['access-control-allow-origin']).toBe('*');
    expect([...reply.body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(reply.body.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(reply.body.readUInt32BE(16)).toBe(96);
    expect(reply.body.readUInt32BE(20)).toBe(96);
  });
});

describe('GET /api/Members/Search', () => {
  it('finds members by part of their name, case-insensitively', async () => {
    const body = await get('/api/Members/Search?Name=ATKINS');
    expect(body.items.map((i: { value: { id: number } }) => i.value.id)).toContain(4399);
    expect(body).toMatchObject({ totalResults: body.items.length, skip: 0, take: 20, resultContext: '' });
    for (const item of body.items) expect(memberItemSchema.safeParse(item).success).toBe(true);
  });

  it('caps take at 20 and filters by House', async () => {
    const body = await get('/api/Members/Search?House=Lords&take=100');
    expect(body.take).toBe(20);
    expect(body.items.length).toBeLessThanOrEqual(20);
    expect(body.items.every((i: { value: { latestHouseMembership: { house: number } } }) => i.value.latestHouseMembership.house === 2)).toBe(true);
    expect((await get('/api/Members/Search?name=Baroness%20Hayman&house=2')).items[0].value.id).toBe(4395);
  });

  it('finds our fictional members by name', async () => {
    expect((await get('/api/Members/Search?Name=placeholder')).items.map((i: { value: { id: number } }) => i.value.id)).toEqual([9900003]);
  });
});
