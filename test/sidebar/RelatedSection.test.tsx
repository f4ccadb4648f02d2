// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SidebarModel } from '../../src/sidebar/model';
import type { RelatedItem } from '../../src/protocol/related-messages';
import { RelatedSection } from '../../src/sidebar/sections/RelatedSection';
import { amountsToCheck } from '../../src/sidebar/sections/RelatedMoney';
import type { AskFn } from '../../src/sidebar/use-ask';
import { everythingInView } from './in-view';

everythingInView();

afterEach(cleanup);

const figure = (index: number, text: string, value: number | null) => ({
  index, text, value, valueMax: null, currency: 'GBP', display: text, spoken: text, per: null, yearly: null, context: '', today: null, perHead: null, partOf: null, role: null, repeatOf: null, table: null, period: null,
});
const model = {
  question: { heading: 'Housing: Planning', department: 'DLUHC', uin: '7521', house: 'Commons', tabled: null, answered: null, daysToAnswer: null, officialUrl: null, pageUrl: 'https://www.theyworkforyou.com/wrans/?id=2023-12-19.7521.h', grouped: [{ uin: '7517', askerName: 'Ann Asker', anchorId: 'a' }], citation: '' },
  lookup: null, asker: null, answerer: null,
  ledger: { figures: [figure(0, '£21 million', 21e6), figure(1, '£40m', 40e6), figure(2, '£21m', 21e6), figure(3, 'millions of pounds', null), figure(4, '£1', 1), figure(5, '£2', 2)], totalDisplay: null, yearlyTotalDisplay: null, licence: '', totalNotes: [], totalValue: null, mismatches: [] },
} as SidebarModel;
const record = {
  id: 1679185, uin: '7521', status: 'answered' as const, dateTabled: '2023-12-19', dateForAnswer: null, isNamedDay: false, dateAnswered: '2024-01-08',
  dateHoldingAnswer: null, dateCorrected: null, originalAnswer: null, answer: null, correctionDiff: null, workingDays: null, onTime: null,
  attachments: [], attachmentTotal: 0, grouped: [{ uin: '7517', dateTabled: '2023-12-19' }], groupedTotal: 1, askingMemberId: 1, answeringMemberId: 2, answeringBodyName: 'DLUHC',
};
const item = (id: number, kind: RelatedItem['kind'], heading = `Question ${id}`): RelatedItem => ({
  kind, id, uin: String(id), house: 'Commons', heading, title: heading, dateTabled: '2023-12-01', dateAnswered: '2023-12-08', askerName: 'A Member',
  department: 'DLUHC', status: 'answered', answerLine: 'The first line.', url: `https://www.theyworkforyou.com/wrans/?id=2023-12-01.${id}.h`,
});
/** As the background sends a question the API has no heading or answer for yet (modelled on corpus 1743169, Nov 2024). */
const unansweredHeadingless = (id: number, kind: RelatedItem['kind']): RelatedItem => ({
  ...item(id, kind), heading: null, title: 'To ask the Secretary of State for Science, Innovation and Technology, whether he intends to meet with the Advertising…',
  dateTabled: '2024-11-20', dateAnswered: null, status: 'unanswered', answerLine: null, department: null,
});

function fakeAsk(topicPages: { items: RelatedItem[]; nextSkip: number | null }[], chain = { followsUp: [] as unknown[], referencedBy: [] as RelatedItem[] }) {
  return vi.fn(async (type: string, payload: { skip?: number; amounts?: string[] }) => {
    if (type === 'related.questions') {
      const page = topicPages[(payload.skip ?? 0) / 50]!;
      return { ok: true, value: { topic: 'Housing', total: 60, ...page } };
    }
    if (type === 'related.chain') return { ok: true, value: chain };
    if (type === 'related.money') return { ok: true, value: { department: 'DLUHC', amounts: [{ amount: payload.amounts![0], total: 3, items: [item(90, 'money')] }] } };
    return { ok: false, error: { code: 'internal', message: type } };
  });
}

