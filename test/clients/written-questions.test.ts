import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { CacheFamily, GetJson } from '../../src/clients/get-json';
import { getQuestion, houseOfUin, questionUrl, shiftDay, type WrittenQuestion } from '../../src/clients/written-questions/client';
import { findQuestionByUin, lookupQuestion, pickNearest } from '../../src/clients/written-questions/lookup';
import { questionQueryUrl } from '../../src/clients/written-questions/search';
import { toWrittenQuestion, type QuestionValue } from '../../src/clients/written-questions/schemas';
import { fail } from '../../src/protocol/result';
import { sharedPath } from '../../scripts/lib/shared-dir.js';
import { describeWithShared, SHARED_PRESENT } from '../support/shared';

const shared = sharedPath;
const readLines = (path: string) => !SHARED_PRESENT ? [] : readFileSync(shared(path), 'utf8').split('\n').filter((line) => line.trim());

/** Real corpus list items by id, and the full texts the single-question endpoint would add. */
const corpus = new Map(readLines('corpus/questions-list-2023-12.jsonl').map((line) => {
  const item = JSON.parse(line) as { value: QuestionValue; links: unknown[] };
  return [item.value.id, item] as const;
}));
const fullTexts = new Map(readLines('corpus/questions-full-text-2023-12.jsonl').map((line) => {
  const full = JSON.parse(line) as { id: number; question_text: string; answer_text: string };
  return [full.id, full] as const;
}));
function listItem(id: number, change: Partial<QuestionValue> = {}) {
  const item = corpus.get(id);
  // Without ../shared the suites using it are collected (so this runs) but skipped.
  if (!item && !SHARED_PRESENT) return { value: { id, ...change } as QuestionValue, links: [] };
  if (!item) throw new Error(`no corpus question ${id}`);
  return { ...item, value: { ...item.value, ...change } };
}
/** What GET …/questions/{id} returns: the list item with its full texts. */
function singleItem(id: number, change: Partial<QuestionValue> = {}) {
  const full = fullTexts.get(id);
  if (!full) throw new Error(`no full text for ${id}`);
  return listItem(id, { questionText: full.question_text, answerText: full.answer_text, ...change });
}

/** A GetJson that answers from a function of the URL and records every request. */
function fakeGetJson(respond: (url: URL) => unknown) {
  const requests: { url: string; family: CacheFamily }[] = [];
  const getJson: GetJson = async (request) => {
    requests.push({ url: request.url, family: request.family });
    const body = respond(new URL(request.url));
    if (body === undefined) return fail('not_found', 'no fixture');
    // A Result given as the answer stands for the transport's own failure (404, 503).
    return isFailure(body) ? (body as never) : request.parse(body);
  };
  return { getJson, requests };
}

function isFailure(body: unknown): body is ReturnType<typeof fail> {
  return typeof body === 'object' && body !== null && (body as { ok?: unknown }).ok === false;
}

/** The parameter names the OpenAPI document declares for an operation. */
function specParams(path: string): string[] {
  const spec = JSON.parse(readFileSync(shared('reference/openapi/writtenquestions-api.json'), 'utf8')) as {
    paths: Record<string, { get: { parameters: { name: string }[] } }>;
  };
  return spec.paths[path]?.get.parameters.map((p) => p.name) ?? [];
}

describeWithShared('URLs', () => {
  it('builds the list URL with the spec’s parameter names and casing', () => {
    const url = questionQueryUrl({ uin: '7334', house: 'Commons', tabledFrom: '2023-11-16', tabledTo: '2024-02-14', includeWithdrawn: true });
    expect(url).toBe('https://questions-statements-api.parliament.uk/api/writtenquestions/questions?uIN=7334&house=Commons&tabledWhenFrom=2023-11-16&tabledWhenTo=2024-02-14&includeWithdrawn=true&expandMember=true&skip=0&take=20');
    const documented = specParams('/api/writtenquestions/questions');
    for (const name of new URL(url).searchParams.keys()) expect(documented).toContain(name);
  });

  it('builds the single-question URL with expandMember', () => {
    expect(questionUrl(1678594)).toBe('https://questions-statements-api.parliament.uk/api/writtenquestions/questions/1678594?expandMember=true');
    expect(specParams('/api/writtenquestions/questions/{id}')).toContain('expandMember');
  });

  it('shifts ISO days in UTC and infers the house from the UIN', () => {
    expect(shiftDay('2023-12-08', -60)).toBe('2023-10-09');
    expect(shiftDay('2024-02-28', 2)).toBe('2024-03-01');
    expect(houseOfUin('HL1234')).toBe('Lords');
    expect(houseOfUin('7334')).toBe('Commons');
  });
});

