// The related-questions handlers against the fake Written Questions API over the real Dec 2023
// corpus (and the seed), called in-process: real query parameters, real response shapes.
import { describe, expect, it, vi } from 'vitest';
import { createWrittenQuestionsApi } from '../../scripts/fixture-apis/written-questions.js';
import { relatedChainFor } from '../../src/background/handlers/related-chain';
import { relatedMoneyFor } from '../../src/background/handlers/related-money';
import { relatedQuestionsFor, TOPIC_PAGE_SIZE } from '../../src/background/handlers/related-questions';
import type { GetJson } from '../../src/clients/get-json';
import { fail } from '../../src/protocol/result';
import { readFileSync } from 'node:fs';
import { sharedPath } from '../../scripts/lib/shared-dir.js';
import { call } from '../fixture-apis/call';

vi.mock('webextension-polyfill', () => ({ default: {} }));

/** What the sidebar says a related request is about, for a corpus question (Dec 2023). */
const corpus = new Map(readFileSync(sharedPath('corpus/questions-list-2023-12.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => {
  const { value } = JSON.parse(line) as { value: { id: number; uin: string; house: 'Commons' | 'Lords'; dateTabled: string } };
  return [value.id, value] as const;
}));
function about(questionId: number) {
  const q = corpus.get(questionId)!;
  return { questionId, answered: true, uin: q.uin, house: q.house, dateTabled: q.dateTabled.slice(0, 10) };
}

const api = createWrittenQuestionsApi();
function fakeApi() {
  const urls: string[] = [];
  const getJson: GetJson = async ({ url, parse }) => {
    urls.push(url);
    const u = new URL(url);
    expect(u.host).toBe('questions-statements-api.parliament.uk');
    const reply = await call(api, u.pathname + u.search);
    return reply.status === 200 ? parse(reply.json()) : fail('not_found', `HTTP ${reply.status}`);
  };
  return { getJson, urls };
}

const SEED = { questionId: 9215246, answered: true, uin: '215246', house: 'Commons' as const, dateTabled: '2019-01-31' };



describe('related.questions', () => {
  it('finds genuinely related corpus questions for the 2019 seed with one search on the heading subject', async () => {
    const { getJson, urls } = fakeApi();
    const result = await relatedQuestionsFor(getJson, { ...SEED, skip: 0 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.topic).toBe('Offences against Children');
    expect(result.value.items.length).toBeGreaterThan(0);
    expect(result.value.items.map((i) => i.id)).not.toContain(SEED.questionId);
    for (const item of result.value.items) {
      expect(item.heading).toMatch(/Offences against Children|Child/i);
      expect(item.url).toBe(`https://www.theyworkforyou.com/wrans/?id=${item.dateTabled}.${item.uin}.h`);
      // Dec 2023 is years from Feb 2019: never "the same department around the date".
      expect(item.kind).not.toBe('department');
    }
    expect(result.value.nextSkip).toBeNull();
    // The page's own question (a cache hit in the extension) and one search.
    expect(urls).toHaveLength(2);
    // The page's record by tabled date and UIN: the URL the question section fetched, so cached.
    expect(urls[0]).toContain('/api/writtenquestions/questions/2019-01-31/215246?');
    expect(urls[1]).toContain('searchTerm=Offences+against+Children');
  });

  it('groups by asker and by department around the date, and leaves grouped questions out', async () => {
    const { getJson } = fakeApi();
    const result = await relatedQuestionsFor(getJson, { ...about(1679185), skip: 0 }); // Housing: Planning, UIN 7521
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.topic).toBe('Housing');
    const uins = result.value.items.map((i) => i.uin);
    for (const grouped of ['7517', '7518', '7519']) expect(uins).not.toContain(grouped);
    const kinds = result.value.items.map((i) => i.kind);
    expect(kinds).toContain('department');
    // Groups come in order: asker, department, topic.
    const order = ['asker', 'department', 'topic'];
    expect(kinds.map((k) => order.indexOf(k))).toEqual([...kinds.map((k) => order.indexOf(k))].sort((a, b) => a - b));
  });

  it('pages: nextSkip while the topic has more, and the next page follows on', async () => {
    const { getJson, urls } = fakeApi();
    // "Housing" appears in more corpus questions than one page holds.
    const first = await relatedQuestionsFor(getJson, { ...about(1679185), skip: 0 });
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.total).toBeGreaterThan(TOPIC_PAGE_SIZE);
    expect(first.value.nextSkip).toBe(TOPIC_PAGE_SIZE);
    const second = await relatedQuestionsFor(getJson, { ...about(1679185), skip: TOPIC_PAGE_SIZE });
    if (!second.ok) throw new Error(second.error.message);
    const firstIds = new Set(first.value.items.map((i) => i.id));
    expect(second.value.items.some((i) => firstIds.has(i.id))).toBe(false);
    expect(urls.at(-1)).toContain(`skip=${TOPIC_PAGE_SIZE}`);
  });
});

