import type { FigureView } from '../model';

const WIDTH = 340;
const ROW = 18;
const LABEL = 90;

/**
 * Horizontal bars, one per valued sterling figure, in page order, so the reader sees at a glance
 * which sum dominates. Decorative for screen readers: the ledger below says the same in words.
 */
export function FiguresChart({ figures }: { figures: FigureView[] }) {
  const bars = figures.filter((f) => f.value !== null && f.currency === 'GBP');
  if (bars.length < 2) return null;
  const max = Math.max(...bars.map((f) => f.valueMax ?? f.value ?? 0));
  if (max <= 0) return null;
  const height = bars.length * ROW;
  return (
    <svg class="chart" viewBox={`0 0 ${WIDTH} ${height}`} height={height} aria-hidden="true" focusable="false">
      {bars.map((f, i) => {
        const w = Math.max(2, ((f.value ?? 0) / max) * (WIDTH - LABEL - 4));
        return (
          <g key={f.index} transform={`translate(0 ${i * ROW})`}>
            <text x={LABEL - 6} y={ROW - 5} text-anchor="end">{f.display}</text>
            <rect class="bar" x={LABEL} y={3} width={w} height={ROW - 6} rx={2} />
          </g>
        );
      })}
    </svg>
  );
}
