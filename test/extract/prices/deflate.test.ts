import { describe, expect, it } from 'vitest';
import { latestYear, seriesFor, toLatestPrices, yearLabel } from '../../../src/extract/prices/deflate';
import { perHead } from '../../../src/extract/prices/per-head';
import { CPI_FINANCIAL, GDP_DEFLATOR_CALENDAR, GDP_DEFLATOR_FINANCIAL } from '../../../src/extract/prices/series';

// Expected values are worked by hand from the CSVs in ../shared/reference/prices/, written out so a
// reviewer can redo them with a calculator; the module must reproduce them to the rounding shown.
describe('toLatestPrices', () => {
  it('prices a 2019 sum in 2024 money by the calendar GDP deflator (December 2025 vintage)', () => {
    // hmt_gdp_deflator_calendar_2024eq100_dec2025.csv: 2019 = 81.1085, 2024 = 100
    // £21,000,000 × 100 ÷ 81.1085 = 2,100,000,000 ÷ 81.1085 = £25,891,244.44…
    const c = toLatestPrices(21e6, { year: 2019, financial: false }, 'gdp');
    expect(c.ok && c.value).toBeCloseTo(25_891_244.44, 1);
    expect(c.ok && [c.from, c.to, yearLabel(c.toYear)]).toEqual([81.1085, 100, '2024']);
  });

  it('prices a 2019 sum in 2025 money by CPI (D7BT annual)', () => {
    // ons_cpi_d7bt_annual.csv: 2019 = 107.8, 2025 = 138.4; £40m × 138.4 ÷ 107.8 = £51,354,359.9…
    const c = toLatestPrices(40e6, { year: 2019, financial: false }, 'cpi');
    expect(c.ok && c.value).toBeCloseTo(51_354_359.9, 0);
  });

  it('prices a financial-year sum by the financial-year deflator (March 2026 vintage)', () => {
    // hmt_gdp_deflator_fy_2024-25eq100_mar2026.csv: 2015-16 = 74.5804, 2024-25 = 100
    // £10m × 100 ÷ 74.5804 = £13,408,348.6…
    const c = toLatestPrices(10e6, { year: 2015, financial: true }, 'gdp');
    expect(c.ok && c.value).toBeCloseTo(13_408_348.6, 0);
    expect(c.ok && yearLabel(c.toYear)).toBe('2024-25');
  });

  it('derives financial-year CPI as the April–March mean of the monthly index', () => {
    // ons_cpi_d7bt_monthly.csv, 2023-04 … 2024-03:
    // 130.4 + 131.3 + 131.5 + 130.9 + 131.3 + 132.0 + 132.0 + 131.7 + 132.2 + 131.5 + 132.3 + 133.0 = 1580.1
    // 1580.1 ÷ 12 = 131.675 (4 d.p.)
    expect(CPI_FINANCIAL.values[2023 - CPI_FINANCIAL.first]).toBe(131.675);
    // and the last complete April–March year is 2024-25 (the monthly file stops at 2026-02)
    expect(latestYear(CPI_FINANCIAL)).toEqual({ year: 2024, financial: true });
  });

  it('says so and converts nothing outside the series', () => {
    const before = toLatestPrices(1e6, { year: 1995, financial: true }, 'gdp');
    expect(before).toMatchObject({ ok: false, reason: '1995-96 is outside the GDP deflator series (2000-01 to 2024-25); not converted' });
    const after = toLatestPrices(1e6, { year: 2026, financial: false }, 'cpi');
    expect(after.ok).toBe(false);
  });

  it('keeps each series whole: consecutive years, the latest one is "today"', () => {
    expect(latestYear(GDP_DEFLATOR_CALENDAR)).toEqual({ year: 2024, financial: false });
    expect(latestYear(GDP_DEFLATOR_FINANCIAL)).toEqual({ year: 2024, financial: true });
    expect(seriesFor('cpi', true)).toBe(CPI_FINANCIAL);
    expect(GDP_DEFLATOR_FINANCIAL.values).toHaveLength(2024 - 2000 + 1);
  });
});

describe('perHead', () => {
  it('divides by the mid-year population of the area', () => {
    // ons_population_mye_uk_nations.csv, 2023, ENPOP = 57,932,500; £100m ÷ 57,932,500 = £1.726…
    const p = perHead(100e6, 'England', { year: 2023, financial: false });
    expect(p.ok && p.value).toBeCloseTo(1.7261, 4);
    // A financial year uses mid-year of its first year: 2019-20 → mid-2019 SCPOP 5,411,200.
    const s = perHead(5_411_200, 'Scotland', { year: 2019, financial: true });
    expect(s.ok && s.value).toBe(1);
  });

  it('says when the year has no estimate', () => {
    expect(perHead(1e6, 'Wales', { year: 2025, financial: false })).toMatchObject({ ok: false });
    expect(perHead(1e6, 'UK', { year: 2025, financial: false }).ok).toBe(true);
  });
});
