// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SidebarModel } from '../../src/sidebar/model';
import { VotesSection } from '../../src/sidebar/sections/VotesSection';
import type { AskFn, Asked } from '../../src/sidebar/use-ask';
import type { ResponseOf } from '../../src/protocol/messages';
import { everythingInView } from './in-view';

everythingInView();

afterEach(cleanup);

const person = (name: string, twfyPersonId: number | null) => ({ name, position: null, photoUrl: null, profileUrl: null, twfyPersonId });
const model = {
  question: { heading: 'Offences against Children: Internet', department: 'Home Office', house: 'Commons' },
  lookup: { uin: '215246', house: 'Commons', aroundDate: '2019-01-31', answerDate: '2019-02-08', department: 'Home Office' },
  asker: person('Sarah Champion', 25168),
  answerer: person('Victoria Atkins', null),
} as unknown as SidebarModel;
const record: Asked<ResponseOf<'question.record'>> = {
  state: 'ready',
  value: { askingMemberId: 4267, answeringMemberId: 4399, dateAnswered: '2019-02-08', answeringBodyName: 'Home Office' } as ResponseOf<'question.record'>,
};
const card = (name: string, party: string): Asked<ResponseOf<'member.card'>> => ({
  state: 'ready',
  value: { name, then: { party: { name: party, colour: null } }, now: { party: null } } as unknown as ResponseOf<'member.card'>,
});
const cards = { asker: card('Sarah Champion', 'Labour'), answerer: card('Victoria Atkins', 'Conservative') };

const divisions: ResponseOf<'votes.divisions'> = {
  terms: ['online safety', 'child', 'offence'], searchTerm: 'online safety', fromDate: '2017-02-08',
  divisions: [
    { id: 9000002, date: '2022-07-12', title: 'Online Safety Bill: Report Stage: New Clause 17', ayes: 250, noes: 300, url: 'https://votes.parliament.uk/votes/commons/division/9000002', reason: 'title contains “online safety”',
      votes: [{ memberId: 4267, side: 'aye', teller: false }, { memberId: 4399, side: 'no', teller: true }] },
    { id: 9000001, date: '2022-04-19', title: 'Online Safety Bill: Second Reading', ayes: 500, noes: 20, url: 'javascript:alert(1)', reason: 'title contains “online safety”',
      votes: [{ memberId: 4267, side: 'aye', teller: false }, { memberId: 4399, side: 'absent', teller: false }] },
  ],
};
const policies: ResponseOf<'votes.policies'> = {
  pageUrl: 'https://votes.theyworkforyou.com/person/25168/policies/commons/labour/all_time',
  scored: 40,
  policies: [{ id: 6751, name: 'Mass Surveillance', band: 'Generally voted against', stance: 'Generally voted against mass surveillance', url: 'https://votes.theyworkforyou.com/policy/6751', reason: 'name contains “surveillance”' }],
};

function fakeAsk(answers: Partial<Record<string, unknown>>) {
  return vi.fn(async (type: string) => (type in answers ? answers[type] : { ok: false, error: { code: 'internal', message: 'unexpected' } })) as unknown as AskFn & ReturnType<typeof vi.fn>;
}