describeWithShared('findQuestionByUin', () => {
  // UIN 7334 (Home Office, tabled 2023-12-18); the same UIN in two other sessions, and another UIN.
  const sameUinEarlierSession = listItem(1678594, { id: 1, dateTabled: '2023-11-01T00:00:00' });
  const sameUinLaterSession = listItem(1678594, { id: 2, dateTabled: '2023-12-20T00:00:00' });
  const otherUin = listItem(1679018);
  const results = [sameUinEarlierSession, otherUin, sameUinLaterSession, listItem(1678594)];

  it('asks for the window around the date and picks the nearest tabled date', async () => {
    const { getJson, requests } = fakeGetJson(() => ({ totalResults: results.length, results }));
    const found = await findQuestionByUin(getJson, { uin: '7334', aroundDate: '2023-12-18' });
    expect(found).toMatchObject({ ok: true, value: { id: 1678594, uin: '7334', dateTabled: '2023-12-18', fullText: false } });
    expect(requests).toEqual([{ url: questionQueryUrl({ uin: '7334', house: 'Commons', tabledFrom: '2023-10-19', tabledTo: '2024-02-16', includeWithdrawn: true }), family: 'question-search' }]);
  });

  it('prefers a question tabled on or before the date (older pages carry the answer date)', async () => {
    const { getJson } = fakeGetJson(() => ({ totalResults: 2, results: [sameUinEarlierSession, sameUinLaterSession] }));
    // 2023-12-19: one day before the later session's question, 48 days after the earlier one.
    const found = await findQuestionByUin(getJson, { uin: '7334', aroundDate: '2023-12-19', windowDays: 90 });
    expect(found).toMatchObject({ ok: true, value: { id: 1 } });
  });

  it('says clearly when nothing matches', async () => {
    const { getJson, requests } = fakeGetJson(() => ({ totalResults: 1, results: [otherUin] }));
    const found = await findQuestionByUin(getJson, { uin: 'hl1234', aroundDate: '2023-12-08', windowDays: 30 });
    expect(found).toEqual({ ok: false, error: { code: 'not_found', message: 'No Lords written question HL1234 was tabled within 30 days of 2023-12-08.' } });
    expect(new URL(requests[0]?.url ?? '').searchParams.get('house')).toBe('Lords');
  });

  it('passes errors through and reports schema drift as bad_response', async () => {
    const down: GetJson = async () => fail('network', 'The Written Questions API did not answer (HTTP 503).');
    expect(await findQuestionByUin(down, { uin: '1', aroundDate: '2023-12-08' })).toMatchObject({ ok: false, error: { code: 'network' } });
    const { getJson } = fakeGetJson(() => ({ totalResults: 1, results: [{ value: { id: 'x' } }] }));
    expect(await findQuestionByUin(getJson, { uin: '1', aroundDate: '2023-12-08' })).toMatchObject({ ok: false, error: { code: 'bad_response' } });
  });
});

describe('pickNearest', () => {
  const at = (id: number, dateTabled: string) => ({ id, dateTabled }) as WrittenQuestion;
  it('takes the nearest before, and the nearest after only when none is before', () => {
    expect(pickNearest([at(1, '2023-12-01'), at(2, '2023-12-09')], '2023-12-08')?.id).toBe(1);
    expect(pickNearest([at(1, '2023-10-01'), at(2, '2023-12-05')], '2023-12-08')?.id).toBe(2);
    expect(pickNearest([at(1, '2024-01-20'), at(2, '2023-12-20')], '2023-12-08')?.id).toBe(2);
    expect(pickNearest([], '2023-12-08')).toBeNull();
  });
});

