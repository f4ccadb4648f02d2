import { describe, it, expect } from 'vitest';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWrittenQuestionsApi } from '../../scripts/fixture-apis/written-questions.js';
import { questionItemSchema, questionListSchema } from '../../src/clients/written-questions/schemas';
import { call, readSharedLines, specProperties } from './call';

interface Value {
  id: number; uin: string; house: string; heading: string; questionText: string; answerText: string | null;
  askingMemberId: number; answeringMemberId: number | null; answeringBodyId: number; dateTabled: string;
  dateAnswered: string | null; dateAnswerCorrected: string | null;
  askingMember: Record<string, unknown> | null; answeringMember: Record<string, unknown> | null;
}
interface Item { value: Value; links: { rel: string; href: string; method: string }[] }
interface List { totalResults: number; results: Item[] }

const api = createWrittenQuestionsApi();
const LIST = '/api/writtenquestions/questions';
const list = async (query: string) => {
  const reply = await call(api, `${LIST}?${query}`);
  expect(reply.status, reply.text()).toBe(200);
  return reply.json<List>();
};

/** The real corpus, read here independently of the fake, to count expected matches. */
const corpus = readSharedLines<Item>('corpus/questions-list-2023-12.jsonl');
const fullTexts = new Map(readSharedLines<{ id: number; question_text: string; answer_text: string }>('corpus/questions-full-text-2023-12.jsonl').map((f) => [f.id, f]));
const SEED = { id: 9215246, uin: '215246' };

