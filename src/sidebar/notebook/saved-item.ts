/** Building saved items: plain functions the sidebar, the notebook frame and the options page share. */
import { UIN_PATTERN } from '../../protocol/fields';
import type { ResponseOf } from '../../protocol/messages';
import type { NotebookContext } from '../../protocol/notebook-context';
import { MAX_TAG_CHARS, MAX_TAGS, type SavedItem } from '../../protocol/notebook';
import type { QuestionView, SidebarModel } from '../model';
import { safeHttpUrl } from '../safe-url';
import type { Citable } from './citations';

/**
 * The saved item's id: house, UIN and the page's own date (UINs restart every session). Taken from
 * the page, not the API record, so it is the same before and after the record arrives.
 */
export function savedIdFor(model: SidebarModel): string | null {
  const q = model.question;
  const date = model.lookup?.aroundDate ?? q.tabled?.iso ?? q.answered?.iso;
  if (!date || !UIN_PATTERN.test(q.uin)) return null;
  return `${q.house}/${q.uin}/${date}`;
}

type QuestionRecord = ResponseOf<'question.record'>;

/** The page's question as cited and saved: the official record's department and dates once it has arrived. */
export function citableFrom(q: QuestionView, record: QuestionRecord | null): Citable {
  return {
    heading: q.heading,
    house: q.house,
    uin: q.uin,
    department: record?.answeringBodyName || q.department,
    dateTabled: record?.dateTabled ?? q.tabled?.iso ?? null,
    dateAnswered: record?.dateAnswered ?? q.answered?.iso ?? null,
    url: q.pageUrl,
  };
}

/**
 * What the notebook frame is told about the page's question: what the page says (the page knows
 * all of it) and the lookup that lets the frame add the official record's department and dates.
 */
export function notebookContextFrom(model: SidebarModel): NotebookContext | null {
  const id = savedIdFor(model);
  const url = safeHttpUrl(model.question.pageUrl);
  if (!id || !url) return null;
  const q = model.question;
  const lookup = model.lookup && { uin: model.lookup.uin, house: model.lookup.house, aroundDate: model.lookup.aroundDate, tabledDate: model.lookup.tabledDate, answered: model.lookup.answered };
  return {
    ...citableFrom(q, null),
    id,
    url,
    officialUrl: safeHttpUrl(q.officialUrl) ?? null,
    // Cut to the saved item's limits, so a page with an overlong field can still be saved.
    heading: q.heading.slice(0, 1000),
    department: q.department?.slice(0, 300) ?? null,
    askerName: model.asker?.name.slice(0, 300) ?? null,
    answererName: model.answerer?.name.slice(0, 300) ?? null,
    lookup,
  };
}

/** The item to save: the context, the official record's department and dates once known, the reader's words. */
export function savedItemFrom(context: NotebookContext, record: QuestionRecord | null, note: string, tags: string[], existing: SavedItem | null, now: number): SavedItem {
  return {
    id: context.id,
    url: context.url,
    officialUrl: context.officialUrl,
    heading: context.heading,
    house: context.house,
    uin: context.uin,
    askerName: context.askerName,
    answererName: context.answererName,
    department: record?.answeringBodyName || context.department,
    dateTabled: record?.dateTabled ?? context.dateTabled,
    dateAnswered: record?.dateAnswered ?? context.dateAnswered,
    note,
    tags,
    savedAt: existing?.savedAt ?? now,
    updatedAt: now,
  };
}

/** "evidence, Home Office ,evidence" → ["evidence", "Home Office"]: trimmed, deduplicated, bounded. */
export function parseTags(text: string): string[] {
  const tags = text.split(',').map((t) => t.trim().slice(0, MAX_TAG_CHARS)).filter(Boolean);
  return [...new Set(tags)].slice(0, MAX_TAGS);
}
