import type { ResponseOf } from '../protocol/messages';
import { formatIsoDate } from './dates';
import { ErrorNote } from './ErrorNote';
import type { LedgerView, PersonView, QuestionView } from './model';
import type { Asked } from './use-ask';

type QuestionRecord = ResponseOf<'question.record'>;
type MemberCard = ResponseOf<'member.card'>;

interface Props {
  q: QuestionView;
  record: Asked<QuestionRecord> | null;
  asker: PersonView | null;
  answerer: PersonView | null;
  askerCard: Asked<MemberCard> | null;
  answererCard: Asked<MemberCard> | null;
  ledger: LedgerView | null;
}

/**
 * The reader's first questions in one glance, above the sections (issue 17): who asked, who
 * answered and in what post on the day, when it was tabled and answered (on time or how late), the
 * money the answer names, and anything unusual (held, corrected, withdrawn). Everything here is
 * also in the sections below, in full; this only picks. A failure of the Written Questions
 * service is reported here once, with its retry, for every section that waits on it.
 */
export function Summary({ q, record, asker, answerer, askerCard, answererCard, ledger }: Props) {
  const r = record?.state === 'ready' ? record.value : null;
  const askerNow = askerCard?.state === 'ready' ? askerCard.value : null;
  const answererNow = answererCard?.state === 'ready' ? answererCard.value : null;
  const askerName = askerNow?.name ?? asker?.name ?? null;
  const answererName = answererNow?.name ?? answerer?.name ?? null;
  const askerParty = askerNow ? [askerNow.then.party?.name, askerNow.then.seat].filter(Boolean).join(', ') : asker?.position ?? null;
  const post = answererNow ? answererNow.then.departmentPost ?? answererNow.then.posts[0] ?? null : answerer?.position ?? null;
  const flags = r ? statusFlags(r) : [];
  return (
    <div class="summary" data-summary>
      <p class="summary-heading">{q.heading}</p>
      <dl>
        <dt>Asked by</dt>
        <dd data-summary-asker>{askerName ?? <span class="muted">not named on this page</span>}{askerParty && <span class="muted"> ({askerParty})</span>}</dd>
        <dt>Answered by</dt>
        <dd data-summary-answerer>{answererName ?? <span class="muted">{r?.status === 'unanswered' ? 'not answered yet' : 'not named on this page'}</span>}{post && <span class="muted">, {post}</span>}</dd>
        <dt>When</dt>
        <dd data-summary-when>{timing(q, r)}</dd>
        <dt>Money</dt>
        <dd data-summary-money>{money(ledger)}</dd>
      </dl>
      {flags.length > 0 && <p class="flags">{flags.map((f) => <span key={f} class="chip flag">{f}</span>)}</p>}
      {record?.state === 'error' && record.error.code !== 'not_found' && (
        <div class="outage" data-outage>
          <p class="small">Status, timing and the members' details come from the Written Questions service:</p>
          <ErrorNote error={record.error} retry={record.retry} primary />
        </div>
      )}
    </div>
  );
}

/** "Tabled 30 January 2019, answered 8 February 2019: 4 days late (due 4 February 2019)". */
function timing(q: QuestionView, r: QuestionRecord | null): string {
  const tabled = r?.dateTabled ?? q.tabled?.iso ?? null;
  const answered = r ? r.dateAnswered : q.answered?.iso ?? null;
  const parts = [tabled ? `Tabled ${formatIsoDate(tabled)}` : 'Tabling date not shown', answered ? `answered ${formatIsoDate(answered)}` : 'not answered yet'];
  let said = parts.join(', ');
  if (r?.onTime === true) said += ': on time';
  if (r?.onTime === false && r.dateForAnswer) {
    const late = daysBetween(r.dateForAnswer, r.dateHoldingAnswer ?? r.dateAnswered);
    said += late !== null && late > 0 ? `: ${late} day${late === 1 ? '' : 's'} late (due ${formatIsoDate(r.dateForAnswer)})` : `: late (due ${formatIsoDate(r.dateForAnswer)})`;
  }
  if (r?.onTime === null && r.status === 'unanswered' && r.dateForAnswer) said += ` (due ${formatIsoDate(r.dateForAnswer)})`;
  return said;
}

function money(ledger: LedgerView | null): string {
  if (ledger === null) return 'Finding the sums of money in the answer…';
  if (ledger.figures.length === 0) return 'The answer names no sum of money.';
  const count = `${ledger.figures.length} figure${ledger.figures.length === 1 ? '' : 's'} in the answer`;
  const totals = [ledger.totalDisplay && `${ledger.totalDisplay} in all`, ledger.yearlyTotalDisplay].filter(Boolean);
  return totals.length ? `${totals.join(' and ')} (${count})` : `${count}, none that adds up to a total`;
}

function statusFlags(r: QuestionRecord): string[] {
  const flags: string[] = [];
  if (r.status === 'withdrawn') flags.push('Withdrawn');
  if (r.status === 'unanswered') flags.push('Awaiting an answer');
  if (r.dateHoldingAnswer) flags.push('Holding answer first');
  if (r.isNamedDay) flags.push('Named day');
  if (r.dateCorrected) flags.push(`Corrected ${formatIsoDate(r.dateCorrected)}`);
  if (r.grouped.length > 0) flags.push(`Answered with ${r.groupedTotal} other question${r.groupedTotal === 1 ? '' : 's'}`);
  return flags;
}

/** Calendar days from one ISO date to another, or null when either is missing or malformed. */
export function daysBetween(from: string, to: string | null): number | null {
  if (!to) return null;
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return Number.isFinite(a) && Number.isFinite(b) ? Math.round((b - a) / 86_400_000) : null;
}