describe('VotesSection', () => {
  it('lists each member\'s side per division with the public data-vote / data-division-id, a chart, and the policy record', async () => {
    const ask = fakeAsk({ 'votes.divisions': { ok: true, value: divisions }, 'votes.policies': { ok: true, value: policies } });
    const { container } = render(<VotesSection model={model} record={record} ask={ask} cards={cards} />);
    await waitFor(() => expect(container.querySelector('[data-section="votes"]')!.getAttribute('data-state')).toBe('ready'));
    expect(ask).toHaveBeenCalledWith('votes.divisions', { house: 'Commons', memberIds: [4267, 4399], heading: 'Offences against Children: Internet', answerDate: '2019-02-08' });
    const votes = Array.from(container.querySelectorAll('[data-vote]')).map((v) => [v.getAttribute('data-division-id'), v.getAttribute('data-vote'), v.textContent]);
    expect(votes).toEqual([
      ['9000002', 'aye', 'Sarah Champion: Aye'], ['9000002', 'no', 'Victoria Atkins: No (teller)'],
      ['9000001', 'aye', 'Sarah Champion: Aye'], ['9000001', 'absent', 'Victoria Atkins: Did not vote'],
    ]);
    expect(container.querySelectorAll('[data-votes-chart] [data-chart-division]')).toHaveLength(2);
    for (const a of Array.from(container.querySelectorAll('a'))) expect(a.getAttribute('href')).toMatch(/^https:/);
    await waitFor(() => expect(container.textContent).toContain('Generally voted against mass surveillance'));
    // Each item says why it is there.
    expect(Array.from(container.querySelectorAll('[data-division] [data-reason]')).map((r) => r.textContent)).toEqual(['Why shown: title contains “online safety”', 'Why shown: title contains “online safety”']);
    expect(container.querySelector('[data-policy] [data-reason]')!.textContent).toBe(' (Mass Surveillance: name contains “surveillance”)');
    // Only the asker has a TWFY person id on the page; the answerer is said to have none.
    expect(ask).toHaveBeenCalledWith('votes.policies', { twfyPersonId: 25168, house: 'Commons', party: 'Labour', department: 'Home Office', heading: 'Offences against Children: Internet' });
    expect(container.textContent).toContain('Victoria Atkins: the page gives no TheyWorkForYou person');
  });

  it('says plainly when there are no divisions on the topic (empty, not an error)', async () => {
    const ask = fakeAsk({ 'votes.divisions': { ok: true, value: { ...divisions, divisions: [] } }, 'votes.policies': { ok: true, value: { ...policies, policies: [] } } });
    const { container } = render(<VotesSection model={model} record={record} ask={ask} cards={cards} />);
    await waitFor(() => expect(container.querySelector('[data-section="votes"]')!.getAttribute('data-state')).toBe('empty'));
    expect(container.textContent).toContain('No Commons divisions on “online safety” since 8 February 2017 in which Sarah Champion or Victoria Atkins voted.');
    await waitFor(() => expect(container.textContent).toContain('No TheyWorkForYou policy is on this question\'s topic.'));
  });

  it('asks TheyWorkForYou nothing when the reader switched its policy records off', async () => {
    const ask = fakeAsk({ 'votes.divisions': { ok: true, value: divisions }, 'votes.policies': { ok: true, value: policies } });
    const { container } = render(<VotesSection model={{ ...model, twfyVotes: false }} record={record} ask={ask} cards={cards} />);
    await waitFor(() => expect(container.querySelector('[data-section="votes"]')!.getAttribute('data-state')).toBe('ready'));
    expect(container.querySelector('[data-policies-off]')!.textContent).toContain('switched off in the options');
    expect(ask.mock.calls.map((c) => c[0])).not.toContain('votes.policies');
  });

  it('shows an API failure with a retry that asks again', async () => {
    let n = 0;
    const ask = vi.fn(async (type: string) => (type === 'votes.divisions' && ++n === 1
      ? { ok: false, error: { code: 'network', message: 'Could not reach the Commons Votes API (network error).' } }
      : type === 'votes.divisions' ? { ok: true, value: divisions } : { ok: true, value: policies })) as unknown as AskFn;
    const { container, getAllByText } = render(<VotesSection model={model} record={record} ask={ask} cards={cards} />);
    await waitFor(() => expect(container.querySelector('[data-section="votes"]')!.getAttribute('data-state')).toBe('error'));
    fireEvent.click(getAllByText('Try again')[0]!);
    await waitFor(() => expect(container.querySelector('[data-section="votes"]')!.getAttribute('data-state')).toBe('ready'));
  });

  it('draws a chart that reads without colour: rows labelled, members named at the head, sides as shapes and words', async () => {
    const ask = fakeAsk({ 'votes.divisions': { ok: true, value: divisions }, 'votes.policies': { ok: true, value: policies } });
    const { container } = render(<VotesSection model={model} record={record} ask={ask} cards={cards} />);
    await waitFor(() => expect(container.querySelector('[data-votes-chart]')).not.toBeNull());
    const chart = container.querySelector('[data-votes-chart]')!;
    expect(chart.querySelector('[data-chart-heading]')!.textContent).toBe('Online Safety Bill');
    expect(Array.from(chart.querySelectorAll('thead th.member')).map((th) => th.textContent)).toEqual(['Sarah Championasked', 'Victoria Atkinsanswered']);
    const rows = Array.from(chart.querySelectorAll('tbody tr')).map((tr) => [
      tr.querySelector('[data-chart-label]')!.textContent,
      tr.querySelector('.division-date')!.textContent,
      tr.querySelector('.tally')!.textContent,
      Array.from(tr.querySelectorAll('[data-chart-vote]')).map((v) => v.textContent),
    ]);
    expect(rows).toEqual([
      ['Report Stage: New Clause 17', '12 July 2022', '250 ayes · 300 noes', ['Aye', 'No']],
      ['Second Reading', '19 April 2022', '500 ayes · 20 noes', ['Aye', 'did not vote']],
    ]);
    // A shape for each side, not only a colour: a tick, a cross, a dash.
    expect(Array.from(chart.querySelectorAll('[data-chart-vote] path')).map((p) => p.getAttribute('d'))).toEqual(['M2 7.5 5.5 11 12 3.5', 'M3 3l8 8M11 3l-8 8', 'M2 7.5 5.5 11 12 3.5', 'M3 7h8']);
    expect(chart.getAttribute('aria-hidden')).toBe('true');
  });

  it('waits for the record, and is empty without a lookup', () => {
    const ask = fakeAsk({});
    const { container, rerender } = render(<VotesSection model={model} record={{ state: 'loading' }} ask={ask} cards={cards} />);
    expect(container.querySelector('[data-section="votes"]')!.getAttribute('data-state')).toBe('loading');
    rerender(<VotesSection model={model} record={null} ask={ask} />);
    expect(container.querySelector('[data-section="votes"]')!.getAttribute('data-state')).toBe('empty');
    expect(ask).not.toHaveBeenCalled();
  });
});
