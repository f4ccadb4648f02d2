// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/sidebar/App';
import type { SidebarModel } from '../../src/sidebar/model';

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
  asker: { name: 'Sarah Champion', position: 'Labour, Rotherham', photoUrl: 'data:image/png;base64,AAAA', profileUrl: 'https://www.theyworkforyou.com/mp/?p=1' },
  answerer: null,
  ledger: {
    figures: [
      { index: 0, text: '£40m', value: 40e6, valueMax: null, currency: 'GBP', display: '£40 million', spoken: '40 million pounds', per: null, yearly: null, context: 'We have announced a £40m package.' },
      { index: 1, text: 'millions of pounds', value: null, valueMax: null, currency: 'GBP', display: 'an unstated amount', spoken: 'an unstated amount', per: null, yearly: null, context: 'investing millions of pounds' },
    ],
    totalDisplay: '£40 million',
    totalNotes: ['1 unstated amount not counted'],
  },
};

afterEach(cleanup);

describe('App', () => {
  const actions = { revealFigure: vi.fn(), close: vi.fn(), open: vi.fn() };

  it('renders every section with its public data-section and data-state', () => {
    const { container } = render(<App model={model} open actions={actions} />);
    const states = Object.fromEntries(
      Array.from(container.querySelectorAll('[data-section]')).map((s) => [s.getAttribute('data-section'), s.getAttribute('data-state')]),
    );
    expect(states).toEqual({ question: 'ready', asker: 'loading', answerer: 'empty', figures: 'ready', votes: 'loading', related: 'loading' });
  });

  it('lists figures with their public data attributes; vague ones have no data-value', () => {
    const { container } = render(<App model={model} open actions={actions} />);
    const items = Array.from(container.querySelectorAll('[data-figure]'));
    expect(items.map((i) => [i.getAttribute('data-value'), i.getAttribute('data-currency')])).toEqual([['40000000', 'GBP'], [null, 'GBP']]);
  });

  it('never renders a non-http link or image from untrusted data', () => {
    const { container } = render(<App model={model} open actions={actions} />);
    for (const a of Array.from(container.querySelectorAll('a'))) expect(a.getAttribute('href')).toMatch(/^https?:/);
    expect(container.querySelector('img')).toBeNull();
  });

  it('asks the page to reveal a figure, and to close', () => {
    const { getByText, getByLabelText } = render(<App model={model} open actions={actions} />);
    fireEvent.click(getByLabelText('Show £40m in the page'));
    expect(actions.revealFigure).toHaveBeenCalledWith(0);
    fireEvent.click(getByText('×'));
    expect(actions.close).toHaveBeenCalled();
  });

  it('collapses to a tab that opens it again', () => {
    const { getByText, container } = render(<App model={model} open={false} actions={actions} />);
    expect(container.querySelector('[data-section]')).toBeNull();
    fireEvent.click(getByText('Parliament Lens'));
    expect(actions.open).toHaveBeenCalled();
  });
});
