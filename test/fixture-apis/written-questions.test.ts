import { describe, it, expect } from 'vitest';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { listAnswerText, listQuestionText } from '../../scripts/fixture-apis/data.js';
import { createWrittenQuestionsApi } from '../../scripts/fixture-apis/written-questions.js';
import { questionItemSchema, questionListSchema } from '../../src/clients/written-questions/schemas';
import { itWithShared, SHARED_PRESENT } from '../support/shared';
import {
  call, corpusFullTexts, corpusList, CORPUS_MONTHS, lazy, servedOwnValues, specProperties,
  type QuestionItem as Item, type QuestionValue as Value,
} from './call';

interface List { totalResults: number; results: Item[] }

const api = createWrittenQuestionsApi();
const LIST = '/api/writtenquestions/questions';
const list = async (query: string) => {
  const reply = await call(api, `${LIST}?${query}`);
  expect(reply.status, reply.text()).toBe(200);
  return reply.json<List>();
};
const ids = (body: List) => body.results.map((r) => r.value.id);

// What the fake should serve, read here independently of it: the corpus months (with ../shared),
// oldest first as the fake concatenates them, then our own records. Read on first use, never at load.
const corpus = lazy(() => (SHARED_PRESENT ? CORPUS_MONTHS.flatMap((m) => corpusList(m)) : []));
const dec2023 = lazy(() => corpusList('2023-12'));
const fullTexts = lazy(() => new Map((SHARED_PRESENT ? CORPUS_MONTHS.flatMap((m) => corpusFullTexts(m)) : []).map((f) => [f.id, f])));
const own = lazy(() => servedOwnValues());
const served = lazy((): Value[] => [...corpus().map((c) => c.value), ...own()]);
const countServed = (keep: (v: Value) => boolean) => served().filter(keep).length;
/**
 * The texts GET …/questions/{id} serves: the full ones where the full-text file has them, except an
 * answer given after the list was scraped (Nov 2024 and Nov 2025's full texts came later): a question
 * the list has unanswered or held keeps the list's answer text, so the record stays one state.
 */
const answeredSince = (v: Value) => {
  const full = fullTexts().get(v.id);
  return Boolean(full) && (v.answerText === null || v.answerIsHolding === true) && listAnswerText(full!.answer_text) !== v.answerText;
};
const singleTexts = (v: Value) => {
  const full = fullTexts().get(v.id);
  return {
    questionText: full?.question_text ?? v.questionText,
    answerText: full && !answeredSince(v) ? full.answer_text : v.answerText,
  };
};

const SEED = { id: 9214555, uin: '214555' };
const UNANSWERED = 9990005;
const HOLDING = 9990004;
const GROUPED = [9990002, 9990003];

/** A list item's key order and each value's kind: the shape, apart from the values themselves. */
const kindOf = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? (v.length ? 'list' : 'empty list') : typeof v === 'string' && v === '' ? 'empty string' : typeof v;
const shapeOf = (v: object) => Object.entries(v).map(([k, x]) => `${k}: ${kindOf(x)}`).join(', ');

