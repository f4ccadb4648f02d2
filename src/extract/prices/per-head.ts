import type { Area } from '../area';
import type { PriceYear } from './deflate';
import { POPULATION } from './series';

export type PerHead =
  | { ok: true; value: number; population: number; populationYear: number; code: string }
  | { ok: false; reason: string };

/**
 * Amount ÷ mid-year population of the area in the figure's year. ONS estimates are for 30 June,
 * so a financial year 2019-20 uses mid-2019 (the usual convention; the README asks us to say so).
 */
export function perHead(amount: number, area: Area, at: PriceYear): PerHead {
  const series = POPULATION[area];
  if (!series) return { ok: false, reason: `no population series for ${area}` };
  const population = series.values[at.year - series.first];
  if (population === undefined) {
    const last = series.first + series.values.length - 1;
    return { ok: false, reason: `no population estimate for ${area} in ${at.year} (the series runs ${series.first} to ${last})` };
  }
  return { ok: true, value: amount / population, population, populationYear: at.year, code: series.code };
}
