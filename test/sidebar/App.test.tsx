// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/sidebar/App';
import type { SidebarModel } from '../../src/sidebar/model';
import type { AskFn } from '../../src/sidebar/use-ask';
import { everythingInView } from './in-view';

const model: SidebarModel = {
  question: {
    heading: 'Offences against Children: Internet',
    department: 'Home Office',
    uin: '215246',
    house: 'Commons',
    tabled: null,
    answered: { iso: '2019-02-08', text: '8 February 2019' },
    daysToAnswer: null,
    officialUrl: 'javascript:alert(1)',
    pageUrl: 'https://www.theyworkforyou.com/wrans/?id=2019-02-08.215246.h',
    grouped: [],
    citation: 'citation text',
  },
  lookup: null,
  asker: { name: 'Sarah Champion', position: 'Labour, Rotherham', photoUrl: 'data:image/png;base64,AAAA', profileUrl: 'https://www.theyworkforyou.com/mp/?p=1', twfyPersonId: 1 },
  answerer: null,
  ledger: {
    figures: [
      { index: 0, text: '£40m', value: 40e6, valueMax: null, currency: 'GBP', display: '£40 million', spoken: '40 million pounds', per: null, yearly: null, context: 'We have announced a £40m package.', today: null, perHead: null, partOf: null, role: null, repeatOf: null, table: null, period: null },
      { index: 1, text: 'millions of pounds', value: null, valueMax: null, currency: 'GBP', display: 'an unstated amount', spoken: 'an unstated amount', per: null, yearly: null, context: 'investing millions of pounds', today: null, perHead: null, partOf: null, role: null, repeatOf: null, table: null, period: null },
    ],
    totalDisplay: '£40 million',
    totalNotes: ['1 unstated amount not counted'],
    totalValue: 40e6,
    mismatches: [],
    yearlyTotalDisplay: null,
    licence: 'Contains public sector information licensed under the Open Government Licence v3.0',
  },
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals(); // everythingInView's IntersectionObserver
});

describe('App', () => {
  const actions = { revealFigure: vi.fn(), close: vi.fn(), open: vi.fn(), reloadPage: vi.fn() };
  const ask = vi.fn() as unknown as AskFn;

  it('after an extension update shows one banner with a page reload, and no alert per section', async () => {
    const gone = vi.fn(async () => ({ ok: false, error: { code: 'updated', message: 'Parliament Lens was updated or reloaded.' } }));
    const withLookup = { ...model, lookup: { uin: '215246', house: 'Commons' as const, aroundDate: '2019-01-31', tabledDate: '2019-01-31', answered: true, answerDate: '2019-02-08', department: 'Home Office' } };
    const { container, getByText } = render(<App model={withLookup} open actions={actions} ask={gone as unknown as AskFn} updated />);
    await waitFor(() => expect(container.querySelector('[data-section="asker"]')!.getAttribute('data-state')).toBe('error'));
    expect(container.querySelectorAll('[data-lens-updated]')).toHaveLength(1);
    expect(container.querySelectorAll('[role="alert"]')).toHaveLength(0);
    fireEvent.click(getByText('Reload page'));
    expect(actions.reloadPage).toHaveBeenCalledTimes(1);
  });

  it('renders every section with its public data-section and data-state', () => {
    const { container } = render(<App model={model} open actions={actions} ask={ask} />);
    const states = Object.fromEntries(
      Array.from(container.querySelectorAll('[data-section]')).map((s) => [s.getAttribute('data-section'), s.getAttribute('data-state')]),
    );
    expect(states).toEqual({ question: 'ready', asker: 'ready', answerer: 'empty', figures: 'ready', votes: 'empty', related: 'empty' });
  });

  it('lists figures with their public data attributes; vague ones have no data-value', () => {
    const { container } = render(<App model={model} open actions={actions} ask={ask} />);
    const items = Array.from(container.querySelectorAll('[data-figure]'));
    expect(items.map((i) => [i.getAttribute('data-value'), i.getAttribute('data-currency')])).toEqual([['40000000', 'GBP'], [null, 'GBP']]);
  });

  it('never renders a non-http link or image from untrusted data', () => {
    const { container } = render(<App model={model} open actions={actions} ask={ask} />);
    for (const a of Array.from(container.querySelectorAll('a'))) expect(a.getAttribute('href')).toMatch(/^https?:/);
    expect(container.querySelector('img')).toBeNull();
  });

  it('asks the page to reveal a figure, and to close', () => {
    const { getByText, getByLabelText } = render(<App model={model} open actions={actions} ask={ask} />);
    fireEvent.click(getByLabelText('Show £40m in the page'));
    expect(actions.revealFigure).toHaveBeenCalledWith(0);
    fireEvent.click(getByText('×'));
    expect(actions.close).toHaveBeenCalled();
  });

  it('collapses to a tab that opens it again', () => {
    const { getByText, container } = render(<App model={model} open={false} actions={actions} ask={ask} />);
    expect(container.querySelector('[data-section]')).toBeNull();
    fireEvent.click(getByText('Parliament Lens'));
    expect(actions.open).toHaveBeenCalled();
  });
});

