import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../../scripts/lib/shared-dir.js';
import { CPI_CALENDAR, GDP_DEFLATOR_CALENDAR, GDP_DEFLATOR_FINANCIAL, POPULATION } from '../../../src/extract/prices/series';
import { describeWithShared } from '../../support/shared';

// The price CSVs live in ../shared/reference/prices; the module made from them is committed, so the
// values the ledger relies on are checked in a bare clone too, and against the CSVs where they are.
describe('the committed price module', () => {
  it('holds the values the ledger’s worked examples use', () => {
    const at = (series: { first: number; values: number[] }, year: number) => series.values[year - series.first];
    expect([at(GDP_DEFLATOR_CALENDAR, 2019), at(GDP_DEFLATOR_CALENDAR, 2024)]).toEqual([81.1085, 100]);
    expect([at(GDP_DEFLATOR_FINANCIAL, 2015), at(GDP_DEFLATOR_FINANCIAL, 2023), at(GDP_DEFLATOR_FINANCIAL, 2024)]).toEqual([74.5804, 96.1117, 100]);
    expect([at(CPI_CALENDAR, 2019), at(CPI_CALENDAR, 2025)]).toEqual([107.8, 138.4]);
    const scotland = POPULATION.Scotland!;
    expect(scotland.values[2022 - scotland.first]).toBe(5_447_000);
    expect(POPULATION.UK!.values.at(-1)).toBe(69_487_000); // mid-2025, provisional, UK only
  });
});

describeWithShared('the committed price module against the CSVs', () => {
  it('is what scripts/make-prices.js makes from the CSVs today', () => {
    expect(() => execFileSync('node', ['scripts/make-prices.js', '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('holds each CSV row at its year', () => {
    const rows = (file: string) => readFileSync(sharedPath(`reference/prices/${file}`), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    for (const [year, value] of rows('hmt_gdp_deflator_calendar_2024eq100_dec2025.csv')) {
      expect(GDP_DEFLATOR_CALENDAR.values[Number(year) - GDP_DEFLATOR_CALENDAR.first]).toBe(Number(value));
    }
    for (const [fy, value] of rows('hmt_gdp_deflator_fy_2024-25eq100_mar2026.csv')) {
      expect(GDP_DEFLATOR_FINANCIAL.values[Number(fy!.slice(0, 4)) - GDP_DEFLATOR_FINANCIAL.first]).toBe(Number(value));
    }
    for (const [year, value] of rows('ons_cpi_d7bt_annual.csv')) {
      expect(CPI_CALENDAR.values[Number(year) - CPI_CALENDAR.first]).toBe(Number(value));
    }
  });
});
