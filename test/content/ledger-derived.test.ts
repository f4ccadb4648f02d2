import { describe, expect, it } from 'vitest';
import { buildLedger } from '../../src/content/ledger';
import { findMoney } from '../../src/extract/money';
import { seedText } from '../support/seed-text';

const ledgerOf = (text: string, date: string | null = '2023-12-05') => buildLedger(text, findMoney(text), date);

describe('the seed answer', () => {
  const seed = seedText();
  const ledger = ledgerOf(seed, '2019-02-08');
  const byText = (t: string) => ledger.figures.find((f) => f.text === t)!;

  it('spreads £21 million over the following 18 months to £14 million a year', () => {
    expect(byText('£21 million').yearly?.display).toBe('£14 million a year');
  });

  it('keeps its four sums separate and totals them once', () => {
    expect(ledger.figures.map((f) => f.partOf)).toEqual([null, null, null, null, null]);
    expect(ledger.totalDisplay).toBe('£63.85 million'); // 40 + 21 + 2.6 + 0.25
    expect(ledger.yearlyTotalDisplay).toBeNull();
  });

  it('gives each valued figure in 2024 prices by the GDP deflator, with its arithmetic', () => {
    // calendar deflator: 2019 = 81.1085, 2024 = 100. £40m × 100 ÷ 81.1085 = £49,316,656.08 → £49.3 million;
    // £21m → £25,891,244 → £25.9m; £2.6m → £3,205,601 → £3.21m; £250,000 → £308,229 → £308,000.
    const today = ledger.figures.map((f) => f.today && f.today.gdp.display);
    expect(today).toEqual([
      null,
      '£49.3 million in 2024 prices',
      '£25.9 million in 2024 prices',
      '£3.21 million in 2024 prices',
      '£308,000 in 2024 prices',
    ]);
    const f = byText('£21 million').today!;
    expect(f.chosen).toBe('gdp');
    expect(f.yearFrom).toBe('2019 (the answer date, 2019-02-08)');
    expect(f.gdp.method).toBe('£21 million × 100 (2024) ÷ 81.1085 (2019) = £25.891 million, shown to 3 significant figures');
    expect(f.gdp.source).toContain('December 2025 (Quarterly National Accounts) vintage');
    expect(f.gdp.source).toContain('Open Government Licence v3.0');
    // CPI: 2019 = 107.8, 2025 = 138.4. £21m × 138.4 ÷ 107.8 = £26,961,038.96 → £27.0m
    expect(f.cpi.value).toBe(27_000_000);
  });
});

