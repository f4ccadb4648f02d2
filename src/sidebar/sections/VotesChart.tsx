import type { ResponseOf } from '../../protocol/messages';
import { formatIsoDate } from '../dates';
import { commonPhrase, shortTitle, SIDE_NAMES, tallyWords } from './votes-chart-labels';

type Division = ResponseOf<'votes.divisions'>['divisions'][number];
type Side = Division['votes'][number]['side'];

export interface ChartMember {
  memberId: number;
  name: string;
  role: 'asker' | 'answerer';
}

/**
 * One row per division (its short title and date, a bar of the House's ayes against noes to scale,
 * the numbers), one column per member named at its head, and in each cell the member's side as a
 * shape and a word (✓ Aye, ✗ No, – did not vote). Read without colour: ayes are solid, noes hatched,
 * and every side is written out. Hidden from screen readers: the list below says it all in words.
 */
export function VotesChart({ divisions, members, house, searchTerm }: { divisions: Division[]; members: ChartMember[]; house: 'Commons' | 'Lords'; searchTerm: string | null }) {
  if (divisions.length === 0) return null;
  const common = commonPhrase(divisions.map((d) => d.title), searchTerm);
  const [yes, no] = house === 'Lords' ? (['content', 'not-content'] as const) : (['aye', 'no'] as const);
  return (
    <figure class="votes-chart" aria-hidden="true" data-votes-chart>
      <figcaption>
        <span><span class="swatch ayes" />{SIDE_NAMES[yes][1]} (solid)</span>
        <span><span class="swatch noes" />{SIDE_NAMES[no][1]} (hatched)</span>
        <span>in the whole House</span>
      </figcaption>
      <table>
        <thead>
          <tr>
            <th data-chart-heading>{common ?? 'Division'}</th>
            {members.map((m) => (
              <th key={m.memberId} class="member" data-chart-member={m.memberId}>
                {m.name}<span class="role">{m.role === 'asker' ? 'asked' : 'answered'}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {divisions.map((d) => (
            <tr key={d.id} data-chart-division={d.id}>
              <th>
                <span class="division-label" data-chart-label>{shortTitle(d.title, common)}</span>
                <span class="division-date">{formatIsoDate(d.date)}</span>
                <TallyBar ayes={d.ayes} noes={d.noes} />
                <span class="tally">{tallyWords(d.ayes, yes)} · {tallyWords(d.noes, no)}</span>
              </th>
              {members.map((m) => {
                const side = d.votes.find((v) => v.memberId === m.memberId)?.side ?? 'absent';
                return <td key={m.memberId}><SideMark side={side} /></td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** Ayes against noes to scale; a side with no votes is not drawn (a sliver would say it had some). */
function TallyBar({ ayes, noes }: { ayes: number; noes: number }) {
  return (
    <span class="tally-bar">
      {ayes > 0 && <span class="ayes" style={{ flexGrow: ayes, flexBasis: 0 }} />}
      {noes > 0 && <span class="noes" style={{ flexGrow: noes, flexBasis: 0 }} />}
    </span>
  );
}

const SIDE_WORDS: Record<Side, string> = { aye: 'Aye', no: 'No', content: 'Content', 'not-content': 'Not content', absent: 'did not vote' };

/** The member's side as a shape and a word: a tick for aye/content, a cross for no/not content, a dash otherwise. */
export function SideMark({ side }: { side: Side }) {
  const shape = side === 'aye' || side === 'content' ? 'M2 7.5 5.5 11 12 3.5' : side === 'absent' ? 'M3 7h8' : 'M3 3l8 8M11 3l-8 8';
  return (
    <span class={`side side-${side}`} data-chart-vote={side}>
      <svg viewBox="0 0 14 14" focusable="false"><path d={shape} /></svg>
      {SIDE_WORDS[side]}
    </span>
  );
}