describe('App with the Parliament APIs', () => {
  const actions = { revealFigure: vi.fn(), close: vi.fn(), open: vi.fn(), reloadPage: vi.fn() };
  const withLookup: SidebarModel = { ...model, lookup: { uin: '215246', house: 'Commons', aroundDate: '2019-01-31', tabledDate: '2019-01-31', answered: true, answerDate: '2019-02-08', department: 'Home Office' } };
  const record = {
    id: 1, uin: '215246', status: 'answered' as const, dateTabled: '2019-01-31', dateForAnswer: '2019-02-05', isNamedDay: false,
    dateAnswered: '2019-02-08', dateHoldingAnswer: null, dateCorrected: null, originalAnswer: null, answer: 'text', correctionDiff: null,
    workingDays: { days: 6, holidaysKnown: true }, onTime: false, attachments: [], attachmentTotal: 0, grouped: [], groupedTotal: 0, askingMemberId: 4267, answeringMemberId: 4399,
    answeringBodyName: 'Home Office',
  };
  const card = (id: number, name: string, post: string | null) => ({
    id, name, house: 'Commons' as const, thumbnailUrl: `https://members-api.parliament.uk/api/Members/${id}/Thumbnail`,
    profileUrl: `https://members.parliament.uk/member/${id}/contact`,
    then: { party: { name: 'Conservative', colour: null }, seat: 'Louth and Horncastle', posts: post ? [post] : [], departmentPost: post },
    now: { inHouse: true, party: { name: 'Conservative', colour: null }, seat: 'Louth and Horncastle', posts: [], leftOn: null, leftReason: null },
  });

  it('fills status and both cards, asking for members only once the record names them', async () => {
    const fake = vi.fn(async (type: string, payload: { memberId?: number; department?: string | null }) => {
      if (type === 'question.record') return { ok: true, value: record };
      if (type !== 'member.card') return { ok: false, error: { code: 'not_found', message: `${type} not faked here` } };
      return { ok: true, value: card(payload.memberId!, payload.memberId === 4399 ? 'Victoria Atkins' : 'Sarah Champion', payload.department ? 'Parliamentary Under-Secretary of State (Home Office)' : null) };
    });
    const { container } = render(<App model={withLookup} open actions={actions} ask={fake as unknown as AskFn} />);
    await waitFor(() => expect(container.querySelector('[data-section="answerer"]')!.getAttribute('data-state')).toBe('ready'));
    const apiCalls = fake.mock.calls.filter((c) => c[0] === 'question.record' || c[0] === 'member.card'); // the notebook, votes and related ask too
    expect(apiCalls.map((c) => c[0])).toEqual(['question.record', 'member.card', 'member.card']);
    expect(apiCalls[2]![1]).toEqual({ memberId: 4399, onDate: '2019-02-08', department: 'Home Office' });
    const answerer = container.querySelector('[data-section="answerer"]')!.textContent!;
    expect(answerer).toContain('On 8 February 2019');
    expect(answerer).toContain('Parliamentary Under-Secretary of State (Home Office)');
    const question = container.querySelector('[data-section="question"]')!.textContent!;
    expect(question).toContain('6 working days');
    expect(question).toContain('late');
  });

  it('a page whose record has no heading in the API: the page heading is shown and searched with; headingless results are listed', async () => {
    everythingInView();
    const headingless = {
      kind: 'topic', id: 1743169, uin: '15196', house: 'Commons', heading: null, title: 'To ask the Secretary of State for the Home Department, what steps…',
      dateTabled: '2024-11-20', dateAnswered: null, askerName: null, department: 'Home Office', status: 'unanswered', answerLine: null,
      url: 'https://www.theyworkforyou.com/wrans/?id=2024-11-20.15196.h',
    };
    const fake = vi.fn(async (type: string, payload: unknown) => {
      if (type === 'question.record') return { ok: true, value: record };
      if (type === 'related.questions' && payload) return { ok: true, value: { topic: 'Offences against Children', total: 1, nextSkip: null, items: [headingless] } };
      if (type === 'related.chain') return { ok: true, value: { followsUp: [], referencedBy: [] } };
      return { ok: false, error: { code: 'not_found', message: `${type} not faked here` } };
    });
    const { container } = render(<App model={withLookup} open actions={actions} ask={fake as unknown as AskFn} />);
    await waitFor(() => expect(container.querySelector('[data-section="related"]')!.getAttribute('data-state')).toBe('ready'));
    expect(container.querySelector('[data-section="question"] h3')!.textContent).toBe('Offences against Children: Internet');
    const asked = (type: string) => fake.mock.calls.find((c) => c[0] === type)?.[1];
    expect(asked('related.questions')).toMatchObject({ questionId: 1, skip: 0, pageHeading: 'Offences against Children: Internet' });
    expect(asked('votes.divisions')).toMatchObject({ heading: 'Offences against Children: Internet' });
    const link = container.querySelector<HTMLAnchorElement>('a[data-related="topic"]')!;
    expect(link.textContent).toBe(headingless.title);
    expect(link.closest('li')!.textContent).toContain('tabled 20 November 2024, not yet answered');
  });

  it('shows an error with a retry that asks again, and the cards share the error', async () => {
    let calls = 0;
    const fake = vi.fn(async (type: string) => (type.startsWith('saved.') || type === 'notebook.frame' ? { ok: true, value: { items: [], item: null, url: 'chrome-extension://id/notebook-frame.html' } } : ++calls === 1 ? { ok: false, error: { code: 'network', message: 'The Written Questions API did not answer (HTTP 503).' } } : { ok: true, value: record }));
    const { container, getAllByText } = render(<App model={withLookup} open actions={actions} ask={fake as unknown as AskFn} />);
    await waitFor(() => expect(container.textContent).toContain('HTTP 503'));
    expect(container.querySelector('[data-section="asker"]')!.getAttribute('data-state')).toBe('error');
    expect(container.querySelector('[data-section="figures"]')!.getAttribute('data-state')).toBe('ready');
    fireEvent.click(getAllByText('Try again')[0]!);
    await waitFor(() => expect(container.textContent).toContain('working days'));
  });
});
