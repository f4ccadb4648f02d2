// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildLedger } from '../../src/content/ledger';
import { findMoney } from '../../src/extract/money';
import { FiguresSection } from '../../src/sidebar/sections/FiguresSection';

afterEach(cleanup);

const ledgerOf = (text: string) => buildLedger(text, findMoney(text), '2019-02-08');

describe('FiguresSection', () => {
  it('shows the yearly rate, today\'s money and the method, with the derived data attributes', () => {
    const ledger = ledgerOf('The Home Office will be investing an extra £21 million over the following 18 months.');
    const { container } = render(<FiguresSection ledger={ledger} reveal={vi.fn()} />);
    const item = container.querySelector('li[data-figure="0"]')!;
    expect(item.getAttribute('data-yearly-value')).toBe('14000000');
    expect(item.getAttribute('data-today-value')).toBe('25900000');
    expect(item.getAttribute('data-price-index')).toBe('gdp');
    expect(item.textContent).toContain('Today: £25.9 million in 2024 prices');
    expect(item.querySelector('details.method')?.textContent).toContain('÷ 81.1085 (2019)');
    expect(container.textContent).toContain('Open Government Licence v3.0');
  });

  it('switches one figure between the GDP deflator and CPI', () => {
    const ledger = ledgerOf('We gave £21 million. We gave £2.6 million.');
    const { container } = render(<FiguresSection ledger={ledger} reveal={vi.fn()} />);
    const first = () => container.querySelector('li[data-figure="0"]')!;
    fireEvent.click(first().querySelector('button.switch')!);
    expect(first().getAttribute('data-price-index')).toBe('cpi');
    // CPI 2019 = 107.8, 2025 = 138.4: £21m × 138.4 ÷ 107.8 = £26.96m → £27 million
    expect(first().textContent).toContain('£27 million in 2025 prices');
    expect(first().querySelector('details.method')?.textContent).toContain('CPI, chosen by you');
    expect(container.querySelector('li[data-figure="1"]')!.getAttribute('data-price-index')).toBe('gdp');
    fireEvent.click(first().querySelector('button.switch')!);
    expect(first().getAttribute('data-price-index')).toBe('gdp');
  });

  it('totals one-off sums and yearly rates apart, and marks parts', () => {
    const ledger = ledgerOf('A £10 million fund, of which £4 million for schools, and £1 million a year to run it.');
    const { container } = render(<FiguresSection ledger={ledger} reveal={vi.fn()} />);
    expect(container.querySelector('li[data-figure="1"]')!.getAttribute('data-part-of')).toBe('0');
    expect(container.querySelector('[aria-label="Total: £10 million"]')).not.toBeNull();
    expect(container.querySelector('[aria-label="Per year: £1 million a year"]')).not.toBeNull();
  });
});
