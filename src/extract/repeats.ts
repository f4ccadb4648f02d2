import type { MoneyMention } from './money-mention';
import { roundingOf } from './table-totals';
import type { TablePlace } from './tables';

/**
 * Sums the text restates (issue 14): "… the first instalment of the £8.3 billion roads
 * resurfacing fund … how the rest of the £8.3 billion will be allocated". A figure is a repeat
 * when an earlier figure has the same amount (any spelling: £40m, £40 million, £40,000,000) and
 * the text points back to it with a determiner ("the", "this", "that"), so the ledger counts the
 * money once. A figure said to be an instalment, part or share "of the" restated sum is a part of
 * it. Plain equal amounts without a pointer ("£5m for A and £5m for B") stay separate money.
 */
export interface Restatement {
  /** For each mention, the index of the earlier figure it repeats, or null. */
  repeatOf: (number | null)[];
  /** For each mention, the index of the figure it is an instalment or part of, or null. */
  partOf: (number | null)[];
}

/** The words just before a figure that point back to one already named. */
const POINTER_BEFORE = /\b(?:the|this|that|these|those|its|their|our|same|whole|full)\s+(?:(?:total|overall|whole|full|entire|original|same)\s+)?$/i;
/** "A is the first instalment of / part of / a share of" the figure that follows. */
const PART_LINK = /\b(?:instalments?|installments?|tranches?|parts?|shares?|portions?|elements?|proportion|payments?|down\s+payment|some|out)\s+of\s+(?:the|this|that|its)\s+(?:(?:total|overall|whole|full|entire)\s+)?$/i;
const SENTENCE_BREAK = /[.!?]\s|\n/;
/** How far before a figure its pointer word is looked for. */
const REACH = 40;

export function restatements(text: string, mentions: MoneyMention[]): Restatement {
  const repeatOf: (number | null)[] = mentions.map(() => null);
  const partOf: (number | null)[] = mentions.map(() => null);
  const firstByAmount = new Map<string, number>();
  mentions.forEach((m, i) => {
    const key = amountKey(m);
    if (key === null) return;
    const earlier = firstByAmount.get(key);
    const before = text.slice(Math.max(0, m.start - REACH), m.start);
    if (earlier !== undefined && POINTER_BEFORE.test(before)) {
      repeatOf[i] = earlier;
      const prev = i > 0 ? mentions[i - 1]! : null;
      const gap = prev ? text.slice(prev.end, m.start) : '';
      if (prev && i - 1 !== earlier && !SENTENCE_BREAK.test(gap) && PART_LINK.test(gap) && (prev.value ?? Infinity) <= (m.value ?? 0) && prev.currency === m.currency) {
        partOf[i - 1] = earlier;
      }
    } else if (!firstByAmount.has(key)) {
      firstByAmount.set(key, i);
    }
  });
  // "an additional £150 million … as the first instalment of the £8.3 billion fund" in the
  // figure's first mention: the £150 million is part of the £8.3 billion that follows it.
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    if (!next || repeatOf[i + 1] !== null || partOf[i] !== null || repeatOf[i] !== null) return;
    const gap = text.slice(m.end, next.start);
    if (!SENTENCE_BREAK.test(gap) && PART_LINK.test(gap) && m.value !== null && next.value !== null && m.value < next.value && m.currency === next.currency) partOf[i] = i + 1;
  });
  return { repeatOf, partOf };
}

/** Same amount, currency, range and rate: the same figure whatever its spelling. */
function amountKey(m: MoneyMention): string | null {
  if (m.value === null) return null;
  return `${m.currency}|${m.value}|${m.valueMax ?? ''}|${m.per ?? ''}`;
}

/**
 * A table total the words already give (issue 14): "an additional £150 million this financial
 * year", then a "(£000)" table of allocations whose 2023-24 column ends "Total 127,249" and
 * "CA total 22,750" in a second table with the same headers. The column's counted totals add to a
 * sum the text names, so they restate it
 * and the money is counted once, in the words. Matched within the words' own rounding ("£150
 * million" for 149,999 thousand); each sum in the words is restated by one column at most (the
 * first), as a second column of the same size is usually another year's money.
 * Returns, for each mention, the index of the figure in the words it restates, or null.
 */
export function tableTotalsRestated(mentions: MoneyMention[], places: (TablePlace | null)[]): (number | null)[] {
  const repeatOf: (number | null)[] = mentions.map(() => null);
  const columns = new Map<string, number[]>();
  places.forEach((place, i) => {
    const m = mentions[i]!;
    if (place?.role !== 'total' || m.value === null || m.per !== undefined) return;
    // Tables that split one allocation (local authorities, then combined authorities) share
    // their column headers: a column's totals are added across them.
    const key = place.column ? `|${place.column.toLowerCase()}` : `${place.table}|`;
    columns.set(key, [...(columns.get(key) ?? []), i]);
  });
  const used = new Set<number>();
  for (const totals of columns.values()) {
    const first = mentions[totals[0]!]!;
    if (totals.some((i) => mentions[i]!.currency !== first.currency)) continue;
    const sum = totals.reduce((acc, i) => acc + mentions[i]!.value!, 0);
    let best: { index: number; off: number } | null = null;
    mentions.forEach((m, i) => {
      if (places[i] !== null || used.has(i) || m.value === null || m.currency !== first.currency || m.per !== undefined || m.valueMax !== undefined) return;
      const off = Math.abs(m.value - sum);
      if (off <= roundingOf(m.value) / 2 && (best === null || off < best.off)) best = { index: i, off };
    });
    if (best === null) continue;
    const { index } = best as { index: number };
    used.add(index);
    for (const i of totals) repeatOf[i] = index;
  }
  return repeatOf;
}
