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
  const tableRepeats = sterling.filter((f) => f.table !== null && f.role === 'repeat').length;
  const repeats = sterling.filter((f) => f.table === null && f.role === 'repeat').length;
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
  else if (tableRepeats && cellsInTotals) notes.push(`${count(cellsInTotals, 'table cell')} not counted: their total is a sum the text gives`);
  if (tableRepeats) notes.push(`${count(tableRepeats, 'table total')} that the text already gives counted once`);
  if (repeats) notes.push(`${count(repeats, 'sum')} the text restates counted once`);
  const byPeriod = periodSums(oneOff);
  if (byPeriod) notes.push(byPeriod);
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

/** How many different periods a breakdown lists before it says "and N more". */
const MAX_PERIODS = 6;

/**
 * The total split by the period each sum is for, when it adds more than one ("adds 2 periods:
 * 2022-23 £29.2 million, 2023-24 £27.6 million"): a reporter quoting one year needs that year's
 * figure, and a ten-year allocation added to one year's funding should not pass unseen.
 */
function periodSums(oneOff: FigureView[]): string | null {
  const sums = new Map<string, number>();
  let unnamed = 0;
  for (const f of oneOff) {
    if (f.period === null) unnamed += f.value ?? 0;
    else sums.set(f.period, (sums.get(f.period) ?? 0) + (f.value ?? 0));
  }
  if (sums.size < 2) return null;
  const periods = [...sums.keys()].sort();
  const listed = periods.slice(0, MAX_PERIODS).map((p) => `${p} ${formatMoney(sums.get(p)!, 'GBP')}`);
  if (periods.length > MAX_PERIODS) listed.push(`${periods.length - MAX_PERIODS} more`);
  if (unnamed) listed.push(`no period named ${formatMoney(unnamed, 'GBP')}`);
  return `adds ${periods.length} periods: ${listed.join(', ')}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n > 1 ? 's' : ''}`;
}
