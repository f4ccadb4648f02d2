// The related-questions handlers against the fake Written Questions API (our own records, the seed
// among them, and the real corpus months when ../shared is there), called in-process: real query
// parameters, real response shapes. The corpus-based cases skip, in one line, without ../shared.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWrittenQuestionsApi } from '../../scripts/fixture-apis/written-questions.js';
import { relatedChainFor } from '../../src/background/handlers/related-chain';
import { relatedMoneyFor } from '../../src/background/handlers/related-money';
import { relatedQuestionsFor, TOPIC_PAGE_SIZE } from '../../src/background/handlers/related-questions';
import type { GetJson } from '../../src/clients/get-json';
import { fail } from '../../src/protocol/result';
import { readFileSync } from 'node:fs';
import { missingSharedMessage, sharedPath } from '../../scripts/lib/shared-dir.js';
import { call } from '../fixture-apis/call';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const missing = missingSharedMessage();
if (missing) console.log(`Skipped the related-questions cases over the real corpus: ${missing}`);

/** What the sidebar says a related request is about, for a corpus question (any month). */
const corpus = new Map(missing ? [] : ['2023-12', '2024-11', '2025-11'].flatMap((month) =>
  readFileSync(sharedPath(`corpus/questions-list-${month}.jsonl`), 'utf8').split('\n').filter(Boolean).map((line) => {
    const { value } = JSON.parse(line) as { value: { id: number; uin: string; house: 'Commons' | 'Lords'; dateTabled: string } };
    return [value.id, value] as const;
  })));
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

/** The seed (our own record of the real question: UIN 214555, tabled 30 January 2019). */
const SEED = { questionId: 9214555, answered: true, uin: '214555', house: 'Commons' as const, dateTabled: '2019-01-30' };

