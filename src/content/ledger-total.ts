import { formatMoney } from '../extract/money-format';
import type { FigureView, LedgerView } from '../sidebar/model';

/** Rates that can be put on a yearly footing; "per pupil" cannot. */
const PER_YEAR: Record<string, number> = { 'a year': 1, 'a month': 12, 'a week': 52 };

/**
 * The ledger's totals: valued sterling figures only, one-off sums apart from yearly rates (adding
 * "£5m a year" to "£10m" would mean nothing), and a part the text places inside another figure
 * ("of which £4 million") counted once, in its whole. Whatever is left out is said.
 */
export function figureTotals(figures: FigureView[]): Pick<LedgerView, 'totalDisplay' | 'yearlyTotalDisplay' | 'totalNotes' | 'totalValue'> {
  const sterling = figures.filter((f) => f.currency === 'GBP' && f.value !== null);
  const counted = sterling.filter((f) => f.partOf === null && f.role !== 'part' && f.role !== 'repeat');
  const oneOff = counted.filter((f) => f.per === null);
  const yearlyRates = counted.filter((f) => f.per !== null && PER_YEAR[f.per] !== undefined);
  const otherRates = sterling.filter((f) => f.per !== null && PER_YEAR[f.per] === undefined).length;
  const parts = sterling.filter((f) => f.table === null && (f.partOf !== null || f.role === 'part')).length;
  const cellsInTotals = sterling.filter((f) => f.table !== null && f.role === 'part').length;
  const tableTotals = counted.filter((f) => f.table !== null && f.role === 'total').length;
  const repeats = sterling.filter((f) => f.role === 'repeat').length;
  const derived = sterling.filter((f) => f.table?.unitFrom).length;
  const sum = oneOff.reduce((acc, f) => acc + (f.value ?? 0), 0);
  const yearlySum = yearlyRates.reduce((acc, f) => acc + (f.value ?? 0) * (PER_YEAR[f.per ?? ''] ?? 0), 0);
  const ranges = [...oneOff, ...yearlyRates].filter((f) => f.valueMax !== null).length;
  const vague = figures.filter((f) => f.value === null).length;
  const foreign = figures.filter((f) => f.currency !== 'GBP').length;
  const spread = oneOff.filter((f) => f.yearly !== null).length;
  const notes: string[] = [];
  if (ranges) notes.push(`${count(ranges, 'range')} counted at the low end`);
  if (vague) notes.push(`${count(vague, 'unstated amount')} not counted`);
  if (tableTotals) notes.push(`${count(tableTotals, 'table total')} counted in place of the ${count(cellsInTotals, 'cell')} they add up`);
  if (repeats) notes.push(`${count(repeats, 'sum')} the text restates counted once`);
  if (derived) notes.push(`${count(derived, 'table figure')} read from a unit in the table's header`);
  if (parts) notes.push(`${count(parts, 'figure')} the text places inside another not counted again`);
  if (yearlyRates.length) notes.push(`${count(yearlyRates.length, 'rate')} a year kept apart from the one-off sums`);
  if (spread) notes.push(`${count(spread, 'sum')} spread over a period counted once, at its full amount`);
  if (otherRates) notes.push(`${count(otherRates, 'rate')} per head or per item not added`);
  if (foreign) notes.push(`${count(foreign, 'figure')} in other currencies not counted`);
  return {
    totalDisplay: oneOff.length ? formatMoney(sum, 'GBP') : null,
    totalValue: oneOff.length ? sum : null,
    yearlyTotalDisplay: yearlyRates.length ? `${formatMoney(yearlySum, 'GBP')} a year` : null,
    totalNotes: notes,
  };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n > 1 ? 's' : ''}`;
}
