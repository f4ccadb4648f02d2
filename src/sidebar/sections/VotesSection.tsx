import { Loading, Section, type SectionState } from '../Section';
import type { SidebarModel } from '../model';
import type { ResponseOf } from '../../protocol/messages';
import { formatIsoDate } from '../dates';
import { ErrorNote } from '../ErrorNote';
import { safeHttpUrl } from '../safe-url';
import { StaleNote } from '../StaleNote';
import { useAsk, type AskFn, type Asked } from '../use-ask';
import { VotesChart } from './VotesChart';
import { votingMembers, type Card, type VotingMember } from './votes-members';
import { VotesPolicies } from './VotesPolicies';
import { memoized } from '../memoized';

type Divisions = ResponseOf<'votes.divisions'>;
type Side = Divisions['divisions'][number]['votes'][number]['side'];

interface Props {
  model: SidebarModel;
  record: Asked<ResponseOf<'question.record'>> | null;
  ask: AskFn;
  /** The members' cards (App asks for them once); the policy record needs their party. */
  cards?: { asker: Card; answerer: Card };
}

const TITLE = 'Votes on this topic';

/**
 * How the asker and the answerer voted on divisions about the question's topic (Commons or Lords
 * Votes API), with a chart of ayes against noes, and their TheyWorkForYou policy stances.
 */
export const VotesSection = memoized(function VotesSection({ model, record, ask, cards }: Props) {
  const found = record?.state === 'ready' ? record.value : null;
  const answerDate = found?.dateAnswered ?? model.lookup?.answerDate ?? null;
  const members = votingMembers(model, found, cards);
  const divisions = useAsk(ask, 'votes.divisions', found && answerDate && members.length > 0
    ? { house: model.question.house, memberIds: members.map((m) => m.memberId), heading: model.question.heading, answerDate }
    : null);

  if (!record) return <Empty>This page does not say enough to look the question up, so there are no votes to show.</Empty>;
  if (record.state === 'loading') return <Waiting />;
  if (record.state === 'error') return <Section id="votes" title={TITLE} state="error"><ErrorNote error={record.error} retry={record.retry} /></Section>;
  if (members.length === 0) return <Empty>The official record names neither the asker nor the answerer, so there are no votes to show.</Empty>;

  const state: SectionState = divisions.state === 'ready' ? (divisions.value.divisions.length > 0 ? 'ready' : 'empty') : divisions.state;
  return (
    <Section id="votes" title={TITLE} state={state}>
      {divisions.state === 'loading' && <Loading>Divisions on this topic: loading from the {model.question.house} Votes API</Loading>}
      {divisions.state === 'error' && <ErrorNote error={divisions.error} retry={divisions.retry} />}
      {divisions.state === 'ready' && <DivisionList result={divisions.value} members={members} house={model.question.house} />}
      <StaleNote asked={divisions} />
      <VotesPolicies ask={ask} enabled={model.twfyVotes !== false} members={members} house={model.question.house} department={found?.answeringBodyName ?? model.question.department} heading={model.question.heading} />
    </Section>
  );
});

function DivisionList({ result, members, house }: { result: Divisions; members: VotingMember[]; house: 'Commons' | 'Lords' }) {
  const since = formatIsoDate(result.fromDate);
  const who = members.map((m) => m.name).join(' or ');
  if (!result.searchTerm) {
    return <p class="note">The heading gives no topic specific enough to search divisions with{result.terms.length > 0 && <> (topic: {result.terms.join(', ')})</>}, so none are shown rather than off-topic ones.</p>;
  }
  if (result.divisions.length === 0) {
    return <p class="note">No {house} divisions on “{result.searchTerm}” since {since} in which {who} voted.</p>;
  }
  return (
    <>
      <p class="small muted">
        {house} divisions with “{result.searchTerm}” in the title since {since} in which {who} voted
        {result.terms.length > 1 && <> (topic: {result.terms.join(', ')})</>}.
      </p>
      <VotesChart divisions={result.divisions} members={members} house={house} searchTerm={result.searchTerm} />
      <ol class="divisions">
        {result.divisions.map((d) => (
          <li key={d.id} data-division={d.id}>
            <div>{safeHttpUrl(d.url) ? <a href={safeHttpUrl(d.url)} target="_blank" rel="noopener noreferrer">{d.title}</a> : d.title}</div>
            <div class="small muted">{formatIsoDate(d.date)} · {house === 'Lords' ? 'contents' : 'ayes'} {d.ayes}, {house === 'Lords' ? 'not contents' : 'noes'} {d.noes}</div>
            <div class="small muted" data-reason>Why shown: {d.reason}</div>
            <ul class="votes">
              {d.votes.map((v) => {
                const member = members.find((m) => m.memberId === v.memberId);
                return (
                  <li key={v.memberId} class={`vote vote-${v.side}`} data-vote={v.side} data-division-id={d.id} data-member-id={v.memberId} data-role={member?.role}>
                    {member?.name ?? `Member ${v.memberId}`}: <strong>{sideText(v.side)}</strong>{v.teller && ' (teller)'}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}

function sideText(side: Side): string {
  return { aye: 'Aye', no: 'No', content: 'Content', 'not-content': 'Not content', absent: 'Did not vote' }[side];
}

function Empty({ children }: { children: string }) {
  return <Section id="votes" title={TITLE} state="empty"><p class="note">{children}</p></Section>;
}

function Waiting() {
  return <Section id="votes" title={TITLE} state="loading"><Loading>Divisions on this topic: waiting for the official record of the question</Loading></Section>;
}