describe('which year and which index', () => {
  it('uses the financial year the text names, with the financial-year deflator', () => {
    // FY deflator: 2015-16 = 74.5804, 2024-25 = 100. £10m × 100 ÷ 74.5804 = £13,408,348.57 → £13.4m
    const [f] = ledgerOf('In 2015-16 the Department spent £10 million on this.').figures;
    expect(f?.today?.gdp.display).toBe('£13.4 million in 2024-25 prices');
    expect(f?.today?.yearFrom).toBe('2015-16 (the text: “2015-16”)');
  });

  it('reads "the 2023/24 financial year"', () => {
    // 2023-24 = 96.1117: £5m × 100 ÷ 96.1117 = £5,202,280.93 → £5.2m
    const [f] = ledgerOf('We provided £5 million in the 2023/24 financial year.').figures;
    expect(f?.today?.gdp.value).toBe(5_200_000);
    expect(f?.today?.yearFrom).toContain('2023/24 financial year');
  });

  it('chooses CPI for amounts paid to households, and gives both', () => {
    const [f] = ledgerOf('Tuition fees of £9,250 a year were charged.').figures;
    expect(f?.today?.chosen).toBe('cpi');
    expect(f?.today?.reason).toContain('fees');
    // CPI 2023 = 130.5, 2025 = 138.4: £9,250 × 138.4 ÷ 130.5 = £9,809.96 → £9,810
    expect(f?.today?.cpi.value).toBe(9_810);
  });

  it('keeps the GDP deflator where "benefit" is only a verb or a general word', () => {
    expect(ledgerOf('The area has benefited from funds totalling £100 million that bring benefits.').figures[0]?.today?.chosen).toBe('gdp');
    expect(ledgerOf('£900 for households on means-tested benefits.').figures[0]?.today?.chosen).toBe('cpi');
  });

  it('says so and converts nothing outside the series', () => {
    const [f] = ledgerOf('In 1985 the scheme cost £3 million.').figures;
    expect(f?.today?.gdp).toMatchObject({ value: null, display: '1985 is outside the GDP deflator series (1990 to 2024); not converted' });
    const [late] = ledgerOf('We will spend £3 million in 2026-27.').figures;
    expect(late?.today?.gdp.value).toBeNull();
    expect(late?.today?.gdp.display).toContain('outside');
  });

  it('gives each figure its own year when the clauses differ', () => {
    const ledger = ledgerOf('Spending was £5 million in 2019-20 and £6 million in 2020-21.');
    expect(ledger.figures.map((f) => f.today?.yearFrom.slice(0, 7))).toEqual(['2019-20', '2020-21']);
    const before = ledgerOf('In 2019-20, £5m was spent on A and £6m on B. Then £1m in 2020-21 and £2m in 2018-19.');
    expect(before.figures.map((f) => f.today?.yearFrom.slice(0, 7))).toEqual(['2019-20', '2019-20', '2020-21', '2018-19']);
    const span = ledgerOf('We spent £8m from 2021-22 to 2024-25.');
    expect(span.figures[0]?.today?.yearFrom).toBe('2023 (the answer date, 2023-12-05)');
  });
});

describe('per head', () => {
  it('divides by the population of the nation the text names, a year when spread', () => {
    // £100m over four years = £25m a year; ENPOP mid-2023 = 57,932,500: £25m ÷ 57,932,500 = £0.4315… → 43.2p
    const [f] = ledgerOf('We are investing £100 million over four years across England.').figures;
    expect(f?.perHead?.value).toBe(0.432);
    expect(f?.perHead?.display).toBe('43.2p per person in England a year (“across England”)');
    expect(f?.perHead?.method).toContain('÷ 57,932,500 people (England, mid-2023, ENPOP)');
  });

  it('gives none where the text names no area', () => {
    expect(ledgerOf('We are investing £100 million.').figures[0]?.perHead).toBeNull();
  });
});

describe('one-off and yearly totals', () => {
  it('shows a part inside its whole, not added again', () => {
    const ledger = ledgerOf('We set up a £10 million fund, of which £4 million is for schools.');
    expect(ledger.figures.map((f) => f.partOf)).toEqual([null, 0]);
    expect(ledger.totalDisplay).toBe('£10 million');
    expect(ledger.totalNotes).toContain('1 figure the text places inside another not counted again');
  });

  it('reads "Of this" at the start of the next sentence and sibling parts', () => {
    const ledger = ledgerOf('The fund is £10m. Of this, £4m is for schools and £3m for colleges.');
    expect(ledger.figures.map((f) => f.partOf)).toEqual([null, 0, 0]);
    expect(ledger.totalDisplay).toBe('£10 million');
  });

  it('keeps yearly rates apart from one-off sums', () => {
    const ledger = ledgerOf('A grant of £2 million, and £500,000 a year to run it, plus £1,000 a month.');
    expect(ledger.totalDisplay).toBe('£2 million');
    expect(ledger.yearlyTotalDisplay).toBe('£512,000 a year'); // 500,000 + 12 × 1,000
  });

  it('does not nest parts that add up to more than the whole', () => {
    const ledger = ledgerOf('A £5m fund, including £4m for A and £3m for B.');
    expect(ledger.figures.map((f) => f.partOf)).toEqual([null, null, null]);
  });
});
