import { CPI_CALENDAR, CPI_FINANCIAL, GDP_DEFLATOR_CALENDAR, GDP_DEFLATOR_FINANCIAL } from './series';
import type { PriceSeries } from './types';

/**
 * "In today's money": an amount from the year it refers to, in prices of the latest year a series
 * has, by the ratio of the two index values of ONE series (one vintage, one base; the README of the
 * data forbids mixing). Public spending uses the HM Treasury GDP deflator, amounts paid to
 * households CPI; financial-year amounts use the financial-year version of either.
 */
export type PriceIndex = 'gdp' | 'cpi';

/** The year a figure's prices are from: a calendar year, or a financial year (2019 = 2019-20). */
export interface PriceYear {
  year: number;
  financial: boolean;
}

export type Conversion =
  | { ok: true; value: number; factor: number; from: number; to: number; toYear: PriceYear; series: PriceSeries }
  | { ok: false; reason: string; series: PriceSeries };

export function seriesFor(index: PriceIndex, financial: boolean): PriceSeries {
  if (index === 'gdp') return financial ? GDP_DEFLATOR_FINANCIAL : GDP_DEFLATOR_CALENDAR;
  return financial ? CPI_FINANCIAL : CPI_CALENDAR;
}

/** The last year the series has, the "today" we convert to. */
export function latestYear(series: PriceSeries): PriceYear {
  return { year: series.first + series.values.length - 1, financial: series.years === 'financial' };
}

function indexValue(series: PriceSeries, year: number): number | undefined {
  return series.values[year - series.first];
}

/** `amount × index[latest] ÷ index[year]`; outside the series' range nothing is converted. */
export function toLatestPrices(amount: number, at: PriceYear, index: PriceIndex): Conversion {
  const series = seriesFor(index, at.financial);
  const toYear = latestYear(series);
  const from = indexValue(series, at.year);
  const to = indexValue(series, toYear.year);
  if (from === undefined || to === undefined) {
    const range = `${yearLabel({ year: series.first, financial: at.financial })} to ${yearLabel(toYear)}`;
    return { ok: false, reason: `${yearLabel(at)} is outside the ${shortName(index)} series (${range}); not converted`, series };
  }
  return { ok: true, value: (amount * to) / from, factor: to / from, from, to, toYear, series };
}

/** "2019", or "2019-20" for a financial year. */
export function yearLabel({ year, financial }: PriceYear): string {
  return financial ? `${year}-${String((year + 1) % 100).padStart(2, '0')}` : String(year);
}

export function shortName(index: PriceIndex): string {
  return index === 'gdp' ? 'GDP deflator' : 'CPI';
}
