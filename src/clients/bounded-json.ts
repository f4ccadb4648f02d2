/**
 * Caps on what an API reply may put in front of the reader, applied to the raw JSON before any
 * schema sees it (and before the cache stores it): every string at a sane length for its field,
 * every list at a sane count, nesting at a sane depth. Issue 20: a 1 MB member name stalled the tab
 * 2.9 s, 10,000 grouped questions rendered 20,000 rows.
 *
 * Real sizes (corpus of 9,636 list items and 2,517 full texts, reference/samples): headings ≤ 149
 * characters, department names ≤ 53, question texts ≤ 869, answer HTML ≤ 13,025; ≤ 19 grouped
 * questions; a division lists ≤ 650 MPs per side; TWFY scores a person on ≤ 158 policies.
 *
 * Every string also loses the invisible bidi and zero-width controls (extract/unicode-controls.ts):
 * a direction override in a member's name must not reverse the sidebar's own labels.
 */
import { withoutInvisibleControls } from '../extract/unicode-controls';

/** A list cut short keeps its real length here, beside it in the same object, under this key. */
export const TRUNCATED_KEY = 'lens:truncated';
export const MAX_DEPTH = 32;

const CHARS = {
  answerHtml: 2_000_000,
  questionText: 50_000,
  description: 20_000,
  url: 2_048,
  name: 300,
  /** Headings, titles and anything else. */
  other: 1_000,
} as const;

const LONG_TEXT: Record<string, number> = {
  answerText: CHARS.answerHtml,
  originalAnswerText: CHARS.answerHtml,
  comparableAnswerText: CHARS.answerHtml,
  questionText: CHARS.questionText,
  context_description: CHARS.description,
  description: CHARS.description,
};

const ITEMS: Record<string, number> = {
  // Each is a row in the sidebar; the rest are counted under TRUNCATED_KEY for an "N more" line.
  groupedQuestions: 100,
  groupedQuestionsDates: 100,
  attachments: 50,
  // Search pages: we ask for at most 50 (take), so more is an API ignoring us.
  results: 100,
  // A whole reply that is a list: we ask the votes APIs for 25 divisions; TWFY sends ~20 policy groups.
  '': 200,
  // A member's history, searched by date: real members have fewer than 50 of each.
  governmentPosts: 200,
  oppositionPosts: 200,
  otherPosts: 200,
  committeeMemberships: 200,
  partyAffiliations: 200,
  representations: 200,
  houseMemberships: 200,
};
/** Any other list: a Lords division can list ~850 peers, so well above that. */
const OTHER_ITEMS = 2_000;

export function charLimitFor(key: string): number {
  const long = LONG_TEXT[key];
  if (long !== undefined) return long;
  if (/url$|link$/i.test(key)) return CHARS.url;
  if (/name|^listAs$|^fullTitle$/i.test(key)) return CHARS.name;
  return CHARS.other;
}

export const itemLimitFor = (key: string): number => ITEMS[key] ?? OTHER_ITEMS;

export type Bounded = { ok: true; value: unknown } | { ok: false; reason: 'too-deep' };

/** A copy of `value` within the caps; 'too-deep' when it nests past MAX_DEPTH (real replies: ≤ 6). */
export function boundJson(value: unknown): Bounded {
  try {
    return { ok: true, value: bound(value, '', 0) };
  } catch (err) {
    if (err === TOO_DEEP) return { ok: false, reason: 'too-deep' };
    throw err;
  }
}

const TOO_DEEP = new Error('too deep');

function bound(value: unknown, key: string, depth: number): unknown {
  if (typeof value === 'string') return capString(withoutInvisibleControls(value), charLimitFor(key));
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) throw TOO_DEEP;
  if (Array.isArray(value)) {
    const kept = value.slice(0, itemLimitFor(key));
    return kept.map((item) => bound(item, key, depth + 1));
  }
  const out: Record<string, unknown> = {};
  let truncated: Record<string, number> | null = null;
  for (const [k, v] of Object.entries(value)) {
    out[k] = bound(v, k, depth + 1);
    if (Array.isArray(v) && v.length > itemLimitFor(k)) (truncated ??= {})[k] = v.length;
  }
  if (truncated) out[TRUNCATED_KEY] = truncated;
  return out;
}

/** Cut at a code point boundary, marked with an ellipsis so the reader sees it was cut. */
export function capString(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = limit - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // do not split a surrogate pair
  return `${text.slice(0, end)}…`;
}

/** The real length of a list this module cut short (`owner[key]`), or its length when it was not cut. */
export function fullLength(owner: unknown, key: string): number {
  if (!owner || typeof owner !== 'object') return 0;
  const record = owner as Record<string, unknown>;
  const counts = record[TRUNCATED_KEY] as Record<string, unknown> | undefined;
  const total = counts?.[key];
  if (typeof total === 'number') return total;
  const list = record[key];
  return Array.isArray(list) ? list.length : 0;
}