const links = (container: Element) => Array.from(container.querySelectorAll<HTMLAnchorElement>('a[data-related]'));
const state = (container: Element) => container.querySelector('[data-section="related"]')!.getAttribute('data-state');

describe('RelatedSection', () => {
  it('says plainly when the page gives nothing to look up, and waits on the record', () => {
    const empty = render(<RelatedSection model={model} record={null} ask={vi.fn() as unknown as AskFn} />);
    expect(state(empty.container)).toBe('empty');
    cleanup();
    const waiting = render(<RelatedSection model={model} record={{ state: 'loading' }} ask={vi.fn() as unknown as AskFn} />);
    expect(state(waiting.container)).toBe('loading');
  });

  it('searches only once the reader scrolls to it', async () => {
    let reveal: (() => void) | null = null;
    vi.stubGlobal('IntersectionObserver', class {
      constructor(private readonly report: (e: { isIntersecting: boolean }[]) => void) {}
      observe(): void {
        reveal = () => this.report([{ isIntersecting: true }]);
      }
      disconnect(): void {}
    });
    const ask = fakeAsk([{ items: [item(11, 'topic')], nextSkip: null }]);
    const { container } = render(<RelatedSection model={model} record={{ state: 'ready', value: record }} ask={ask as unknown as AskFn} />);
    await waitFor(() => expect(reveal).not.toBeNull());
    expect(state(container)).toBe('loading');
    expect(container.textContent).toContain('looked up when you scroll here');
    expect(ask).not.toHaveBeenCalled();
    reveal!();
    await waitFor(() => expect(state(container)).toBe('ready'));
    expect(ask.mock.calls.map((c) => c[0]).sort()).toEqual(['related.chain', 'related.questions']);
    everythingInView();
  });

  it('lists grouped, follow-up, referenced and topic groups as data-related links', async () => {
    const ask = fakeAsk([{ items: [item(10, 'asker'), item(11, 'department'), item(12, 'topic'), item(13, 'topic')], nextSkip: null }], {
      followsUp: [{ uin: '20', answerDate: '2023-12-05', item: item(20, 'follow-up') }, { uin: '157261', answerDate: '2022-04-26', item: null }],
      referencedBy: [item(30, 'referenced'), item(13, 'referenced')],
    });
    const { container } = render(<RelatedSection model={model} record={{ state: 'ready', value: record }} ask={ask as unknown as AskFn} />);
    await waitFor(() => expect(state(container)).toBe('ready'));
    expect(links(container).map((a) => a.getAttribute('data-related'))).toEqual(['grouped', 'follow-up', 'referenced', 'referenced', 'asker', 'department', 'topic']);
    expect(links(container)[0]!.getAttribute('href')).toBe('https://www.theyworkforyou.com/wrans/?id=2023-12-19.7517.h');
    expect(container.textContent).toContain('Ann Asker');
    expect(container.textContent).toContain('Question 157261, answered 26 April 2022 (not in Parliament’s written questions)');
    expect(ask.mock.calls.map((c) => c[0]).sort()).toEqual(['related.chain', 'related.questions']);
  });

  it('says how many grouped questions a huge reply had beyond the rows shown, with the official record', async () => {
    const ask = fakeAsk([{ items: [], nextSkip: null }]);
    const cut = { ...record, groupedTotal: 10_000 };
    const { container } = render(<RelatedSection model={{ ...model, question: { ...model.question, officialUrl: 'https://questions-statements.parliament.uk/written-questions/detail/2023-12-19/7516' } }} record={{ state: 'ready', value: cut }} ask={ask as unknown as AskFn} />);
    await waitFor(() => expect(state(container)).not.toBe('loading'));
    expect(container.querySelectorAll('[data-related="grouped"]')).toHaveLength(1);
    expect(container.textContent).toContain('Answered together with this one (10,000)');
    const more = container.querySelector('[data-more-not-listed="question"]')!;
    expect(more.textContent).toBe('9,999 more questions not listed here: see the official record.');
    expect(more.querySelector('a')!.getAttribute('href')).toBe('https://questions-statements.parliament.uk/written-questions/detail/2023-12-19/7516');
    // An uncut list says nothing more.
    const plain = render(<RelatedSection model={model} record={{ state: 'ready', value: record }} ask={ask as unknown as AskFn} />);
    expect(plain.container.querySelector('[data-more-not-listed]')).toBeNull();
  });

  it('moves between related links with the arrow keys and j/k', async () => {
    const ask = fakeAsk([{ items: [item(10, 'topic'), item(11, 'topic')], nextSkip: null }]);
    const { container } = render(<RelatedSection model={model} record={{ state: 'ready', value: record }} ask={ask as unknown as AskFn} />);
    await waitFor(() => expect(links(container)).toHaveLength(3));
    const [grouped, first, second] = links(container);
    const keys = container.querySelector('.related-keys')!;
    fireEvent.keyDown(keys, { key: 'j' });
    expect(document.activeElement).toBe(grouped);
    fireEvent.keyDown(grouped!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first!, { key: 'j' });
    fireEvent.keyDown(second!, { key: 'j' });
    expect(document.activeElement).toBe(second);
    fireEvent.keyDown(second!, { key: 'k' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(grouped);
    fireEvent.keyDown(grouped!, { key: 'j', ctrlKey: true });
    expect(document.activeElement).toBe(grouped);
  });

  it('shows more lines, then loads the next page from the API', async () => {
    const first = Array.from({ length: 7 }, (_, i) => item(100 + i, 'topic'));
    const ask = fakeAsk([{ items: first, nextSkip: 50 }, { items: [item(200, 'topic'), item(100, 'topic')], nextSkip: null }]);
    const { container, getByText } = render(<RelatedSection model={model} record={{ state: 'ready', value: record }} ask={ask as unknown as AskFn} />);
    await waitFor(() => expect(links(container).filter((a) => a.dataset.related === 'topic')).toHaveLength(5));
    fireEvent.click(getByText('Show the other 2'));
    expect(links(container).filter((a) => a.dataset.related === 'topic')).toHaveLength(7);
    fireEvent.click(getByText('Load more on “Housing” (10 not yet loaded)'));
    await waitFor(() => expect(container.textContent).toContain('Question 200'));
    // The next page asks with the page's heading too, as the first did.
    expect(ask).toHaveBeenCalledWith('related.questions', expect.objectContaining({ questionId: 1679185, answered: true, skip: 0, pageHeading: 'Housing: Planning' }));
    expect(ask).toHaveBeenCalledWith('related.questions', expect.objectContaining({ questionId: 1679185, answered: true, skip: 50, pageHeading: 'Housing: Planning' }));
    // Page two's duplicate of 100 is not listed twice; nothing is left to load.
    expect(links(container).filter((a) => a.textContent === 'Question 100')).toHaveLength(1);
    expect(links(container).filter((a) => a.dataset.related === 'topic')).toHaveLength(8);
    expect(container.textContent).not.toContain('Load more');
  });

  it('lists headingless and unanswered questions by the start of their text, "not yet answered", beside the others', async () => {
    const ask = fakeAsk([{ items: [item(10, 'department'), unansweredHeadingless(11, 'department'), unansweredHeadingless(12, 'topic')], nextSkip: null }]);
    const { container } = render(<RelatedSection model={model} record={{ state: 'ready', value: { ...record, answeringBodyName: null } }} ask={ask as unknown as AskFn} />);
    await waitFor(() => expect(state(container)).toBe('ready'));
    const [, headed, untitled, untitledTopic] = links(container);
    expect(headed).toMatchObject({ textContent: 'Question 10' });
    expect(headed!.hasAttribute('data-no-heading')).toBe(false);
    expect(untitled!.textContent).toBe('To ask the Secretary of State for Science, Innovation and Technology, whether he intends to meet with the Advertising…');
    expect(untitled!.hasAttribute('data-no-heading')).toBe(true);
    expect(untitledTopic!.dataset.related).toBe('topic');
    const details = untitled!.closest('li')!.textContent!;
    expect(details).toContain('tabled 20 November 2024, not yet answered · A Member · question 11');
    // No department named by the API: the group still has a title, the topic line no department.
    expect(container.textContent).toContain('The same department on “Housing” around the date');
    expect(untitledTopic!.closest('li')!.textContent).toContain('not yet answered · A Member · question 12');
  });

  it('is empty, honestly, when nothing is related; an error when both searches fail, with a retry', async () => {
    const record0 = { ...record, grouped: [], groupedTotal: 0 };
    const none = fakeAsk([{ items: [], nextSkip: null }]);
    const { container } = render(<RelatedSection model={model} record={{ state: 'ready', value: record0 }} ask={none as unknown as AskFn} />);
    await waitFor(() => expect(state(container)).toBe('empty'));
    expect(container.textContent).toContain('No related questions found on “Housing”');
    cleanup();
    let calls = 0;
    const failing = vi.fn(async () => (++calls <= 2 ? { ok: false, error: { code: 'network', message: 'HTTP 503' } } : { ok: true, value: { topic: 'Housing', total: 1, nextSkip: null, items: [item(1, 'topic')] } }));
    const second = render(<RelatedSection model={model} record={{ state: 'ready', value: record0 }} ask={failing as unknown as AskFn} />);
    await waitFor(() => expect(state(second.container)).toBe('error'));
    fireEvent.click(second.getAllByText('Try again')[1]!);
    await waitFor(() => expect(links(second.container).map((a) => a.dataset.related)).toEqual(['topic']));
    cleanup();
    // One search failing with nothing else to show is an error too, not "nothing found".
    const halfFailing = vi.fn(async (type: string) => (type === 'related.chain' ? { ok: false, error: { code: 'network', message: 'HTTP 503' } } : { ok: true, value: { topic: 'Housing', total: 0, nextSkip: null, items: [] } }));
    const third = render(<RelatedSection model={model} record={{ state: 'ready', value: record0 }} ask={halfFailing as unknown as AskFn} />);
    await waitFor(() => expect(state(third.container)).toBe('error'));
    expect(third.container.textContent).toContain('HTTP 503');
  });

  it('looks for the largest distinct amounts only when asked, and reports what it found', async () => {
    expect(amountsToCheck(model.ledger!.figures)).toEqual(['£40m', '£21 million', '£2']);
    const ask = fakeAsk([{ items: [], nextSkip: null }]);
    const { container, getByText } = render(<RelatedSection model={model} record={{ state: 'ready', value: record }} ask={ask as unknown as AskFn} />);
    await waitFor(() => expect(state(container)).toBe('ready'));
    expect(ask.mock.calls.map((c) => c[0])).not.toContain('related.money');
    fireEvent.click(getByText('Look for £40m, £21 million, £2 in earlier DLUHC answers'));
    await waitFor(() => expect(container.textContent).toContain('£40m also appears in 3 earlier DLUHC answers (latest 1 listed)'));
    expect(links(container).map((a) => a.dataset.related)).toContain('money');
  });

  it('says when the money search fails, and tries again on request', async () => {
    const working = fakeAsk([{ items: [], nextSkip: null }]);
    let failures = 1;
    const ask = vi.fn(async (type: string, payload: { amounts?: string[] }) => {
      if (type === 'related.money' && failures-- > 0) return { ok: false, error: { code: 'network', message: 'HTTP 503 from the Written Questions API' } };
      return working(type, payload);
    });
    const { container, getByText } = render(<RelatedSection model={model} record={{ state: 'ready', value: record }} ask={ask as unknown as AskFn} />);
    await waitFor(() => expect(state(container)).toBe('ready'));
    fireEvent.click(getByText('Look for £40m, £21 million, £2 in earlier DLUHC answers'));
    await waitFor(() => expect(container.textContent).toContain('HTTP 503 from the Written Questions API'));
    fireEvent.click(getByText('Try again'));
    await waitFor(() => expect(container.textContent).toContain('£40m also appears in 3 earlier DLUHC answers'));
    expect(ask.mock.calls.filter((c) => c[0] === 'related.money')).toHaveLength(2);
  });
});
