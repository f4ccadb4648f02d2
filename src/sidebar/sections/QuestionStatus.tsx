import type { ResponseOf } from '../../protocol/messages';
import { ErrorNote } from '../ErrorNote';
import type { Asked } from '../use-ask';
import { Loading } from '../Section';
import { safeHttpUrl } from '../safe-url';
import { formatIsoDate } from '../dates';
import { StaleNote } from '../StaleNote';
import { MoreNotListed } from '../MoreNotListed';

type QuestionRecord = ResponseOf<'question.record'>;

const STATUS_TEXT: Record<QuestionRecord['status'], string> = {
  answered: 'Answered',
  holding: 'Holding answer given',
  unanswered: 'Awaiting an answer',
  withdrawn: 'Withdrawn',
};

/** The official record's status and timing, under the page-derived facts. */
export function QuestionStatus({ record, officialUrl }: { record: Asked<QuestionRecord> | null; officialUrl: string | null }) {
  if (record === null) return <p class="note">The official record cannot be looked up from this page.</p>;
  if (record.state === 'loading') return <Loading>Loading the status and timing from Parliament</Loading>;
  if (record.state === 'error') return <StatusError record={record} />;
  const r = record.value;
  return (
    <div class="status" data-question-status={r.status}>
      <dl>
        <dt>Status</dt>
        <dd><strong>{STATUS_TEXT[r.status]}</strong>{r.onTime !== null && <span class="chip">{r.onTime ? 'on time' : 'late'}</span>}</dd>
        <dt>Tabled</dt>
        <dd>{formatIsoDate(r.dateTabled)}</dd>
        {r.dateForAnswer && (<><dt>{r.isNamedDay ? 'Named day' : 'Due'}</dt><dd>{formatIsoDate(r.dateForAnswer)}</dd></>)}
        {r.dateHoldingAnswer && (<><dt>Holding answer</dt><dd>{formatIsoDate(r.dateHoldingAnswer)}</dd></>)}
        {r.dateAnswered && (<><dt>Answered</dt><dd>{formatIsoDate(r.dateAnswered)}</dd></>)}
        {r.workingDays && (<><dt>Took</dt><dd>{r.workingDays.days} working day{r.workingDays.days === 1 ? '' : 's'}{!r.workingDays.holidaysKnown && ' (bank holidays not counted out)'}</dd></>)}
        {r.dateCorrected && (<><dt>Corrected</dt><dd>{formatIsoDate(r.dateCorrected)}</dd></>)}
      </dl>
      <StaleNote asked={record} />
      {r.correctionDiff && <CorrectionDiff parts={r.correctionDiff} />}
      {r.attachments.length > 0 && (
        <ul class="small">
          {r.attachments.map((a) => <li key={a.url}>{safeHttpUrl(a.url) ? <a href={safeHttpUrl(a.url)} target="_blank" rel="noopener noreferrer">{a.title}</a> : a.title}</li>)}
        </ul>
      )}
      <MoreNotListed count={r.attachmentTotal - r.attachments.length} what="attachment" officialUrl={officialUrl} />
    </div>
  );
}

function StatusError({ record }: { record: Extract<Asked<QuestionRecord>, { state: 'error' }> }) {
  if (record.error.code === 'not_found') {
    return <p class="note not-found">Parliament’s written questions service does not have this question yet; the official record link above may still work.</p>;
  }
  return <ErrorNote error={record.error} retry={record.retry} />;
}

function CorrectionDiff({ parts }: { parts: NonNullable<QuestionRecord['correctionDiff']> }) {
  return (
    <details class="diff">
      <summary>What the correction changed</summary>
      <p class="small">
        {parts.map((p, i) => (p.kind === 'same' ? <span key={i}>{p.text}</span> : p.kind === 'removed' ? <del key={i}>{p.text}</del> : <ins key={i}>{p.text}</ins>))}
      </p>
    </details>
  );
}
