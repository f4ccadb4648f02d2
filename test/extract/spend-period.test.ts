import { describe, it, expect } from 'vitest';
import { findMoney } from '../../src/extract/money';
import { formatMoney } from '../../src/extract/money-format';
import { findSpendPeriod, yearlyRate } from '../../src/extract/spend-period';
import type { MoneyMention } from '../../src/extract/money-mention';
import { seedText } from '../support/seed-text';

/** The first money mention in `text`; the tests are written so there is one. */
function firstMention(text: string): MoneyMention {
  const [mention] = findMoney(text);
  if (!mention) throw new Error(`no money in ${JSON.stringify(text)}`);
  return mention;
}

function periodOf(text: string) {
  return findSpendPeriod(text, firstMention(text));
}

describe('findSpendPeriod on the seed page', () => {
  it('reads "over the following 18 months" as 1.5 years: £14 million a year', () => {
    const page = seedText();
    const mention = findMoney(page).find((m) => page.slice(m.start, m.end) === '£21 million');
    if (!mention) throw new Error('seed figure not found');
    const period = findSpendPeriod(page, mention);
    expect(period?.years).toBe(1.5);
    expect(period?.phrase).toBe('over the following 18 months');
    expect(page.slice(period?.start, period?.end)).toBe('over the following 18 months');
    const rate = yearlyRate(mention, period);
    expect(rate).toBe(14_000_000);
    expect(formatMoney(rate ?? 0, 'GBP')).toBe('£14 million');
  });

  it('finds no period for the other seed figures', () => {
    const page = seedText();
    const others = findMoney(page).filter((m) => page.slice(m.start, m.end) !== '£21 million');
    expect(others.map((m) => findSpendPeriod(page, m))).toEqual([null, null, null, null]);
  });
});

describe('findSpendPeriod lengths', () => {
  // [text, years, phrase]
  const cases: [string, number | null, string][] = [
    ['£7 million over three years to help', 3, 'over three years'],
    ['£2.5 billion over the next five years, building on', 5, 'over the next five years'],
    ['£379 million over 2 years', 2, 'over 2 years'],
    ['£379 million over 5 years, to provide', 5, 'over 5 years'],
    ['£21 million over eighteen months', 1.5, 'over eighteen months'],
    ['£9 million over an 18-month period', 1.5, 'over an 18-month period'],
    ['£6 million over a five-year period', 5, 'over a five-year period'],
    ['£5 million over a year', 1, 'over a year'],
    ['£1 billion over a decade', 10, 'over a decade'],
    ['£50 million over the course of three years', 3, 'over the course of three years'],
    ['£5.2 billion investment over six years in flood schemes', 6, 'over six years'],
    ['£30 million from 2021 to 2025', 4, 'from 2021 to 2025'],
    ['£8 billion from 2021-22 to 2024-25', 4, 'from 2021-22 to 2024-25'],
    ['£8 billion from 2022/23 to 2024/25; expanding', 3, 'from 2022/23 to 2024/25'],
    ['£1.2 million between 2022 and 2027 to UK Deaf Sport', 5, 'between 2022 and 2027'],
    ['£8.3 billion uplift over the years 2023/24 to 2033/34', 11, 'over the years 2023/24 to 2033/34'],
    ['£104bn over 2022-25 to help households', 3, 'over 2022-25'],
    ['£36 million for 2023-2024.', 1, 'for 2023-2024'],
    ['£70 million in 2023/24 for a new programme', 1, 'in 2023/24'],
    ['£30 million for the 2023/24 academic year', 1, 'for the 2023/24 academic year'],
    ['£150 million this financial year as the first instalment', 1, 'this financial year'],
    ['£5m over the spending review period', null, 'over the spending review period'],
    ['£6bn over the course of this Parliament', null, 'over the course of this Parliament'],
    ['£3.8 billion in skills across this Parliament', null, 'across this Parliament'],
    ['£259 million of capital funding over the next parliament', null, 'over the next parliament'],
  ];

  it.each(cases)('%s', (text, years, phrase) => {
    const period = periodOf(text);
    expect(period).not.toBeNull();
    expect(period?.years).toBe(years);
    expect(period?.phrase).toBe(phrase);
    expect(text.slice(period?.start, period?.end)).toBe(phrase);
  });

  const noPeriod = [
    '£17 billion a year and puts a burden',
    '£40,000 per annum',
    '£8 billion each year on free hours',
    '£5m. Over three years, the scheme grew.',
    '£47.5 million to the Experimental Cancer Medicine Centre network over the next five years',
    '£5m within two years',
    '£5m in 2022',
    '£10 million by 2030',
    '£2bn of new capital and R&D funding to 2030',
    '£10 million Suicide Prevention Grant Fund to run from 2023 to March 2025',
    '£8.4 million more than the Council will receive this year',
  ];
  it.each(noPeriod)('no period: %s', (text) => {
    expect(periodOf(text)).toBeNull();
  });

  it('stops at the next figure: the period belongs to the later one', () => {
    const text = '£5m for schools and £10m over two years';
    const [first, second] = findMoney(text);
    if (!first || !second) throw new Error('two figures expected');
    expect(findSpendPeriod(text, first)).toBeNull();
    expect(findSpendPeriod(text, second)?.years).toBe(2);
  });
});

describe('yearlyRate', () => {
  it('divides a sum by the years of its period', () => {
    const text = '£7 million over the next three years';
    expect(yearlyRate(firstMention(text), periodOf(text))).toBeCloseTo(7_000_000 / 3, 6);
  });

  it('takes a yearly rate as it is, even with a period after it', () => {
    const text = '£50.3 million a year for 13 years';
    expect(periodOf(text)?.years).toBe(13);
    expect(yearlyRate(firstMention(text), periodOf(text))).toBe(50_300_000);
    expect(yearlyRate(firstMention('£17 billion a year'), null)).toBe(17_000_000_000);
  });

  it('annualises monthly and weekly rates', () => {
    expect(yearlyRate(firstMention('£100 a month'), null)).toBe(1_200);
    expect(yearlyRate(firstMention('£20 per week'), null)).toBe(1_040);
  });

  it('is null when it cannot be known', () => {
    expect(yearlyRate(firstMention('£480 per pupil over three years'), periodOf('£480 per pupil over three years'))).toBeNull();
    expect(yearlyRate(firstMention('£5-£10 million over two years'), periodOf('£5-£10 million over two years'))).toBeNull();
    expect(yearlyRate(firstMention('millions of pounds over two years'), periodOf('millions of pounds over two years'))).toBeNull();
    expect(yearlyRate(firstMention('£5m over the spending review period'), periodOf('£5m over the spending review period'))).toBeNull();
    expect(yearlyRate(firstMention('£5m for schools'), null)).toBeNull();
  });
});
