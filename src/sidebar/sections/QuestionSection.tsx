import type { ResponseOf } from '../../protocol/messages';
import type { QuestionView, SidebarModel } from '../model';
import { CopyCitation } from '../notebook/CopyCitation';
import { citableFrom } from '../notebook/saved-item';
import { NotebookFrame } from '../notebook/NotebookFrame';
import type { AskFn, Asked } from '../use-ask';
import { QuestionStatus } from './QuestionStatus';
import { safeHttpUrl } from '../safe-url';
import { Section } from '../Section';
import { memoized } from '../memoized';

/** Filled from the page alone, before any network (DESIGN.md §3). */
interface Props {
  q: QuestionView;
  record: Asked<ResponseOf<'question.record'>> | null;
  /** The research notebook (the note frame); absent where there is no background to keep it. */
  notebook?: { model: SidebarModel; ask: AskFn };
}

export const QuestionSection = memoized(function QuestionSection({ q, record, notebook }: Props) {
  const official = record?.state === 'ready';
  const found = record?.state === 'ready' ? record.value : null;
  return (
    <Section id="question" title="Question" state="ready">
      <h3>{q.heading}</h3>
      <dl>
        {q.department && (<><dt>Department</dt><dd>{q.department}</dd></>)}
        <dt>Number</dt>
        <dd>{q.uin} <span class="chip">{q.house}</span></dd>
        {!official && (<>
          <dt>Tabled</dt>
          <dd>{q.tabled ? <time dateTime={q.tabled.iso}>{q.tabled.text}</time> : <span class="muted">not on this page</span>}</dd>
          <dt>Answered</dt>
          <dd>{q.answered ? <time dateTime={q.answered.iso}>{q.answered.text}</time> : <span class="muted">not on this page</span>}</dd>
          {q.daysToAnswer !== null && (<><dt>Took</dt><dd>{daysText(q.daysToAnswer)}</dd></>)}
        </>)}
      </dl>
      <QuestionStatus record={record} officialUrl={q.officialUrl} />
      {q.grouped.length > 0 && <Grouped grouped={q.grouped} />}
      <div class="links">
        {safeHttpUrl(q.officialUrl) && <a href={safeHttpUrl(q.officialUrl)} target="_blank" rel="noopener noreferrer">Official record</a>}
        {safeHttpUrl(q.pageUrl) && <a href={safeHttpUrl(q.pageUrl)}>TheyWorkForYou</a>}
      </div>
      <CopyCitation full={q.citation} citable={citableFrom(q, found)} />
      {notebook && <NotebookFrame model={notebook.model} ask={notebook.ask} />}
    </Section>
  );
});

function daysText(days: number): string {
  return days === 0 ? 'answered the day it was tabled' : `${days} calendar day${days === 1 ? '' : 's'}`;
}

function Grouped({ grouped }: { grouped: QuestionView['grouped'] }) {
  return (
    <p class="small">
      Answered together with {grouped.map((g, i) => (
        <span key={g.uin}>{i > 0 && ', '}{g.uin}{g.askerName && ` (${g.askerName})`}</span>
      ))}
    </p>
  );
}

