import type { MoneyMention } from './money-mention';

/**
 * Which figures the text plainly puts inside an earlier one: "a £10 million fund, of which
 * £4 million …", "£10m, including £4m for …", "… £10m. Of this, £4m …". Figures after the first
 * part in the same sentence ("of which £4m for A and £3m for B") are parts too. Anything less plain
 * is not guessed at: separate announcements stay separate (the seed answer's four sums).
 * Returns, for each mention, the index of the figure it is part of, or null.
 */
export function partOf(text: string, mentions: MoneyMention[]): (number | null)[] {
  const parents: (number | null)[] = mentions.map(() => null);
  for (let i = 1; i < mentions.length; i++) {
    const prev = mentions[i - 1]!;
    const gap = text.slice(prev.end, mentions[i]!.start);
    const sameSentence = !SENTENCE_BREAK.test(gap);
    if ((sameSentence && INSIDE_MARKER.test(gap)) || NEXT_SENTENCE_MARKER.test(gap)) parents[i] = i - 1;
    else if (sameSentence && parents[i - 1] !== null && !INSIDE_MARKER.test(gap)) parents[i] = parents[i - 1]!;
  }
  return dropImplausible(mentions, parents);
}

const INSIDE_MARKER = /\b(?:of which|[Ii]ncluding|includes|comprising|made up of)\b/;
/** "£10m. Of this, £4m …": the next sentence opens by pointing back. */
const NEXT_SENTENCE_MARKER = /^[^.]*\.\s+(?:(?:Of|Within)\s+(?:this|that|these|which|the\s+total)|(?:This|That|It)\s+(?:includes|included|will\s+include|is\s+made\s+up\s+of))\b[^.]*$/;
const SENTENCE_BREAK = /[.!?]\s|\n/;

/** Parts must be valued, in the parent's currency, and together no more than the whole. */
function dropImplausible(mentions: MoneyMention[], parents: (number | null)[]): (number | null)[] {
  const sums = new Map<number, number>();
  parents.forEach((p, i) => {
    if (p !== null) sums.set(p, (sums.get(p) ?? 0) + (mentions[i]!.value ?? Infinity));
  });
  return parents.map((p, i) => {
    if (p === null) return null;
    const whole = mentions[p]!;
    const part = mentions[i]!;
    const fits = whole.value !== null && part.value !== null && part.currency === whole.currency && (sums.get(p) ?? 0) <= whole.value;
    return fits && whole.per === part.per ? p : null;
  });
}