describe('related.questions for the seed', () => {
  it('finds genuinely related questions for the 2019 seed with one search on the heading subject', async () => {
    const { getJson, urls } = fakeApi();
    const result = await relatedQuestionsFor(getJson, { ...SEED, skip: 0 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.topic).toBe('Offences against Children');
    expect(result.value.items.length).toBeGreaterThan(0);
    expect(result.value.items.map((i) => i.id)).not.toContain(SEED.questionId);
    for (const item of result.value.items) {
      // A question the API has no heading for yet matched on its text, and is listed by the start of it.
      if (item.heading === null) expect(item.title).toMatch(/^To ask .*…$/);
      else expect(item.heading).toMatch(/Offences against Children|Child/i);
      expect(item.url).toBe(`https://www.theyworkforyou.com/wrans/?id=${item.dateTabled}.${item.uin}.h`);
      // Dec 2023 is years from Feb 2019: never "the same department around the date".
      expect(item.kind).not.toBe('department');
    }
    expect(result.value.nextSkip).toBeNull();
    // The page's own question (a cache hit in the extension) and one search.
    expect(urls).toHaveLength(2);
    // The page's record by tabled date and UIN: the URL the question section fetched, so cached.
    expect(urls[0]).toContain('/api/writtenquestions/questions/2019-01-30/214555?');
    expect(urls[1]).toContain('searchTerm=Offences+against+Children');
  });

});

describe.skipIf(missing !== null)('related.questions over the real corpus', () => {
  it('groups by asker and by department around the date, and leaves grouped questions out', async () => {
    const { getJson, urls } = fakeApi();
    // Undocumented Migrants: Deportation, UIN 87453 (Nov 2025), answered with 87450 (headed otherwise,
    // so not found by this search), 87452 and 87454.
    const result = await relatedQuestionsFor(getJson, { ...about(1847784), skip: 0 });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.topic).toBe('Undocumented Migrants');
    const searched = (await call(api, new URL(urls[1]!).pathname + new URL(urls[1]!).search)).json() as { results: { value: { uin: string } }[] };
    const uins = result.value.items.map((i) => i.uin);
    for (const grouped of ['87452', '87454']) {
      expect(searched.results.map((r) => r.value.uin)).toContain(grouped); // the search finds them…
      expect(uins).not.toContain(grouped); // …and they are listed from the record instead
    }
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
  it.skipIf(missing !== null)('resolves "pursuant to the Answer of 13 December 2023 to Question 5413" to that question', async () => {
    const { getJson } = fakeApi();
    const result = await relatedChainFor(getJson, about(1678608)); // UIN 7459
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.followsUp).toEqual([
      expect.objectContaining({ uin: '5413', answerDate: '2023-12-13', item: expect.objectContaining({ id: 1675579, kind: 'follow-up', dateAnswered: '2023-12-13' }) }),
    ]);
  });

  it.skipIf(missing !== null)('finds the later question that cites this one, and only questions that really cite it', async () => {
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
  it.skipIf(missing !== null)('finds earlier answers from the same department with the same amount, one search per amount', async () => {
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
    expect(urls).toHaveLength(4); // the record, then "£2.3 billion", "£2.3bn", "£2,300,000,000"
  });

  it('asks about at most three amounts', async () => {
    const { getJson, urls } = fakeApi();
    const result = await relatedMoneyFor(getJson, { ...SEED, amounts: ['£40m', '£21 million', '£2.6 million', '£250,000'] });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.amounts.map((a) => a.amount)).toEqual(['£40m', '£21 million', '£2.6 million']);
    expect(urls).toHaveLength(10); // the record, then three spellings of each amount
    expect(urls.some((u) => decodeURIComponent(u).includes('searchTerm=£40 million') || decodeURIComponent(u).includes('searchTerm=£40+million'))).toBe(true);
  });

  it('spells each sterling amount the usual ways; ranges, rates and other currencies keep the page\'s spelling', async () => {
    const { amountSpellings } = await import('../../src/extract/related-terms');
    expect(amountSpellings('£40m')).toEqual(['£40m', '£40 million', '£40,000,000']);
    expect(amountSpellings('£8.3 billion')).toEqual(['£8.3 billion', '£8.3bn', '£8,300,000,000']);
    expect(amountSpellings('£250,000')).toEqual(['£250,000']);
    expect(amountSpellings('£5–10 million')).toEqual(['£5–10 million']);
    expect(amountSpellings('$40m')).toEqual(['$40m']);
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
  it.skipIf(missing !== null)('puts headings that name the topic before questions that only mention it in their text', async () => {
    const { getJson } = fakeApi();
    const result = await relatedQuestionsFor(getJson, { ...about(1679185), skip: 0 }); // Housing: Planning
    if (!result.ok) throw new Error(result.error.message);
    for (const kind of ['department', 'topic'] as const) {
      const named = result.value.items.filter((i) => i.kind === kind).map((i) => /housing/i.test(i.heading ?? ''));
      expect(named).toEqual([...named].sort((a, b) => Number(b) - Number(a)));
    }
  });
});

/**
 * Headingless and unanswered results, answered by an in-test API (no fixture server): records
 * written to the list items' real shape from Nov 2024 corpus questions on broadband, scraped while
 * the month was current. 1742996 (the page's question) and 1742993 were answered with no heading
 * yet; 15196 and 14700 are unanswered and headingless; 14228 is unanswered with a heading.
 */
describe('related lists with headingless and unanswered results', () => {
  const DSIT = { answeringBodyId: 216, answeringBodyName: 'Department for Science, Innovation and Technology' };
  const ASK = 'To ask the Secretary of State for Science, Innovation and Technology, ';
  function wq(v: { id: number; uin: string | null; askingMemberId: number; tabled: string; answered: string | null; heading: string | null; question: string; answer?: string }) {
    return {
      value: {
        id: v.id, askingMemberId: v.askingMemberId, askingMember: null, house: 'Commons', memberHasInterest: false,
        dateTabled: `${v.tabled}T00:00:00`, dateForAnswer: `${v.tabled}T00:00:00`, uin: v.uin, questionText: ASK + v.question, ...DSIT,
        isWithdrawn: false, isNamedDay: true, groupedQuestions: [], answerIsHolding: v.answered ? false : null, answerIsCorrection: v.answered ? false : null,
        answeringMemberId: v.answered ? 1446 : null, answeringMember: null, correctingMemberId: null, correctingMember: null,
        dateAnswered: v.answered && `${v.answered}T00:00:00`, answerText: v.answer ?? null, originalAnswerText: '', comparableAnswerText: '',
        dateAnswerCorrected: null, dateHoldingAnswer: null, attachmentCount: 0, heading: v.heading, attachments: [], groupedQuestionsDates: [],
      },
      links: [{ rel: 'self', href: `/Questions/${v.id}`, method: 'GET' }],
    };
  }
  const page = wq({ id: 1742996, uin: '901346', askingMemberId: 5258, tabled: '2024-11-14', answered: '2024-11-20', heading: null, question: 'what progress he has made on the roll-out of gigabit-capable broadband in rural areas.', answer: 'Latest independent data shows that over 85% of UK premises can access a gigabit-capable connection and we are committed to extending this to nationwide coverage by 2030 through Project Gigabit.We will be taking steps to remove barriers to roll-out includi...' });
  const urban = wq({ id: 1742993, uin: '901343', askingMemberId: 5064, tabled: '2024-11-14', answered: '2024-11-20', heading: null, question: 'what progress he has made on the roll-out of gigabit-capable broadband in urban areas.', answer: 'Rollout of gigabit-capable broadband in urban areas is strong but there is still more to do, with coverage at 84% This is based on data collected up to January 2024...' });
  const costs = wq({ id: 1741828, uin: '14409', askingMemberId: 5304, tabled: '2024-11-14', answered: '2024-11-20', heading: 'Broadband: Costs', question: 'whether his Department is taking steps to support people with the cost of full fibre to premises connections in commercially viable areas where providers (a) do not connect premises and', answer: 'The government does not support individuals with the cost of obtaining a full fibre connection in commercially viable areas.' });
  const asa = wq({ id: 1743169, uin: '15196', askingMemberId: 4474, tabled: '2024-11-20', answered: null, heading: null, question: 'whether he intends to meet with the Advertising Standards Authority to discuss the advertising of part-copper broadband as fibre.' });
  const misAdvertising = wq({ id: 1742474, uin: '14700', askingMemberId: 4778, tabled: '2024-11-18', answered: null, heading: null, question: 'if he will have discussions with the Advertising Standards Authority on the mis-advertising of part-copper broadband.' });
  const rural = wq({ id: 1741636, uin: '14228', askingMemberId: 5252, tabled: '2024-11-13', answered: null, heading: 'Broadband: Rural Areas', question: 'what steps he plans to take to support rural households in Tiverton and Minehead constituency with gaining broadband connections, in the context of (a) Connecting Devon and Somerset and' });
  // Constructed: what the API would send for a result it has no UIN for; dropped, not the list.
  const noUin = wq({ id: 1743000, uin: null, askingMemberId: 4474, tabled: '2024-11-20', answered: null, heading: null, question: 'what broadband.' });
  // Constructed: a later, unanswered, headingless question citing the page's answer.
  const followUp = wq({ id: 1750001, uin: '16001', askingMemberId: 5258, tabled: '2024-11-27', answered: null, heading: null, question: 'pursuant to the Answer of 20 November 2024 to Question 901346 on broadband, when he expects rural coverage to reach 95%.' });

  const ABOUT = { questionId: 1742996, answered: true, uin: '901346', house: 'Commons' as const, dateTabled: '2024-11-14' };
  /** The heading the TheyWorkForYou page shows (the API gave 14228, beside it, the same words). */
  const PAGE_HEADING = 'Broadband: Rural Areas';

  function inTestApi() {
    const urls: string[] = [];
    const getJson: GetJson = async ({ url, parse }) => {
      urls.push(url);
      const u = new URL(url);
      if (u.pathname === '/api/writtenquestions/questions/2024-11-14/901346') return parse(page);
      const term = u.searchParams.get('searchTerm');
      const results = term === 'Broadband' ? [page, urban, costs, noUin, asa, misAdvertising, rural] : term === '901346' ? [page, followUp] : term === '£5 billion' ? [urban] : [];
      return parse({ totalResults: results.length, results });
    };
    return { getJson, urls };
  }
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it('a related search whose results include headingless items lists the others, and the headingless ones by their question text', async () => {
    const { getJson, urls } = inTestApi();
    const result = await relatedQuestionsFor(getJson, { ...ABOUT, skip: 0, pageHeading: PAGE_HEADING });
    if (!result.ok) throw new Error(result.error.message);
    // The page's record has no heading: the topic comes from the page's.
    expect(result.value.topic).toBe('Broadband');
    expect(new URL(urls[1]!).searchParams.get('searchTerm')).toBe('Broadband');
    const byId = new Map(result.value.items.map((i) => [i.id, i]));
    expect([...byId.keys()].sort()).toEqual([1741636, 1741828, 1742474, 1742993, 1743169]);
    expect(byId.get(1741828)).toMatchObject({ heading: 'Broadband: Costs', title: 'Broadband: Costs', status: 'answered' });
    expect(byId.get(1742993)).toMatchObject({
      heading: null,
      title: 'To ask the Secretary of State for Science, Innovation and Technology, what progress he has made on the roll-out of…',
      status: 'answered', dateAnswered: '2024-11-20', answerLine: expect.stringMatching(/^Rollout of gigabit-capable broadband/),
    });
    // Unanswered: no answer, no answering member, no answer date; listed all the same.
    expect(byId.get(1743169)).toMatchObject({ heading: null, status: 'unanswered', dateAnswered: null, answerLine: null, department: DSIT.answeringBodyName, kind: 'department' });
    for (const item of result.value.items) expect(item.title.length).toBeLessThanOrEqual(121);
    // Headed items that name the topic come before headingless ones within the group; the page's own heading first.
    expect(result.value.items.map((i) => i.id).slice(0, 2)).toEqual([1741636, 1741828]);
    // The result without a UIN is dropped and logged once, naming it.
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('id 1743000 (value.uin');
  });

  it('without the page heading, a headingless record gives no topic and makes no search', async () => {
    const { getJson, urls } = inTestApi();
    expect(await relatedQuestionsFor(getJson, { ...ABOUT, skip: 0 })).toEqual({ ok: true, value: { topic: null, total: 0, nextSkip: null, items: [] } });
    expect(urls).toHaveLength(1);
  });

  it('the follow-up chain lists a later headingless, unanswered question citing this one', async () => {
    const { getJson } = inTestApi();
    const result = await relatedChainFor(getJson, ABOUT);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.referencedBy).toEqual([expect.objectContaining({ id: 1750001, kind: 'referenced', heading: null, status: 'unanswered', dateAnswered: null, title: expect.stringMatching(/^To ask the Secretary of State for Science, Innovation and Technology, pursuant to the Answer of 20 November 2024 to.*…$/) })]);
  });

  it('money seen before lists an earlier headingless answer by its question text', async () => {
    const { getJson, urls } = inTestApi();
    const result = await relatedMoneyFor(getJson, { ...ABOUT, amounts: ['£5 billion'] });
    if (!result.ok) throw new Error(result.error.message);
    expect(new URL(urls[1]!).searchParams.get('answeringBodies')).toBe('216');
    expect(result.value.amounts).toEqual([{ amount: '£5 billion', total: 1, items: [expect.objectContaining({ id: 1742993, heading: null, title: expect.stringMatching(/^To ask the Secretary of State .*…$/) })] }]);
  });
});
