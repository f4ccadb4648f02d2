import type { ResponseOf } from '../../protocol/messages';
import { ErrorNote } from '../ErrorNote';
import { Loading } from '../Section';
import { safeHttpUrl } from '../safe-url';
import { StaleNote } from '../StaleNote';
import { useAsk, type AskFn } from '../use-ask';
import { useSeen } from '../use-seen';
import type { VotingMember } from './votes-members';

interface Props {
  ask: AskFn;
  members: VotingMember[];
  house: 'Commons' | 'Lords';
  department: string | null;
  heading: string;
  /** The reader may switch TheyWorkForYou Votes off in the options; then nothing is asked. */
  enabled: boolean;
}

/** Each member's TheyWorkForYou policy stances on the question's topic, each saying why it was chosen. */
export function VotesPolicies(props: Props) {
  const [ref, seen] = useSeen<HTMLDivElement>();
  if (!props.enabled) {
    return <div class="policies"><p class="note" data-policies-off>Policy records from TheyWorkForYou Votes are switched off in the options.</p></div>;
  }
  return (
    <div class="policies" ref={ref}>
      <h3>Policy record on TheyWorkForYou</h3>
      {props.members.map((m) => <MemberPolicies key={m.memberId} member={m} seen={seen} {...props} />)}
    </div>
  );
}

/** One member's stances, asked for once the policies are scrolled to (see useSeen). */
function MemberPolicies({ ask, member, house, department, heading, seen }: Props & { member: VotingMember; seen: boolean }) {
  const personId = member.person?.twfyPersonId ?? null;
  const card = member.card;
  // The party comes from the member card, which App asks for anyway; without a card, no party.
  const partyKnown = card === null || card.state !== 'loading';
  const party = card?.state === 'ready' ? card.value.then.party?.name ?? card.value.now.party?.name ?? null : null;
  const policies = useAsk(ask, 'votes.policies', seen && personId && partyKnown ? { twfyPersonId: personId, house, party, department, heading } : null);
  if (!personId) return <p class="note">{member.name}: the page gives no TheyWorkForYou person to look up.</p>;
  if (policies.state === 'loading') return <Loading>{member.name}: loading the policy record from TheyWorkForYou Votes</Loading>;
  if (policies.state === 'error') return <ErrorNote error={policies.error} retry={policies.retry} />;
  return <><Stances name={member.name} role={member.role} value={policies.value} /><StaleNote asked={policies} /></>;
}

function Stances({ name, role, value }: { name: string; role: string; value: ResponseOf<'votes.policies'> }) {
  const page = safeHttpUrl(value.pageUrl);
  return (
    <div class="stances" data-policies={role}>
      <div class="small"><strong>{name}</strong>{page && <> · <a href={page} target="_blank" rel="noopener noreferrer">all policies</a></>}</div>
      {value.scored === 0 && <p class="note">TheyWorkForYou has no policy record for {name} in this House.</p>}
      {value.scored > 0 && value.policies.length === 0 && <p class="note">No TheyWorkForYou policy is on this question's topic.</p>}
      {value.policies.length > 0 && (
        <ul class="small">
          {value.policies.map((p) => {
            const url = safeHttpUrl(p.url);
            return (
              <li key={p.id} data-policy={p.id}>
                {url ? <a href={url} target="_blank" rel="noopener noreferrer">{p.stance}</a> : p.stance}
                <span class="muted" data-reason> ({p.name}: {p.reason})</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
