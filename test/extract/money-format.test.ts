import { describe, it, expect } from 'vitest';
import { formatMoney, moneyInWords } from '../../src/extract/money-format';

describe('formatMoney', () => {
  const cases: [number, string, string][] = [
    [40_000_000, 'GBP', '£40 million'],
    [250_000, 'GBP', '£250,000'],
    [2_600_000, 'GBP', '£2.6 million'],
    [1_200_000_000, 'GBP', '£1.2 billion'],
    [1_500_000_000_000, 'GBP', '£1.5 trillion'],
    [94_588_000, 'GBP', '£94.588 million'],
    [14_000_000, 'GBP', '£14 million'],
    [7_000_000 / 3, 'GBP', '£2.333 million'],
    [999_999_999, 'GBP', '£1 billion'],
    [1_108.04, 'GBP', '£1,108.04'],
    [4_156_379.8, 'GBP', '£4.156 million'],
    [2.53, 'GBP', '£2.53'],
    [480, 'GBP', '£480'],
    [0, 'GBP', '£0'],
    [0.5, 'GBP', '50p'],
    [0.025, 'GBP', '2.5p'],
    [0.29, 'GBP', '29p'],
    [-40_000_000, 'GBP', '-£40 million'],
    [3_000_000_000, 'USD', '$3 billion'],
    [10_000_000, 'EUR', '€10 million'],
    [0.5, 'USD', '$0.50'],
    [5_000_000, 'CHF', 'CHF 5 million'],
    [Number.NaN, 'GBP', '—'],
  ];
  it.each(cases)('%d %s → %s', (value, currency, expected) => {
    expect(formatMoney(value, currency)).toBe(expected);
  });

  const compact: [number, string, string][] = [
    [40_000_000, 'GBP', '£40m'],
    [2_600_000, 'GBP', '£2.6m'],
    [1_200_000_000, 'GBP', '£1.2bn'],
    [250_000, 'GBP', '£250k'],
    [38_700, 'GBP', '£38.7k'],
    [480, 'GBP', '£480'],
    [0.5, 'GBP', '50p'],
    [3_000_000_000, 'USD', '$3bn'],
    [2_000_000_000_000, 'GBP', '£2tn'],
  ];
  it.each(compact)('compact %d %s → %s', (value, currency, expected) => {
    expect(formatMoney(value, currency, { compact: true })).toBe(expected);
  });
});

describe('moneyInWords', () => {
  const cases: [number, string, string][] = [
    [40_000_000, 'GBP', '40 million pounds'],
    [2_600_000, 'GBP', '2.6 million pounds'],
    [1_000_000, 'GBP', '1 million pounds'],
    [1_200_000_000, 'GBP', '1.2 billion pounds'],
    [250_000, 'GBP', '250,000 pounds'],
    [1, 'GBP', '1 pound'],
    [0.5, 'GBP', '50 pence'],
    [0.01, 'GBP', '1 penny'],
    [2.53, 'GBP', '2 pounds 53 pence'],
    [1_108.04, 'GBP', '1,108 pounds 4 pence'],
    [2.999, 'GBP', '3 pounds'],
    [-5_000_000, 'GBP', 'minus 5 million pounds'],
    [3_000_000_000, 'USD', '3 billion dollars'],
    [0.25, 'USD', '25 cents'],
    [10_000_000, 'EUR', '10 million euros'],
    [5_000_000, 'CHF', '5 million CHF'],
  ];
  it.each(cases)('%d %s → %s', (value, currency, expected) => {
    expect(moneyInWords(value, currency)).toBe(expected);
  });
});