describe('related.chain', () => {
  it('resolves "pursuant to the Answer of 13 December 2023 to Question 5413" to that question', async () => {
    const { getJson } = fakeApi();
    const result = await relatedChainFor(getJson, about(1678608)); // UIN 7459
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.followsUp).toEqual([
      expect.objectContaining({ uin: '5413', answerDate: '2023-12-13', item: expect.objectContaining({ id: 1675579, kind: 'follow-up', dateAnswered: '2023-12-13' }) }),
    ]);
  });

  it('finds the later question that cites this one, and only questions that really cite it', async () => {
    const { getJson } = fakeApi();
    const result = await relatedChainFor(getJson, about(1675579)); // UIN 5413
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.referencedBy.map((i) => i.id)).toContain(1678608);
    expect(result.value.referencedBy.every((i) => i.kind === 'referenced' && i.dateTabled >= '2023-12-05')).toBe(true);
  });

  it('is empty for the seed, which cites nothing and is cited by nothing in the corpus', async () => {
    const { getJson } = fakeApi();
    const result = await relatedChainFor(getJson, SEED);
    expect(result).toEqual({ ok: true, value: { followsUp: [], referencedBy: [] } });
  });
});

describe('related.money', () => {
  it('finds earlier answers from the same department with the same amount, one search per amount', async () => {
    const { getJson, urls } = fakeApi();
    const result = await relatedMoneyFor(getJson, { ...about(1679180), amounts: ['£2.3 billion', '£2.3 billion', 'millions of pounds'] });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.department).toBe('Department of Health and Social Care');
    expect(result.value.amounts).toHaveLength(1);
    const [seen] = result.value.amounts;
    expect(seen?.total).toBeGreaterThanOrEqual(2);
    for (const item of seen?.items ?? []) {
      expect(item.department).toBe('Department of Health and Social Care');
      expect(item.dateAnswered! < '2024-01-12').toBe(true); // the page's answer date
    }
    expect(urls).toHaveLength(2);
  });

  it('asks about at most three amounts', async () => {
    const { getJson, urls } = fakeApi();
    const result = await relatedMoneyFor(getJson, { ...SEED, amounts: ['£40m', '£21 million', '£2.6 million', '£250,000'] });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.amounts.map((a) => a.amount)).toEqual(['£40m', '£21 million', '£2.6 million']);
    expect(urls).toHaveLength(4);
  });
});

describe('firstSentence', () => {
  it('ends at the first full stop, also where stripped tags ran paragraphs together, and not after "hon."', async () => {
    const { firstSentence } = await import('../../src/background/handlers/related-items');
    expect(firstSentence('Insurers must treat customers fairly.Department officials meet them...')).toBe('Insurers must treat customers fairly.');
    expect(firstSentence('I refer the hon. Member to my answer. More.')).toBe('I refer the hon. Member to my answer.');
    expect(firstSentence('  ')).toBeNull();
    expect(firstSentence('x'.repeat(300))).toHaveLength(160);
  });
});

describe('related.questions ranking', () => {
  it('puts headings that name the topic before questions that only mention it in their text', async () => {
    const { getJson } = fakeApi();
    const result = await relatedQuestionsFor(getJson, { ...about(1679185), skip: 0 }); // Housing: Planning
    if (!result.ok) throw new Error(result.error.message);
    for (const kind of ['department', 'topic'] as const) {
      const named = result.value.items.filter((i) => i.kind === kind).map((i) => /housing/i.test(i.heading));
      expect(named).toEqual([...named].sort((a, b) => Number(b) - Number(a)));
    }
  });
});
