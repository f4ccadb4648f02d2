import { UIN_PATTERN } from '../protocol/fields';
import type { PageContext, PagePerson } from '../sites/page-context';
import { formatIsoDate } from '../sidebar/dates';
import type { DateView, LookupView, PersonView, QuestionView } from '../sidebar/model';

/** "2019-02-08" → {iso, text: "8 February 2019"}; null for anything else. */
export function dateView(iso: string | null): DateView | null {
  if (!iso) return null;
  const text = formatIsoDate(iso);
  return text === iso ? null : { iso, text };
}

/** Whole calendar days from one ISO date to another (UTC, so no daylight-saving off-by-ones). */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

export function questionView(ctx: PageContext): QuestionView {
  const tabled = dateView(ctx.tabledDate);
  const answered = dateView(ctx.answeredDate);
  const days = tabled && answered ? daysBetween(tabled.iso, answered.iso) : null;
  return {
    heading: ctx.heading,
    department: ctx.department,
    uin: ctx.uin,
    house: ctx.house,
    tabled,
    answered,
    daysToAnswer: days !== null && days >= 0 ? days : null,
    officialUrl: ctx.officialUrl,
    pageUrl: ctx.url,
    grouped: ctx.questions.slice(1).map((q) => ({ uin: q.uin, askerName: q.asker?.name ?? null, anchorId: q.anchorId })),
    citation: citationOf(ctx, answered),
  };
}

/** One plain line a reader can paste: "Offences against Children: Internet. Written question 215246 …". */
function citationOf(ctx: PageContext, answered: DateView | null): string {
  const who = ctx.asker ? `asked by ${ctx.asker.name}` : null;
  const by = ctx.answerer ? `answered by ${ctx.answerer.name}` : null;
  const when = answered ? `on ${answered.text}` : null;
  const parts = [
    `${ctx.heading}.`,
    `${ctx.house === 'Lords' ? 'HL' : 'HC'} written question ${ctx.uin}${ctx.department ? `, ${ctx.department}` : ''},`,
    [who, [by, when].filter(Boolean).join(' ')].filter(Boolean).join(', ') + '.',
    ctx.officialUrl ?? ctx.url,
  ];
  return parts.filter((p) => p && p !== '.').join(' ');
}

export function personView(person: PagePerson | null): PersonView | null {
  if (!person) return null;
  return { name: person.name, position: person.position, photoUrl: person.photoUrl, profileUrl: person.profileUrl, twfyPersonId: person.twfyPersonId };
}

/** The API lookup the page allows: a UIN, and a date near the tabling. */
export function lookupView(ctx: PageContext): LookupView | null {
  const aroundDate = ctx.tabledDate ?? ctx.gidDate ?? ctx.answeredDate;
  if (!ctx.uin || !aroundDate || !UIN_PATTERN.test(ctx.uin)) return null;
  return {
    uin: ctx.uin,
    house: ctx.house,
    aroundDate,
    tabledDate: ctx.tabledDate,
    answered: ctx.answeredDate !== null,
    answerDate: ctx.answeredDate ?? aroundDate,
    department: ctx.department,
  };
}