describeWithShared('getQuestion and the domain mapping', () => {
  it('fetches the full record, cached by answered state', async () => {
    const { getJson, requests } = fakeGetJson((url) => singleItem(Number(url.pathname.split('/').pop())));
    const question = await getQuestion(getJson, { id: 1678594, answered: true });
    expect(requests).toEqual([{ url: questionUrl(1678594), family: 'question-answered' }]);
    expect(question).toMatchObject({ ok: true, value: { id: 1678594, uin: '7334', answeringBodyName: 'Home Office', answeringMemberId: 4369, dateAnswered: '2024-01-16', fullText: true, status: 'answered' } });
    await getQuestion(getJson, { id: 1678594 });
    expect(requests[1]?.family).toBe('question-open');
  });

  it('maps grouped questions with their dates', () => {
    expect(toWrittenQuestion(singleItem(1679185).value, true).grouped).toEqual([
      { uin: '7517', dateTabled: '2023-12-19' }, { uin: '7518', dateTabled: '2023-12-19' }, { uin: '7519', dateTabled: '2023-12-19' },
    ]);
    const undated = toWrittenQuestion(listItem(1679185, { groupedQuestionsDates: null, groupedQuestions: ['7517'] }).value, false);
    expect(undated.grouped).toEqual([{ uin: '7517', dateTabled: null }]);
  });

  it('maps a correction (with the original text the single endpoint sends) and a past holding answer', () => {
    const corrected = toWrittenQuestion(singleItem(1674622, { originalAnswerText: '<p>Before</p>' }).value, true);
    expect(corrected.correction).toMatchObject({ correctingMemberId: corrected.answeringMemberId, originalAnswerText: '<p>Before</p>' });
    expect(corrected.correction?.dateCorrected).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const held = toWrittenQuestion(singleItem(1679012).value, true);
    expect(held).toMatchObject({ status: 'answered', answerIsHolding: false, dateHoldingAnswer: '2024-01-16', dateAnswered: '2024-02-26', correction: null });
  });

  it('maps unanswered, holding and withdrawn questions, members and attachments', () => {
    const open = toWrittenQuestion(listItem(1678594, { dateAnswered: null, answerText: null, answeringMemberId: null, answerIsHolding: null }).value, false);
    expect(open).toMatchObject({ status: 'unanswered', answerText: null, answeringMemberId: null, answerIsHolding: false });
    expect(toWrittenQuestion(listItem(1678594, { answerIsHolding: true }).value, false).status).toBe('holding');
    expect(toWrittenQuestion(listItem(1678594, { isWithdrawn: true }).value, false).status).toBe('withdrawn');
    const expanded = toWrittenQuestion(listItem(1678594, {
      askingMember: { id: 4369, name: 'A Member', party: 'Labour', partyColour: 'd50000', memberFrom: 'Somewhere', listAs: null, partyAbbreviation: 'Lab', thumbnailUrl: null },
      attachments: [{ url: 'https://example.org/a.pdf', title: 'Table', fileType: 'PDF', fileSizeBytes: 1024 }, { url: null, title: 'lost' }],
    }).value, false);
    expect(expanded.askingMember).toMatchObject({ id: 4369, name: 'A Member', party: 'Labour', listAs: null });
    expect(expanded.attachments).toEqual([{ url: 'https://example.org/a.pdf', title: 'Table', fileName: null, fileType: 'PDF', fileSizeBytes: 1024 }]);
  });
});

describeWithShared('lookupQuestion', () => {
  it('finds by UIN, then fetches the full record as answered', async () => {
    const { getJson, requests } = fakeGetJson((url) =>
      url.pathname.endsWith('/questions') ? { totalResults: 1, results: [listItem(1678594)] } : singleItem(1678594, { answeringMember: null }));
    const question = await lookupQuestion(getJson, { uin: '7334', aroundDate: '2023-12-18' });
    expect(question.ok && question.value.fullText).toBe(true);
    expect(question.ok && question.value.answerText).toBe(fullTexts.get(1678594)?.answer_text);
    expect(requests.map((r) => r.family)).toEqual(['question-search', 'question-answered']);
  });

  it('with the tabled date known, fetches the record by date and UIN in one request', async () => {
    const { getJson, requests } = fakeGetJson(() => singleItem(1678594));
    const question = await lookupQuestion(getJson, { uin: '7334', aroundDate: '2023-12-18', tabledDate: '2023-12-18', answered: true });
    expect(question.ok && question.value.id).toBe(1678594);
    expect(question.ok && question.value.answerText).toBe(fullTexts.get(1678594)?.answer_text);
    expect(requests.map((r) => [new URL(r.url).pathname, r.family])).toEqual([['/api/writtenquestions/questions/2023-12-18/7334', 'question-answered']]);
    for (const name of new URL(requests[0]!.url).searchParams.keys()) expect(specParams('/api/writtenquestions/questions/{date}/{uin}')).toContain(name);
  });

  it('falls back to the search when nothing was tabled that day, or another question answers', async () => {
    const notFound = fakeGetJson((url) =>
      url.pathname.endsWith('/7334') && url.pathname.includes('2023-12-17') ? fail('not_found', 'no such record')
        : url.pathname.endsWith('/questions') ? { totalResults: 1, results: [listItem(1678594)] } : singleItem(1678594));
    const found = await lookupQuestion(notFound.getJson, { uin: '7334', aroundDate: '2023-12-17', tabledDate: '2023-12-17' });
    expect(found.ok && found.value.id).toBe(1678594);
    expect(notFound.requests.map((r) => r.family)).toEqual(['question-open', 'question-search', 'question-answered']);
    // An API answering with some other question is not taken at its word.
    const wrong = fakeGetJson((url) => (url.pathname.endsWith('/questions') ? { totalResults: 0, results: [] } : singleItem(1678594, { uin: '9999' })));
    const missing = await lookupQuestion(wrong.getJson, { uin: '7334', aroundDate: '2023-12-18', tabledDate: '2023-12-18' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('does not search on when the direct request failed for another reason', async () => {
    const { getJson, requests } = fakeGetJson(() => fail('network', 'HTTP 503'));
    const down = await lookupQuestion(getJson, { uin: '7334', aroundDate: '2023-12-18', tabledDate: '2023-12-18' });
    expect(down).toMatchObject({ ok: false, error: { code: 'network' } });
    expect(requests).toHaveLength(1);
  });
});
