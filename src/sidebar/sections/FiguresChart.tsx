import type { FigureView } from '../model';
import { cellName } from './figure-place';

const WIDTH = 340;
/** Each bar has its label on a line above it: what the money is, then the bar and its amount. */
const ROW = 30;
const AMOUNT = 96;
/** Characters of a label that fit the chart's width at 11 px. */
const LABEL_CHARS = 58;
const GAP = 10;
/** More bars than this and the chart shows the largest: 150 rows of a table would be a wall. */
const MAX_BARS = 12;

/**
 * Horizontal bars, one per sum the total counts (a table's totals, not the cells inside them; a
 * restated sum once), in page order and grouped by table, each labelled with what it is: the
 * table cell ("Royal Navy · Total · FY 2022-23") or the words before it in the answer. Decorative
 * for screen readers: the ledger below says the same in words.
 */
export function FiguresChart({ figures }: { figures: FigureView[] }) {
  const counted = figures.filter((f) => f.value !== null && f.currency === 'GBP' && f.partOf === null && f.role !== 'part' && f.role !== 'repeat');
  // One-off sums and yearly rates are different quantities: bars compare the one-off sums, as the
  // total adds them, and fall back to the rates only when there are no sums to compare.
  const oneOff = counted.filter((f) => f.per === null);
  const candidates = oneOff.length >= 2 ? oneOff : counted;
  const bars = largestInPageOrder(candidates, MAX_BARS);
  if (bars.length < 2) return null;
  const max = Math.max(...bars.map((f) => f.valueMax ?? f.value ?? 0));
  if (max <= 0) return null;
  let y = 0;
  let table: number | null = null;
  const rows = bars.map((f) => {
    const index = f.table?.index ?? null;
    if (index !== table && y > 0) y += GAP; // a gap where a table's group starts or ends
    table = index;
    const top = y;
    y += ROW;
    const w = Math.max(2, ((f.value ?? 0) / max) * (WIDTH - AMOUNT - 4));
    return (
      <g key={f.index} transform={`translate(0 ${top})`}>
        <text class="bar-label" x={0} y={11}>{barLabel(f)}</text>
        <text x={AMOUNT - 6} y={ROW - 6} text-anchor="end">{f.display}</text>
        <rect class="bar" x={AMOUNT} y={15} width={w} height={ROW - 18} rx={2} />
      </g>
    );
  });
  const left = candidates.length - bars.length;
  const kind = candidates === oneOff ? 'sums' : 'figures';
  return (
    <>
      <svg class="chart" viewBox={`0 0 ${WIDTH} ${y}`} height={y} aria-hidden="true" focusable="false">
        {rows}
      </svg>
      {left > 0 && <p class="note small" data-chart-note="">The chart shows the {bars.length} largest of {candidates.length} {kind}; the list below has them all.</p>}
    </>
  );
}

/** The `n` largest figures, kept in page order so a table's bars stay together. */
function largestInPageOrder(figures: FigureView[], n: number): FigureView[] {
  if (figures.length <= n) return figures;
  const keep = new Set([...figures].sort((a, b) => (b.value ?? 0) - (a.value ?? 0)).slice(0, n));
  return figures.filter((f) => keep.has(f));
}

/** What a bar is: its table cell, else the few words the answer puts before the figure. */
export function barLabel(f: FigureView): string {
  const rate = f.per ? ` (${f.per})` : '';
  const label = cellName(f) ?? wordsBefore(f);
  const room = LABEL_CHARS - rate.length;
  return `${label.length > room ? `${label.slice(0, room - 1)}…` : label}${rate}`;
}

function wordsBefore(f: FigureView): string {
  const at = f.context.indexOf(f.text);
  const before = (at >= 0 ? f.context.slice(0, at) : f.context).replace(/^…/, '').trim();
  const words = before.split(/\s+/).filter(Boolean).slice(-6);
  return words.length ? `…${words.join(' ')}` : f.text;
}
