import { ErrorNote } from '../ErrorNote';
import { Loading, Section, type SectionState } from '../Section';
import type { SidebarModel } from '../model';
import type { ResponseOf } from '../../protocol/messages';
import { twfyQuestionUrl, type RelatedAbout, type RelatedItem } from '../../protocol/related-messages';
import { formatIsoDate } from '../dates';
import { safeHttpUrl } from '../safe-url';
import { useAsk, type AskFn, type Asked } from '../use-ask';
import { useSeen } from '../use-seen';
import { RelatedChain } from './RelatedChain';
import { RelatedGroup, STATUS_TEXT } from './RelatedItems';
import { RelatedMoney } from './RelatedMoney';
import { moveBetweenRelatedLinks } from './related-keys';
import { useTopicPages } from './use-topic-pages';
import { memoized } from '../memoized';
import { MoreNotListed } from '../MoreNotListed';

type QuestionRecord = ResponseOf<'question.record'>;

interface Props {
  model: SidebarModel;
  record: Asked<QuestionRecord> | null;
  ask: AskFn;
}

const TITLE = 'Related questions';

/**
 * Related questions, grouped questions and follow-up chains (issue 5). Waits on the question
 * record, and searches only once the reader scrolls to it (useSeen).
 */
export const RelatedSection = memoized(function RelatedSection({ model, record, ask }: Props) {
  const [ref, seen] = useSeen<HTMLElement>();
  if (record === null) {
    return (
      <Section id="related" title={TITLE} state="empty">
        <p class="note">This page does not give the question’s number and date, so related questions cannot be looked up.</p>
      </Section>
    );
  }
  if (record.state === 'loading') {
    return (
      <Section id="related" title={TITLE} state="loading">
        <Loading>Waiting for the question’s details from Parliament</Loading>
      </Section>
    );
  }
  if (!seen && record.state === 'ready') {
    return (
      <Section id="related" title={TITLE} state="loading" sectionRef={ref}>
        <Loading>Related questions are looked up when you scroll here</Loading>
      </Section>
    );
  }
  if (record.state === 'error') {
    return (
      <Section id="related" title={TITLE} state="error">
        <ErrorNote error={record.error} retry={record.retry} />
      </Section>
    );
  }
  return <RelatedFound model={model} record={record.value} ask={ask} />;
});

function RelatedFound({ model, record, ask }: { model: SidebarModel; record: QuestionRecord; ask: AskFn }) {
  const about: RelatedAbout = { questionId: record.id, answered: record.status === 'answered', uin: record.uin, house: model.question.house, dateTabled: record.dateTabled };
  // The page's heading: the topic still has a source when the API has no heading for the question yet.
  const topicAbout = { ...about, pageHeading: model.question.heading.slice(0, 300) };
  const first = useAsk(ask, 'related.questions', { ...topicAbout, skip: 0 });
  const chain = useAsk(ask, 'related.chain', about);
  const topic = useTopicPages(ask, topicAbout, first);
  const inChain = new Set(chain.state === 'ready' ? [...chain.value.referencedBy.map((i) => i.id), ...chain.value.followsUp.map((f) => f.item?.id)] : []);
  const listed = topic.items.filter((item) => !inChain.has(item.id));
  const ofKind = (kind: RelatedItem['kind']) => listed.filter((item) => item.kind === kind);
  const chainCount = chain.state === 'ready' ? chain.value.followsUp.length + chain.value.referencedBy.length : 0;
  const count = record.grouped.length + chainCount + listed.length;
  const topicName = first.state === 'ready' ? first.value.topic : null;
  // Nothing to show and a search failed: that is an error (with its retry), not "nothing found".
  const state: SectionState =
    first.state === 'loading' || chain.state === 'loading' ? 'loading' : count > 0 ? 'ready' : first.state === 'error' || chain.state === 'error' ? 'error' : 'empty';
  const more = topic.nextSkip !== null && (
    <button type="button" onClick={topic.loadMore} disabled={topic.loadingMore}>
      {topic.loadingMore ? 'Loading…' : `Load more on “${topicName}” (${first.state === 'ready' ? first.value.total - topic.nextSkip : ''} not yet loaded)`}
    </button>
  );
  return (
    <Section id="related" title={TITLE} state={state}>
      <div class="related-keys" onKeyDown={moveBetweenRelatedLinks}>
        {state === 'loading' && <Loading>Looking up related questions in Parliament’s written questions</Loading>}
        <Grouped record={record} model={model} />
        {chain.state === 'ready' && <RelatedChain chain={chain.value} uin={record.uin} dateTabled={record.dateTabled} />}
        {chain.state === 'error' && <ErrorNote error={chain.error} retry={chain.retry} />}
        <RelatedGroup title={`Same asker on “${topicName}”`} items={ofKind('asker')} />
        <RelatedGroup title={`${record.answeringBodyName ?? 'The same department'} on “${topicName}” around the date`} items={ofKind('department')} />
        <RelatedGroup title={`More on “${topicName}”, all departments`} items={ofKind('topic')} more={more} />
        {topic.nextSkip !== null && ofKind('topic').length === 0 && more}
        {topic.moreError && <ErrorNote error={topic.moreError} retry={topic.loadMore} />}
        {first.state === 'error' && <ErrorNote error={first.error} retry={first.retry} />}
        {state === 'empty' && <p class="note">No related questions found{topicName ? ` on “${topicName}”` : ''}, and no follow-up references.</p>}
        <RelatedMoney ask={ask} about={about} figures={model.ledger?.figures ?? []} department={record.answeringBodyName} />
      </div>
    </Section>
  );
}

/** Questions answered together with this one: straight from the record, no search needed. */
function Grouped({ record, model }: { record: QuestionRecord; model: SidebarModel }) {
  if (record.grouped.length === 0) return null;
  const askerOf = (uin: string) => model.question.grouped.find((g) => g.uin === uin)?.askerName ?? null;
  return (
    <div class="related-group">
      <h3 class="related-title">Answered together with this one <span class="muted">({record.groupedTotal.toLocaleString('en-GB')})</span></h3>
      <ul class="related">
        {record.grouped.map((g) => {
          const dateTabled = g.dateTabled ?? record.dateTabled;
          const href = safeHttpUrl(twfyQuestionUrl(dateTabled, g.uin));
          const details = [`tabled ${formatIsoDate(dateTabled)}`, askerOf(g.uin), STATUS_TEXT[record.status]].filter(Boolean).join(' · ');
          return (
            <li key={g.uin}>
              {href && <a href={href} data-related="grouped">Question {g.uin}</a>}
              <div class="small">{details}</div>
            </li>
          );
        })}
      </ul>
      <MoreNotListed count={record.groupedTotal - record.grouped.length} what="question" officialUrl={model.question.officialUrl} />
    </div>
  );
}