describe('GET /api/writtenquestions/questions: filters', () => {
  it('finds the seed by uIN + house + a tabled window of 60 days around the page date, as the extension asks', async () => {
    const body = await list('uIN=214555&house=Commons&tabledWhenFrom=2018-12-01&tabledWhenTo=2019-03-31&includeWithdrawn=true&take=20');
    expect(body.totalResults).toBe(1);
    expect(body.results[0]?.value).toMatchObject({
      id: SEED.id, uin: '214555', house: 'Commons', dateTabled: '2019-01-30T00:00:00', askingMemberId: 4267, answeringMemberId: 4399, answeringBodyId: 1,
    });
    // Outside the window, or in the other House: nothing.
    expect((await list('uIN=214555&house=Commons&tabledWhenFrom=2019-01-31&tabledWhenTo=2019-04-09')).totalResults).toBe(0);
    expect((await list('uIN=214555&house=Commons&tabledWhenFrom=2018-12-01&tabledWhenTo=2019-01-29')).totalResults).toBe(0);
    expect((await list('uIN=214555&house=Lords')).totalResults).toBe(0);
    // The earlier guess at the seed's UIN is no record.
    expect((await list('uIN=215246&includeWithdrawn=true')).totalResults).toBe(0);
  });

  it('treats the tabled window as inclusive days', async () => {
    expect(ids(await list('uIN=214555&tabledWhenFrom=2019-01-30&tabledWhenTo=2019-01-30'))).toEqual([SEED.id]);
  });

  itWithShared('Dec 2023: finds a corpus record the same way, served as the corpus line exactly', async () => {
    const body = await list('uIN=5688&house=Commons&tabledWhenFrom=2023-12-06&tabledWhenTo=2023-12-06');
    expect(ids(body)).toEqual([1676049]);
    expect(body.results[0]).toEqual(dec2023().find((c) => c.value.id === 1676049));
  });

  it('matches UINs case-insensitively and knows the constructed Lords question', async () => {
    const body = await list('uIN=hl1234&house=Lords&tabledWhenFrom=2023-11-01&tabledWhenTo=2024-01-31');
    expect(body.results.map((r) => r.value.uin)).toEqual(['HL1234']);
    expect(body.results[0]?.value.questionText).toMatch(/^To ask His Majesty's Government, with reference to/);
  });

  it('binds parameter names case-insensitively, and enum values too', async () => {
    const body = await list('UIN=214555&HOUSE=commons&TabledWhenFrom=2019-01-01&TABLEDWHENTO=2019-02-28&ExpandMember=TRUE');
    expect(body.totalResults).toBe(1);
    expect(body.results[0]?.value.askingMember).not.toBeNull();
    // House by its numeric value (Bicameral 0, Commons 1, Lords 2), as ASP.NET binds enums.
    expect((await list('uin=214555&house=1')).totalResults).toBe(1);
  });

  it('searchTerm: a case-insensitive substring of heading, question or answer (full texts)', async () => {
    const term = 'Selective Catalytic Reduction';
    const body = await list(`searchTerm=${encodeURIComponent(term.toUpperCase())}&take=100`);
    const needle = term.toLowerCase();
    const expected = countServed((v) => {
      const { questionText, answerText } = singleTexts(v);
      return [v.heading ?? '', questionText, (answerText ?? '').replace(/<[^>]*>/g, '')].join(' ').toLowerCase().includes(needle);
    });
    expect(body.totalResults).toBe(expected);
    // The constructed Lords copy of 5688 always; 5688 itself with the corpus.
    expect(body.results.map((r) => r.value.uin)).toEqual(expect.arrayContaining(SHARED_PRESENT ? ['5688', 'HL1234'] : ['HL1234']));
    // The seed's heading and answer text are searchable too.
    expect(ids(await list('searchTerm=offences%20against%20children&take=100'))).toContain(SEED.id);
    expect(ids(await list('searchTerm=lucy%20faithfull'))).toEqual([SEED.id]);
    expect((await list('searchTerm=zzzz-no-such-words')).totalResults).toBe(0);
  });

  it('askingMemberId and answeringMemberId', async () => {
    const asked = await list('askingMemberId=4267&take=50');
    expect(asked.totalResults).toBe(countServed((v) => v.askingMemberId === 4267));
    expect(asked.results.every((r) => r.value.askingMemberId === 4267)).toBe(true);
    expect(ids(asked)).toContain(SEED.id);

    // Our fictional answerer: the five records of ours that are answered or held, not the unanswered one.
    const casey = await list('answeringMemberId=9900003&take=100');
    expect(ids(casey).sort()).toEqual([9990001, 9990002, 9990003, 9990004, 9990006]);
  });

  itWithShared('answeringMemberId over the corpus', async () => {
    const answered = await list('answeringMemberId=4362&take=1000');
    expect(answered.totalResults).toBe(countServed((v) => v.answeringMemberId === 4362));
    expect(answered.totalResults).toBeGreaterThan(0);
    expect(answered.results.every((r) => r.value.answeringMemberId === 4362)).toBe(true);
  });

  it('members: asked or answered by any of the ids', async () => {
    const body = await list('members=4267&members=4399&take=100');
    const wanted = new Set([4267, 4399]);
    expect(body.totalResults).toBe(countServed((v) => wanted.has(v.askingMemberId) || wanted.has(v.answeringMemberId ?? -1)));
    expect(ids(body)).toContain(SEED.id);
  });

  it('answeringBodies is repeatable', async () => {
    const one = await list('answeringBodies=13&take=1');
    expect(one.totalResults).toBe(countServed((v) => v.answeringBodyId === 13));
    const two = await list('answeringBodies=13&answeringBodies=1&take=10000');
    expect(two.totalResults).toBe(countServed((v) => [1, 13].includes(v.answeringBodyId)));
    expect(new Set(two.results.map((r) => r.value.answeringBodyId))).toEqual(new Set([1, 13]));
  });

  it('answered windows and answered status: a holding answer is not yet answered, an unanswered question has no answer date', async () => {
    expect(ids(await list('answeredWhenFrom=2019-02-08&answeredWhenTo=2019-02-08'))).toEqual([SEED.id]);
    const all = (await list('take=0')).totalResults;
    expect(all).toBe(served().length);
    const unanswered = (v: Value) => !v.dateAnswered || v.answerIsHolding === true;
    expect((await list('answered=Answered&take=0')).totalResults).toBe(countServed((v) => !unanswered(v)));
    expect((await list('answered=unanswered&take=0')).totalResults).toBe(countServed(unanswered));
    expect((await list('questionStatus=NotAnswered&take=0')).totalResults).toBe(countServed(unanswered));
    // Of ours: the holding answer (answered in form only) and the unanswered question are not answered.
    const ours = await list('answered=Unanswered&askingMemberId=9900001&take=100');
    expect(ids(ours)).toEqual([HOLDING]);
    expect(ids(await list('answered=Unanswered&askingMemberId=9900002'))).toEqual([UNANSWERED]);
    expect(ids(await list('answeredWhenFrom=2026-11-01&answeredWhenTo=2026-12-31&askingMemberId=9900002'))).toEqual(GROUPED);
  });

  itWithShared('answered status over the corpus: Dec 2023 all answered, the later months partly', async () => {
    // Dec 2023 was scraped long after; every record is answered (some "not possible before Prorogation").
    expect(dec2023().every(({ value: v }) => v.dateAnswered !== null && !v.answerIsHolding)).toBe(true);
    // Nov 2024 and Nov 2025 were scraped while current: 1,315 and 2,768 unanswered, 4 and 17 holding.
    const body = await list('answered=Unanswered&take=0');
    expect(body.totalResults).toBe(1_315 + 2_768 + 4 + 17 + 2);
  });
});

describe('GET /api/writtenquestions/questions: our records as the corpus has their kinds', () => {
  it('serves the unanswered question with no heading, answer, answerer or holding flag', async () => {
    const [item] = (await list('uIN=990005')).results;
    const v = own().find((q) => q.id === UNANSWERED)!;
    expect(item).toEqual({ value: { ...v, questionText: listQuestionText(v.questionText) }, links: [{ rel: 'self', href: `/Questions/${UNANSWERED}`, method: 'GET' }] });
    expect(item?.value).toMatchObject({
      heading: null, answerText: null, dateAnswered: null, answeringMemberId: null, answeringMember: null,
      answerIsHolding: null, answerIsCorrection: null, correctingMemberId: null, dateHoldingAnswer: null, isNamedDay: true,
    });
    // Expanded: still no answering member, and the asker filled in.
    const expanded = (await list('uIN=990005&expandMember=true')).results[0]!.value;
    expect(expanded.answeringMember).toBeNull();
    expect(expanded.askingMember).toMatchObject({ id: 9900002, name: 'Jordan Sample' });
  });

  it('serves the holding answer as held: an answer date, the holding sentence, holding flag and date', async () => {
    const [item] = (await list('uIN=990004')).results;
    expect(item?.value).toMatchObject({ answerIsHolding: true, dateAnswered: '2026-11-19T00:00:00', dateHoldingAnswer: '2026-11-19T00:00:00', answeringMemberId: 9900003 });
    expect(item?.value.answerText).toMatch(/^The Home Office has indicated that it will not be possible to answer this question within the usual time period/);
  });

  it('serves the grouped pair each naming the other', async () => {
    const body = await list('askingMemberId=9900002&answered=Answered');
    expect(ids(body)).toEqual(GROUPED);
    expect(body.results.map((r) => r.value.groupedQuestions)).toEqual([['990003'], ['990002']]);
    expect(body.results[0]?.value.answerText).toBe(body.results[1]?.value.answerText);
  });

  itWithShared('every list item of ours has the shape of corpus items of its kind (unanswered with null heading, holding, …)', async () => {
    const corpusShapes = new Set(corpus().map((c) => shapeOf(c.value)));
    const body = await list('askingMemberId=9900002&take=100');
    const unanswered = body.results.find((r) => r.value.id === UNANSWERED)!;
    // Every unanswered Nov 2024 / Nov 2025 item with a null heading has this one shape.
    const corpusUnanswered = new Set(corpus().filter((c) => c.value.dateAnswered === null && c.value.heading === null).map((c) => shapeOf(c.value)));
    expect([...corpusUnanswered]).toEqual([shapeOf(unanswered.value)]);
    const holding = (await list('uIN=990004')).results[0]!;
    expect(new Set(corpus().filter((c) => c.value.answerIsHolding).map((c) => shapeOf(c.value)))).toEqual(new Set([shapeOf(holding.value)]));
    for (const r of (await list('take=100&askingMemberId=9900001')).results.concat(body.results)) {
      expect(corpusShapes.has(shapeOf(r.value)), `${r.value.id}: ${shapeOf(r.value)}`).toBe(true);
    }
  });
});

describe('GET /api/writtenquestions/questions: paging, order, truncation', () => {
  it('pages with skip/take (default take 20) and reports the total', async () => {
    const first = await list('answeringBodies=1');
    expect(first.results).toHaveLength(Math.min(20, first.totalResults));
    const a = await list('answeringBodies=1&skip=0&take=3');
    const b = await list('answeringBodies=1&skip=3&take=3');
    const both = await list('answeringBodies=1&skip=0&take=6');
    expect(a.totalResults).toBe(first.totalResults);
    expect(b.totalResults).toBe(first.totalResults);
    expect([...a.results, ...b.results].map((r) => r.value.id)).toEqual(ids(both));
    const tail = await list(`answeringBodies=1&skip=${first.totalResults - 3}&take=20`);
    expect(tail.results).toHaveLength(3);
    expect((await list(`answeringBodies=1&skip=${first.totalResults + 5}`)).results).toEqual([]);
    expect((await list('take=0')).results).toEqual([]);
  });

  it('orders newest activity first: the corrected date, else the answer date, else the tabled date; ties in file order', async () => {
    const body = await list(`take=${served().length}`);
    expect(body.results).toHaveLength(served().length);
    const key = (v: Value) => v.dateAnswerCorrected ?? v.dateAnswered ?? v.dateTabled;
    const keys = body.results.map((r) => key(r.value));
    expect(keys).toEqual([...keys].sort().reverse());
    // Our newest (answered 2026-12-01) first, the seed (2019) last.
    expect(body.results[0]?.value.id).toBe(9990006);
    expect(body.results.at(-1)?.value.id).toBe(SEED.id);
    // Every tie keeps the order of the files: the corpus months oldest first (each in the order the
    // real API returned it), then ours. Our unanswered question sorts by its tabled day.
    const tiesServed = new Map<string, number[]>();
    for (const v of served()) tiesServed.set(key(v), [...(tiesServed.get(key(v)) ?? []), v.id]);
    const tiesListed = new Map<string, number[]>();
    for (const { value: v } of body.results) tiesListed.set(key(v), [...(tiesListed.get(key(v)) ?? []), v.id]);
    expect(tiesListed).toEqual(tiesServed);
    expect(ids(body).indexOf(UNANSWERED)).toBe(keys.indexOf('2026-11-23T00:00:00'));
  });

  itWithShared('Dec 2023: ties on a corrected day keep the corpus order', async () => {
    const body = await list(`take=${served().length}`);
    const key = (v: Value) => v.dateAnswerCorrected ?? v.dateAnswered ?? v.dateTabled;
    const tieDay = '2024-05-24T00:00:00';
    const expectedTies = dec2023().filter((c) => key(c.value) === tieDay).map((c) => c.value.id);
    expect(expectedTies.length).toBeGreaterThan(1);
    expect(body.results.filter((r) => key(r.value) === tieDay).map((r) => r.value.id)).toEqual(expectedTies);
  });

  it('truncates list texts: question at 255, answer tag-stripped at 255 + "..." (the seed too)', async () => {
    const body = await list(`take=${served().length}`);
    for (const { value: v } of body.results) {
      expect(v.questionText.length).toBeLessThanOrEqual(255);
      expect((v.answerText ?? '').length).toBeLessThanOrEqual(258);
      expect(v.answerText ?? '').not.toMatch(/<p>/);
    }
    const seed = body.results.find((r) => r.value.id === SEED.id)?.value;
    expect(seed?.answerText).toHaveLength(258);
    expect(seed?.answerText?.endsWith('...')).toBe(true);
    expect(seed?.answerText?.startsWith('Child sexual abuse has been declared a national threat, and the Govern-ment')).toBe(true);
    // Ours are cut by the rule the corpus shows (data.test.ts checks the rule against the corpus).
    for (const v of own()) {
      const listed = body.results.find((r) => r.value.id === v.id)!.value;
      expect([listed.questionText, listed.answerText]).toEqual([listQuestionText(v.questionText), listAnswerText(v.answerText)]);
    }
  });

  itWithShared('serves every month’s corpus items untouched', async () => {
    const body = await list(`take=${served().length}`);
    const listed = new Map(body.results.map((r) => [r.value.id, r]));
    for (const item of corpus()) expect(listed.get(item.value.id), String(item.value.id)).toEqual(item);
  });

  it('expandMember=true fills askingMember/answeringMember as MemberViewModel; otherwise null', async () => {
    const plain = await list('uIN=214555');
    expect(plain.results[0]?.value.askingMember).toBeNull();
    expect(plain.results[0]?.value.answeringMember).toBeNull();
    const body = await list('uIN=214555&expandMember=true');
    const { askingMember, answeringMember } = body.results[0]!.value;
    expect(askingMember).toEqual({
      id: 4267, listAs: 'Champion, Sarah', name: 'Sarah Champion', party: 'Labour', partyColour: 'd50000',
      partyAbbreviation: 'Lab', memberFrom: 'Rotherham', thumbnailUrl: 'https://members-api.parliament.uk/api/Members/4267/Thumbnail',
    });
    expect(answeringMember).toMatchObject({ id: 4399, name: 'Victoria Atkins', party: 'Conservative', memberFrom: 'Louth and Horncastle' });
    const fictional = (await list('uIN=990001&expandMember=true')).results[0]!.value;
    expect(fictional.answeringMember).toMatchObject({ id: 9900003, name: 'Casey Placeholder', memberFrom: 'Placeholder East' });
  });

  itWithShared('MemberViewModel has the spec’s keys', async () => {
    const { askingMember } = (await list('uIN=214555&expandMember=true')).results[0]!.value;
    expect(Object.keys(askingMember ?? {}).sort()).toEqual(specProperties('writtenquestions-api', 'MemberViewModel').sort());
  });

  it('every list item keeps our records’ keys and parses with the extension’s schema', async () => {
    const body = await list('take=300&expandMember=true');
    const keys = Object.keys(own()[0]!).sort();
    for (const r of body.results) expect(Object.keys(r.value).sort()).toEqual(keys);
    expect(questionListSchema.safeParse(body).success).toBe(true);
  });

  itWithShared('those keys are the spec’s QuestionsViewModel keys, and every month parses', async () => {
    expect(Object.keys(own()[0]!).sort()).toEqual(specProperties('writtenquestions-api', 'QuestionsViewModel').sort());
    const body = await list(`take=${served().length}&expandMember=true`);
    expect(questionListSchema.safeParse(body).success).toBe(true);
  });
});

describe('GET /api/writtenquestions/questions/{id} and /{date}/{uin}', () => {
  itWithShared('Dec 2023: returns the full texts for a record in the full-text file', async () => {
    const reply = await call(api, '/api/writtenquestions/questions/1676049?expandMember=true');
    expect(reply.status).toBe(200);
    const body = reply.json<Item>();
    const full = fullTexts().get(1676049)!;
    expect(body.value.questionText).toBe(full.question_text);
    expect(body.value.answerText).toBe(full.answer_text);
    expect(body.links).toEqual([{ rel: 'self', href: '/Questions/1676049', method: 'GET' }]);
    expect(body.value.answeringMember).toMatchObject({ id: 4861 });
    expect(questionItemSchema.safeParse(body).success).toBe(true);
  });

  itWithShared('returns the list text for a record without a full text', async () => {
    const truncatedOnly = corpus().find((c) => !fullTexts().has(c.value.id))!;
    const body = (await call(api, `/api/writtenquestions/questions/${truncatedOnly.value.id}`)).json<Item>();
    expect(body).toEqual(truncatedOnly);
  });

  itWithShared('serves each corpus record as one state of it: a full text scraped after the list changed is not mixed in', async () => {
    // An answer given since the list was scraped (the list item unanswered), or a holding answer since
    // replaced, must not appear in a record that says it is unanswered or held: the real API never
    // sends such a record. Every record of every month, then the kinds by name.
    for (const item of corpus()) {
      const body = (await call(api, `/api/writtenquestions/questions/${item.value.id}`)).json<Item>();
      expect(body, String(item.value.id)).toEqual({ value: { ...item.value, ...singleTexts(item.value) }, links: item.links });
    }
    const since = corpus().filter(({ value: v }) => answeredSince(v));
    // 323 + 728 answered since, 2 + 5 holding answers since replaced.
    expect(since).toHaveLength(323 + 728 + 2 + 5);
    for (const { value: v } of since.filter(({ value: v }) => v.answerText === null)) expect(singleTexts(v).answerText, String(v.id)).toBeNull();
    for (const id of [1741059, 1847596]) {
      const held = (await call(api, `/api/writtenquestions/questions/${id}`)).json<Item>().value;
      expect(held.answerIsHolding, String(id)).toBe(true);
      expect(held.answerText, String(id)).toMatch(/will not be possible to answer this question within the usual time period/);
    }
  });

  it('returns the seed with its full HTML answer', async () => {
    const seed = (await call(api, `/api/writtenquestions/questions/${SEED.id}`)).json<Item>();
    expect(seed.value.answerText).toMatch(/^<p>Child sexual abuse has been declared a national threat/);
    expect(seed.value.answerText?.match(/<p>/g)).toHaveLength(8);
    expect(seed.value).toEqual(own().find((v) => v.id === SEED.id));
    expect(questionItemSchema.safeParse(seed).success).toBe(true);
  });

  it('returns the unanswered question as written, and it parses', async () => {
    const body = (await call(api, `/api/writtenquestions/questions/${UNANSWERED}?expandMember=true`)).json<Item>();
    expect(body.value).toMatchObject({ id: UNANSWERED, answerText: null, heading: null, answerIsHolding: null, answeringMember: null });
    expect(questionItemSchema.safeParse(body).success).toBe(true);
  });

  it('finds a question by tabled date and UIN: the seed at 2019-01-30/214555, not the old guess 2019-01-31/215246', async () => {
    const reply = await call(api, '/api/writtenquestions/questions/2019-01-30/214555?expandMember=true');
    expect(reply.status).toBe(200);
    expect(reply.json<Item>().value).toMatchObject({ id: SEED.id, askingMember: { name: 'Sarah Champion' } });
    expect((await call(api, '/api/writtenquestions/questions/2023-12-06/hl1234')).json<Item>().value.uin).toBe('HL1234');
    expect((await call(api, '/api/writtenquestions/questions/2026-11-23/990005')).json<Item>().value.id).toBe(UNANSWERED);
    // The tabled day, not the answer day; and the earlier guess is no record at all.
    expect((await call(api, '/api/writtenquestions/questions/2019-02-08/214555')).status).toBe(404);
    const guess = await call(api, '/api/writtenquestions/questions/2019-01-31/215246');
    expect(guess.status).toBe(404);
    expect(guess.json()).toMatchObject({ title: 'Not Found', status: 404 });
  });

  it('404s with ProblemDetails for an unknown id; 400s for bad input', async () => {
    const missing = await call(api, '/api/writtenquestions/questions/123');
    expect(missing.status).toBe(404);
    expect(missing.json()).toMatchObject({ title: 'Not Found', status: 404, type: expect.stringContaining('rfc7231') });
    for (const path of [
      '/api/writtenquestions/questions/abc',
      `${LIST}?take=abc`,
      `${LIST}?skip=-1`,
      `${LIST}?askingMemberId=1.5`,
      `${LIST}?tabledWhenFrom=2023-13-45`,
      `${LIST}?house=Scottish`,
      `${LIST}?expandMember=yes`,
      `${LIST}?answeringBodies=1&answeringBodies=x`,
      '/api/writtenquestions/questions/not-a-date/214555',
    ]) {
      const reply = await call(api, path);
      expect(reply.status, path).toBe(400);
      expect(reply.json(), path).toMatchObject({ title: 'One or more validation errors occurred.', status: 400, errors: expect.any(Object) });
    }
    expect((await call(api, '/api/nothing-here')).status).toBe(404);
  });
});

describe('over HTTP', () => {
  it('serves JSON with the real API’s headers through a plain http server', async () => {
    const server = createServer(api);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const res = await new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/api/writtenquestions/questions?uIN=214555', headers: { host: 'questions-statements-api.parliament.uk' } }, (r) => {
          let body = '';
          r.setEncoding('utf8');
          r.on('data', (c: string) => { body += c; });
          r.on('end', () => resolve({ status: r.statusCode ?? 0, headers: r.headers, body }));
        });
        req.on('error', reject);
        req.end();
      });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(JSON.parse(res.body).totalResults).toBe(1);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
