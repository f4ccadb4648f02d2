// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FiguresChart } from '../../src/sidebar/sections/FiguresChart';
import type { FigureView } from '../../src/sidebar/model';

function figure(index: number, value: number, extra: Partial<FigureView> = {}): FigureView {
  const display = `£${value / 1e6} million`;
  return {
    index, text: display, value, valueMax: null, currency: 'GBP', display, spoken: display, per: null, yearly: null,
    context: `Area ${index} receives ${display}.`, today: null, perHead: null, partOf: null, role: null, repeatOf: null, table: null, period: null,
    ...extra,
  };
}

afterEach(cleanup);

describe('the ledger chart', () => {
  it('shows the 12 largest of a long list, in page order, and says so', () => {
    // 20 sums of £1m … £20m, in a shuffled page order, and a yearly rate larger than all of them.
    const values = [7, 19, 3, 12, 1, 16, 9, 20, 5, 14, 2, 18, 11, 6, 15, 4, 13, 10, 8, 17];
    const figures = [...values.map((v, i) => figure(i, v * 1e6)), figure(20, 50e6, { per: 'a year' })];
    const { container } = render(<FiguresChart figures={figures} />);
    const amounts = [...container.querySelectorAll('svg.chart g')].map((g) => g.querySelectorAll('text')[1]!.textContent);
    expect(amounts).toEqual(values.filter((v) => v > 8).map((v) => `£${v} million`));
    expect(container.querySelector('[data-chart-note]')?.textContent).toBe('The chart shows the 12 largest of 20 sums; the list below has them all.');
  });

  it('draws every sum with no note when they fit, labelled by the words before each', () => {
    const { container } = render(<FiguresChart figures={[figure(0, 5e6), figure(1, 2e6)]} />);
    expect([...container.querySelectorAll('text.bar-label')].map((t) => t.textContent)).toEqual(['…Area 0 receives', '…Area 1 receives']);
    expect(container.querySelector('[data-chart-note]')).toBeNull();
  });

  it('compares rates only when there are no one-off sums', () => {
    const { container } = render(<FiguresChart figures={[figure(0, 5e6, { per: 'a year' }), figure(1, 2e6, { per: 'a year' }), figure(2, 1e6)]} />);
    expect(container.querySelectorAll('rect.bar')).toHaveLength(3);
  });
});
