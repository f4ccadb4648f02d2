import type { ResponseOf } from '../../protocol/messages';

type Division = ResponseOf<'votes.divisions'>['divisions'][number];

export interface ChartMember {
  memberId: number;
  name: string;
}

const WIDTH = 340;
const ROW = 22;
const BAR_Y = 9;
const BAR_H = 10;

const TITLES = new Set(['The', 'Baroness', 'Lord', 'Lady', 'Earl', 'Countess', 'Viscount', 'Marquess', 'Duke', 'Bishop', 'Sir', 'Dame', 'Dr']);

/** "Sarah Champion" → "SC", "The Earl of Courtown" → "C": the chart's marker (the list names them in full). */
export function initials(name: string): string {
  return name.split(/\s+/).filter((w) => /^[A-Z]/.test(w) && !TITLES.has(w)).map((w) => w[0]).join('').slice(0, 3) || '?';
}

/**
 * One bar per division: ayes (or contents) against noes (or not contents), to scale, with each
 * member's initials over the side they took. Decorative for screen readers: the list says it in words.
 */
export function VotesChart({ divisions, members }: { divisions: Division[]; members: ChartMember[] }) {
  if (divisions.length === 0) return null;
  const height = divisions.length * ROW;
  return (
    <svg class="chart votes-chart" viewBox={`0 0 ${WIDTH} ${height}`} height={height} aria-hidden="true" focusable="false">
      {divisions.map((d, i) => {
        const total = Math.max(1, d.ayes + d.noes);
        const ayeW = (d.ayes / total) * WIDTH;
        return (
          <g key={d.id} transform={`translate(0 ${i * ROW})`} data-chart-division={d.id}>
            <rect class="aye" x={0} y={BAR_Y} width={ayeW} height={BAR_H} />
            <rect class="no" x={ayeW} y={BAR_Y} width={WIDTH - ayeW} height={BAR_H} />
            {d.votes.map((v, k) => {
              if (v.side === 'absent') return null;
              const onAye = v.side === 'aye' || v.side === 'content';
              const x = onAye ? Math.min(ayeW - 2, 4 + k * 24) : Math.max(ayeW + 2, WIDTH - 24 - k * 24);
              const name = members.find((m) => m.memberId === v.memberId)?.name ?? '';
              return <text key={v.memberId} class="marker" x={x} y={BAR_Y - 1} text-anchor={onAye ? 'start' : 'end'}>{`▼${initials(name)}`}</text>;
            })}
          </g>
        );
      })}
    </svg>
  );
}
