/**
 * List responses read item by item. Each entry is validated on its own: one that does not fit its
 * schema is dropped, counted and reported once, and the rest of the list is used. Parsed as one
 * array, a single odd entry (a question the API has no heading for yet, a division with a field
 * missing) voided the whole response: on real lists about 41 % of topic searches ended in
 * bad_response that way (issue 13).
 */
import { array, unknown, type ZodMiniType } from 'zod/mini';
import { fail, ok, type Result } from '../protocol/result';
import { parseWith } from './http';

export interface ListSpec<T> {
  /** What the list holds, for messages: "question search", "Commons voting record". */
  what: string;
  item: ZodMiniType<T>;
  /** The entry's own id, for the log line; read from the raw entry, which may be any shape. */
  idOf: (entry: unknown) => unknown;
}

export interface DroppedItem {
  index: number;
  id: string | null;
  /** Where in the entry it failed and why, e.g. "value.uin: invalid input". */
  problem: string;
}

export interface ItemsRead<T> {
  items: T[];
  /** How many entries were dropped (each reported in the worker's console, once). */
  dropped: number;
}

/** How many dropped entries one log line names; the count covers the rest. */
const NAMED_IN_LOG = 3;

/**
 * Every entry on its own. Fails only when the list is not empty and no entry fits: that is the
 * API changing shape, and "nothing found" would be a lie to the reader.
 */
export function readItems<T>(entries: readonly unknown[], spec: ListSpec<T>): Result<ItemsRead<T>> {
  const items: T[] = [];
  const dropped: DroppedItem[] = [];
  entries.forEach((entry, index) => {
    const parsed = spec.item.safeParse(entry);
    if (parsed.success) items.push(parsed.data);
    else dropped.push({ index, id: idText(spec.idOf(entry)), problem: problemOf(parsed.error.issues[0]) });
  });
  if (dropped.length > 0) reportDropped(spec.what, dropped, entries.length);
  if (entries.length > 0 && items.length === 0) {
    return fail('bad_response', `The ${spec.what} from the API was not in the expected form (${dropped[0]!.problem}).`);
  }
  return ok({ items, dropped: dropped.length });
}

/** A GetJson `parse` for an endpoint whose whole body is the list (the Votes APIs, TWFY Votes). */
export function parseItemsThen<T, U>(spec: ListSpec<T>, toOurs: (items: T[]) => U): (raw: unknown) => Result<U> {
  return (raw) => {
    const list = parseWith(array(unknown()), raw, spec.what);
    if (!list.ok) return list;
    const read = readItems(list.value, spec);
    return read.ok ? ok(toOurs(read.value.items)) : read;
  };
}

/** Reads a nested id without trusting the entry's shape: idAt('value', 'id'). */
export function idAt(...keys: string[]): (entry: unknown) => unknown {
  return (entry) => keys.reduce<unknown>((at, key) => (typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined), entry);
}

const idText = (id: unknown): string | null => (typeof id === 'number' || (typeof id === 'string' && id !== '') ? String(id) : null);

function problemOf(issue: { path: PropertyKey[]; message: string } | undefined): string {
  if (!issue) return 'invalid';
  // zod/mini ships no locale, so messages are terse ("Invalid input"); the path says more.
  const where = issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
  return `${where}${issue.message.toLowerCase()}`;
}

/**
 * Lines already logged in this worker's life. The cache re-parses a stored body on every read (and
 * a stale read parses it again on refresh), so the same response would otherwise log each time.
 * Bounded, and lost when the worker sleeps: that only costs a repeated line.
 */
const logged = new Set<string>();
const MAX_REMEMBERED = 200;

function reportDropped(what: string, dropped: DroppedItem[], total: number): void {
  const named = dropped.slice(0, NAMED_IN_LOG).map((d) => `${d.id === null ? `entry ${d.index}` : `id ${d.id}`} (${d.problem})`);
  const rest = dropped.length > NAMED_IN_LOG ? `, and ${dropped.length - NAMED_IN_LOG} more` : '';
  const line = `Parliament Lens: dropped ${dropped.length} of ${total} items in a ${what} that did not fit our schema: ${named.join('; ')}${rest}.`;
  if (logged.has(line)) return;
  if (logged.size >= MAX_REMEMBERED) logged.clear();
  logged.add(line);
  console.warn(line);
}
