// Lists read item by item (src/clients/list-items.ts), and every list endpoint using it. The
// entries are written to the real shapes: the question is modelled on corpus item 1851789 (Nov
// 2025, unanswered, no heading yet), the division on the Commons Votes sample's shape.
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { getCommonsMemberVotes } from '../../src/clients/commons-votes/client';
import type { GetJson } from '../../src/clients/get-json';
import { idAt, parseItemsThen, readItems } from '../../src/clients/list-items';
import { getLordsMemberVotes } from '../../src/clients/lords-votes/client';
import { getPersonPolicies } from '../../src/clients/twfy-votes/client';
import { searchQuestions } from '../../src/clients/written-questions/search';
import { int, object, string } from 'zod/mini';

let warn: MockInstance;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

/** A list result as GET /api/writtenquestions/questions sends one (fields in the API's order). */
function question(id: number, uin: string | null, heading: string | null) {
  return {
    value: {
      id, askingMemberId: 5255, askingMember: null, house: 'Commons', memberHasInterest: false,
      dateTabled: '2025-11-12T00:00:00', dateForAnswer: '2025-11-18T00:00:00', uin,
      questionText: 'To ask the Secretary of State for Transport, what plans she has to set out inspection frequency requirements for the Office of Rail and Road under Great British Railways.',
      answeringBodyId: 27, answeringBodyName: 'Department for Transport', isWithdrawn: false, isNamedDay: true,
      groupedQuestions: [], answerIsHolding: null, answerIsCorrection: null, answeringMemberId: null, answeringMember: null,
      correctingMemberId: null, correctingMember: null, dateAnswered: null, answerText: null, originalAnswerText: '',
      comparableAnswerText: '', dateAnswerCorrected: null, dateHoldingAnswer: null, attachmentCount: 0, heading,
      attachments: [], groupedQuestionsDates: [],
    },
    links: [{ rel: 'self', href: `/Questions/${id}`, method: 'GET' }],
  };
}

const answering = (body: unknown): GetJson => async (request) => request.parse(body);
const spec = { what: 'test list', item: object({ id: int(), name: string() }), idOf: idAt('id') };

describe('readItems', () => {
  it('keeps the good entries, drops the bad one, counts it and logs one line with its id and path', () => {
    const read = readItems([{ id: 1, name: 'a' }, { id: 2, name: null }, { id: 3, name: 'c' }], spec);
    expect(read).toEqual({ ok: true, value: { items: [{ id: 1, name: 'a' }, { id: 3, name: 'c' }], dropped: 1 } });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/dropped 1 of 3 items in a test list .*id 2 \(name: invalid input/);
  });

  it('logs a response once, however often the cache re-reads it', () => {
    const body = [{ id: 1, name: 'a' }, { id: null, name: 'b' }];
    readItems(body, spec);
    readItems(body, spec);
    expect(warn).toHaveBeenCalledTimes(1);
    // No usable id: the line names the entry's place instead.
    expect(warn.mock.calls[0]![0]).toContain('entry 1 (id: invalid input');
  });

  it('names the first three of many drops in one line, with the count of the rest', () => {
    const body = [{ id: 1, name: 'ok' }, ...[10, 11, 12, 13, 14].map((id) => ({ id }))];
    expect(readItems(body, spec)).toMatchObject({ ok: true, value: { dropped: 5 } });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/dropped 5 of 6 items.*id 10 .*id 11 .*id 12 .*and 2 more\.$/);
  });

  it('fails as bad_response only when every entry of a non-empty list fails; an empty list is fine', () => {
    expect(readItems([{ id: 'a' }], spec)).toEqual({ ok: false, error: { code: 'bad_response', message: 'The test list from the API was not in the expected form (id: invalid input).' } });
    expect(readItems([], spec)).toEqual({ ok: true, value: { items: [], dropped: 0 } });
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('parseItemsThen refuses a body that is not a list at all', () => {
    const parse = parseItemsThen(spec, (items) => items.length);
    expect(parse({ error: 'Service unavailable' })).toMatchObject({ ok: false, error: { code: 'bad_response' } });
    expect(parse([{ id: 1, name: 'a' }])).toEqual({ ok: true, value: 1 });
  });
});

describe('every list endpoint reads item by item', () => {
  it('question search: a headingless unanswered result is kept; one without a UIN is dropped, not the page', async () => {
    const body = { totalResults: 3, results: [question(1851789, '90563', null), question(1851790, null, 'Railways: Safety'), question(1848854, '88361', 'Railways: Reform')] };
    const page = await searchQuestions(answering(body), { searchTerm: 'Railways' });
    if (!page.ok) throw new Error(page.error.message);
    expect(page.value).toMatchObject({ total: 3, dropped: 1 });
    expect(page.value.questions.map((q) => [q.id, q.heading, q.status, q.answeringMemberId, q.dateAnswered])).toEqual([
      [1851789, null, 'unanswered', null, null],
      [1848854, 'Railways: Reform', 'unanswered', null, null],
    ]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain('id 1851790 (value.uin: invalid input');
  });

  it('question search: an envelope that is not one is still bad_response', async () => {
    expect(await searchQuestions(answering({ results: [] }), {})).toMatchObject({ ok: false, error: { code: 'bad_response' } });
  });

  it('Commons and Lords member voting keep the divisions that parse', async () => {
    const commons = (id: number, title: string | null, ayes: unknown) => ({ MemberId: 4267, MemberVotedAye: true, MemberWasTeller: false, PublishedDivision: { DivisionId: id, Date: '2024-11-25T00:00:00', Number: 47, Title: title, AyeCount: ayes, NoCount: 175 } });
    const c = await getCommonsMemberVotes(answering([commons(1873, 'Second Reading', 336), commons(1874, null, 300), commons(1875, 'Broken', '336')]), { memberId: 4267, searchTerm: 'x', startDate: '2023-01-01' });
    expect(c.ok && c.value.map((v) => [v.division.id, v.division.title])).toEqual([[1873, 'Second Reading'], [1874, 'Division 47']]);
    const lords = (id: number, content: unknown) => ({ memberId: 3898, memberWasContent: content, memberWasTeller: null, publishedDivision: { divisionId: id, date: '2024-01-10T00:00:00', number: 2, title: null, authoritativeContentCount: 100, authoritativeNotContentCount: 90 } });
    const l = await getLordsMemberVotes(answering([lords(3000, true), lords(3001, 'yes')]), { memberId: 3898, searchTerm: 'x', startDate: '2023-01-01' });
    expect(l.ok && l.value.map((v) => [v.division.id, v.side, v.division.title])).toEqual([[3000, 'content', 'Division 2']]);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('TWFY Votes keeps the policies that parse, in groups that parse', async () => {
    const pair = (id: number, score: unknown) => ({ policy: { id, name: `Policy ${id}`, context_description: null, groups: [] }, own_distribution: { distance_score: score } });
    const body = [{ name: 'Health', paired_policies: [pair(1, 0.1), pair(2, 'x')] }, { name: 'Broken', paired_policies: null }, { name: 'Education', paired_policies: [pair(3, 0.9)] }];
    const stances = await getPersonPolicies(answering(body), { personId: 10001, chamber: 'commons', party: 'labour' });
    expect(stances.ok && stances.value.map((s) => s.policyId)).toEqual([1, 3]);
    expect(warn).toHaveBeenCalledTimes(2);
  });
});
