/** Building and searching saved items: plain functions the sidebar and the options page share. */
import { UIN_PATTERN } from '../../protocol/fields';
import type { ResponseOf } from '../../protocol/messages';
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

/** What the page (and, once it has arrived, the official record) says about the question. */
export function savedItemFrom(model: SidebarModel, record: QuestionRecord | null, note: string, tags: string[], existing: SavedItem | null, now: number): SavedItem | null {
  const id = savedIdFor(model);
  const url = safeHttpUrl(model.question.pageUrl);
  if (!id || !url) return null;
  const q = model.question;
  return {
    ...citableFrom(q, record),
    id,
    url,
    officialUrl: safeHttpUrl(q.officialUrl) ?? null,
    heading: q.heading.slice(0, 1000),
    askerName: model.asker?.name ?? null,
    answererName: model.answerer?.name ?? null,
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

/** Every word of the query appears somewhere in the item (heading, note, tags, names, UIN, department). */
export function matchesSearch(item: SavedItem, query: string): boolean {
  const haystack = [item.heading, item.note, item.tags.join(' '), item.uin, item.department, item.askerName, item.answererName].join(' ').toLowerCase();
  return query.toLowerCase().split(/\s+/).filter(Boolean).every((word) => haystack.includes(word));
}