describe('GET /api/writtenquestions/questions: filters', () => {
  it('finds the seed by uIN + house + a tabled window around the page date, as the extension asks', async () => {
    const body = await list('uIN=215246&house=Commons&tabledWhenFrom=2018-12-10&tabledWhenTo=2019-04-09&includeWithdrawn=true&take=20');
    expect(body.totalResults).toBe(1);
    expect(body.results[0]?.value).toMatchObject({ id: SEED.id, uin: '215246', house: 'Commons', askingMemberId: 4267, answeringMemberId: 4399, answeringBodyId: 1 });
    // Outside the window, or in the other House: nothing.
    expect((await list('uIN=215246&house=Commons&tabledWhenFrom=2019-02-01&tabledWhenTo=2019-04-09')).totalResults).toBe(0);
    expect((await list('uIN=215246&house=Commons&tabledWhenFrom=2018-12-01&tabledWhenTo=2019-01-30')).totalResults).toBe(0);
    expect((await list('uIN=215246&house=Lords')).totalResults).toBe(0);
  });

  it('treats the tabled window as inclusive days, and finds a corpus record the same way', async () => {
    const body = await list('uIN=5688&house=Commons&tabledWhenFrom=2023-12-06&tabledWhenTo=2023-12-06');
    expect(body.results.map((r) => r.value.id)).toEqual([1676049]);
    // The item is the corpus line exactly (real records are served untouched).
    expect(body.results[0]).toEqual(corpus.find((c) => c.value.id === 1676049));
  });

  it('matches UINs case-insensitively and knows the constructed Lords question', async () => {
    const body = await list('uIN=hl1234&house=Lords&tabledWhenFrom=2023-11-01&tabledWhenTo=2024-01-31');
    expect(body.results.map((r) => r.value.uin)).toEqual(['HL1234']);
    expect(body.results[0]?.value.questionText).toMatch(/^To ask His Majesty's Government, with reference to/);
  });

  it('binds parameter names case-insensitively, and enum values too', async () => {
    const body = await list('UIN=215246&HOUSE=commons&TabledWhenFrom=2019-01-01&TABLEDWHENTO=2019-02-28&ExpandMember=TRUE');
    expect(body.totalResults).toBe(1);
    expect(body.results[0]?.value.askingMember).not.toBeNull();
    // House by its numeric value (Bicameral 0, Commons 1, Lords 2), as ASP.NET binds enums.
    expect((await list('uin=215246&house=1')).totalResults).toBe(1);
  });

  it('searchTerm: a case-insensitive substring of heading, question or answer (full texts)', async () => {
    const term = 'Selective Catalytic Reduction';
    const body = await list(`searchTerm=${encodeURIComponent(term.toUpperCase())}&take=100`);
    const needle = term.toLowerCase();
    const expected = corpus.filter(({ value: v }) => {
      const full = fullTexts.get(v.id);
      const text = [v.heading, full?.question_text ?? v.questionText, (full?.answer_text ?? v.answerText ?? '').replace(/<[^>]*>/g, '')].join(' ');
      return text.toLowerCase().includes(needle);
    }).length + 1; // + the constructed Lords copy of 5688
    expect(body.totalResults).toBe(expected);
    expect(body.results.map((r) => r.value.uin)).toEqual(expect.arrayContaining(['5688', 'HL1234']));
    // The seed's heading and answer text are searchable too.
    expect((await list('searchTerm=offences%20against%20children')).results.map((r) => r.value.id)).toContain(SEED.id);
    expect((await list('searchTerm=lucy%20faithfull')).results.map((r) => r.value.id)).toEqual([SEED.id]);
    expect((await list('searchTerm=zzzz-no-such-words')).totalResults).toBe(0);
  });

  it('askingMemberId and answeringMemberId', async () => {
    const asked = await list('askingMemberId=4267&take=50');
    expect(asked.totalResults).toBe(corpus.filter((c) => c.value.askingMemberId === 4267).length + 1);
    expect(asked.results.every((r) => r.value.askingMemberId === 4267)).toBe(true);
    expect(asked.results.map((r) => r.value.id)).toContain(SEED.id);

    const answered = await list('answeringMemberId=4362&take=1000');
    expect(answered.totalResults).toBe(corpus.filter((c) => c.value.answeringMemberId === 4362).length);
    expect(answered.results.every((r) => r.value.answeringMemberId === 4362)).toBe(true);
  });

  it('members: asked or answered by any of the ids', async () => {
    const body = await list('members=4267&members=4399&take=100');
    const ids = new Set([4267, 4399]);
    const expected = corpus.filter((c) => ids.has(c.value.askingMemberId) || ids.has(c.value.answeringMemberId ?? -1)).length + 1;
    expect(body.totalResults).toBe(expected);
  });

  it('answeringBodies is repeatable', async () => {
    const one = await list('answeringBodies=54&take=1');
    expect(one.totalResults).toBe(corpus.filter((c) => c.value.answeringBodyId === 54).length);
    const two = await list('answeringBodies=54&answeringBodies=1&take=1000');
    expect(two.totalResults).toBe(corpus.filter((c) => [1, 54].includes(c.value.answeringBodyId)).length + 1);
    expect(new Set(two.results.map((r) => r.value.answeringBodyId))).toEqual(new Set([1, 54]));
  });

  it('answered windows and answered status', async () => {
    const body = await list('answeredWhenFrom=2019-02-08&answeredWhenTo=2019-02-08');
    expect(body.results.map((r) => r.value.id)).toEqual([SEED.id]);
    const all = (await list('take=0')).totalResults;
    expect(all).toBe(corpus.length + 2);
    // Every corpus record is answered (some with "not possible before Prorogation").
    expect((await list('answered=Answered&take=0')).totalResults).toBe(all);
    expect((await list('answered=unanswered')).totalResults).toBe(0);
    expect((await list('questionStatus=NotAnswered')).totalResults).toBe(0);
  });
});

describe('GET /api/writtenquestions/questions: paging, order, truncation', () => {
  it('pages with skip/take (default take 20) and reports the total', async () => {
    const first = await list('answeringBodies=54');
    expect(first.results).toHaveLength(20);
    const a = await list('answeringBodies=54&skip=0&take=7');
    const b = await list('answeringBodies=54&skip=7&take=7');
    const both = await list('answeringBodies=54&skip=0&take=14');
    expect(a.totalResults).toBe(first.totalResults);
    expect(b.totalResults).toBe(first.totalResults);
    expect([...a.results, ...b.results].map((r) => r.value.id)).toEqual(both.results.map((r) => r.value.id));
    const tail = await list(`answeringBodies=54&skip=${first.totalResults - 3}&take=20`);
    expect(tail.results).toHaveLength(3);
    expect((await list(`answeringBodies=54&skip=${first.totalResults + 5}`)).results).toEqual([]);
    expect((await list('take=0')).results).toEqual([]);
  });

  it('orders newest activity first: the corrected date, else the answer date, ties in corpus order', async () => {
    const body = await list(`take=${corpus.length + 2}`);
    const key = (v: Value) => v.dateAnswerCorrected ?? v.dateAnswered ?? v.dateTabled;
    const keys = body.results.map((r) => key(r.value));
    expect(keys).toEqual([...keys].sort().reverse());
    expect(body.results.at(-1)?.value.id).toBe(SEED.id);
    // Corpus ties keep the file's own order (the order the real API returned them in).
    const tieDay = '2024-05-24T00:00:00';
    const expectedTies = corpus.filter((c) => key(c.value) === tieDay).map((c) => c.value.id);
    expect(body.results.filter((r) => key(r.value) === tieDay).map((r) => r.value.id)).toEqual(expectedTies);
  });

  it('truncates list texts: question at 255, answer tag-stripped at 255 + "..." (the seed too)', async () => {
    const body = await list(`take=${corpus.length + 2}`);
    for (const { value: v } of body.results) {
      expect(v.questionText.length).toBeLessThanOrEqual(255);
      expect((v.answerText ?? '').length).toBeLessThanOrEqual(258);
      expect(v.answerText ?? '').not.toMatch(/<p>/);
    }
    const seed = body.results.find((r) => r.value.id === SEED.id)?.value;
    expect(seed?.answerText).toHaveLength(258);
    expect(seed?.answerText?.endsWith('...')).toBe(true);
    expect(seed?.answerText?.startsWith('Child sexual abuse has been declared a national threat, and the Govern-ment')).toBe(true);
  });

  it('expandMember=true fills askingMember/answeringMember as MemberViewModel; otherwise null', async () => {
    const plain = await list('uIN=215246');
    expect(plain.results[0]?.value.askingMember).toBeNull();
    expect(plain.results[0]?.value.answeringMember).toBeNull();
    const body = await list('uIN=215246&expandMember=true');
    const { askingMember, answeringMember } = body.results[0]!.value;
    expect(Object.keys(askingMember ?? {}).sort()).toEqual(specProperties('writtenquestions-api', 'MemberViewModel').sort());
    expect(askingMember).toEqual({
      id: 4267, listAs: 'Champion, Sarah', name: 'Sarah Champion', party: 'Labour', partyColour: 'd50000',
      partyAbbreviation: 'Lab', memberFrom: 'Rotherham', thumbnailUrl: 'https://members-api.parliament.uk/api/Members/4267/Thumbnail',
    });
    expect(answeringMember).toMatchObject({ id: 4399, name: 'Victoria Atkins', party: 'Conservative', memberFrom: 'Louth and Horncastle' });
  });

  it('every list item keeps the spec’s QuestionsViewModel keys and parses with the extension’s schema', async () => {
    const body = await list('take=300&expandMember=true');
    const keys = specProperties('writtenquestions-api', 'QuestionsViewModel').sort();
    for (const r of body.results) expect(Object.keys(r.value).sort()).toEqual(keys);
    expect(questionListSchema.safeParse(body).success).toBe(true);
  });
});

describe('GET /api/writtenquestions/questions/{id} and /{date}/{uin}', () => {
  it('returns the full texts for a record in the full-text file', async () => {
    const reply = await call(api, '/api/writtenquestions/questions/1676049?expandMember=true');
    expect(reply.status).toBe(200);
    const body = reply.json<Item>();
    const full = fullTexts.get(1676049)!;
    expect(body.value.questionText).toBe(full.question_text);
    expect(body.value.answerText).toBe(full.answer_text);
    expect(body.links).toEqual([{ rel: 'self', href: '/Questions/1676049', method: 'GET' }]);
    expect(body.value.answeringMember).toMatchObject({ id: 4861 });
    expect(questionItemSchema.safeParse(body).success).toBe(true);
  });

  it('returns the seed with its full HTML answer, and the list text for a record without a full text', async () => {
    const seed = (await call(api, `/api/writtenquestions/questions/${SEED.id}`)).json<Item>();
    expect(seed.value.answerText).toMatch(/^<p>Child sexual abuse has been declared a national threat/);
    expect(seed.value.answerText?.match(/<p>/g)).toHaveLength(8);
    const truncatedOnly = corpus.find((c) => !fullTexts.has(c.value.id))!;
    const body = (await call(api, `/api/writtenquestions/questions/${truncatedOnly.value.id}`)).json<Item>();
    expect(body).toEqual(truncatedOnly);
  });

  it('finds a question by tabled date and UIN', async () => {
    const reply = await call(api, '/api/writtenquestions/questions/2019-01-31/215246?expandMember=true');
    expect(reply.status).toBe(200);
    expect(reply.json<Item>().value).toMatchObject({ id: SEED.id, askingMember: { name: 'Sarah Champion' } });
    expect((await call(api, '/api/writtenquestions/questions/2023-12-06/hl1234')).json<Item>().value.uin).toBe('HL1234');
    expect((await call(api, '/api/writtenquestions/questions/2019-02-08/215246')).status).toBe(404);
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
      '/api/writtenquestions/questions/not-a-date/215246',
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
        const req = request({ host: '127.0.0.1', port, path: '/api/writtenquestions/questions?uIN=215246', headers: { host: 'questions-statements-api.parliament.uk' } }, (r) => {
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
