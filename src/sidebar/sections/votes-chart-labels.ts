/**
 * Short labels for the votes chart. Division titles are long and repeat the bill's name
 * ("New Clause 17: Online Safety Bill", "Online Safety Bill: Second Reading"): when every division
 * names the same bill or phrase, the chart says it once in its header and each row keeps the rest.
 */

/** Characters of a label that fit two lines of the chart's label column at 12 px. */
export const LABEL_CHARS = 56;

/**
 * The searched phrase as the titles spell it, with the capitalised words that follow it:
 * "online safety" in "New Clause 3: Online Safety Bill" → "Online Safety Bill". Null when a title
 * does not contain the term at a word start (the background only sends ones that do).
 */
export function namedPhrase(title: string, searchTerm: string): string | null {
  const at = wordStart(title, searchTerm);
  if (at < 0) return null;
  let end = at + searchTerm.length;
  // Finish the word the term ends in, then take capitalised words ("Bill", "Act", "(No. 2)" is left).
  while (end < title.length && /[\p{L}\p{N}'’-]/u.test(title[end]!)) end++;
  for (;;) {
    const next = /^ ([\p{Lu}][\p{L}'’-]*)/u.exec(title.slice(end));
    if (!next) break;
    end += next[0].length;
  }
  return title.slice(at, end);
}

/**
 * The phrase every title names, when there are several and they all name the same one; else null
 * (one division keeps its whole title: "Air Quality (Domestic Solid Fuels…" cut apart reads worse).
 */
export function commonPhrase(titles: string[], searchTerm: string | null): string | null {
  if (!searchTerm || titles.length < 2) return null;
  const phrases = titles.map((t) => namedPhrase(t, searchTerm));
  const first = phrases[0];
  return first && phrases.every((p) => p === first) ? first : null;
}

/**
 * A division's label: its title without the common phrase ("New Clause 17"), tidied of the
 * punctuation that joined them, and clipped at a word; the full title when nothing would be left.
 */
export function shortTitle(title: string, common: string | null, max = LABEL_CHARS): string {
  let label = title;
  if (common) {
    // Titles join their parts with ": "; the part that is the phrase goes, a part it starts is trimmed.
    const rest = title
      .split(/\s*:\s+/)
      .map((part) => part.replace(common, '').trim().replace(/^\(([^)]*)\)/, '$1').replace(/^[\s\-–,]+|[\s\-–,]+$/g, ''))
      .filter(Boolean)
      .join(': ');
    if (rest) label = rest;
  }
  if (label.length <= max) return label;
  const cut = label.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s:\-–,]+$/, '')}…`;
}

function wordStart(text: string, term: string): number {
  const lower = text.toLowerCase();
  const needle = term.toLowerCase();
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!)) return at;
  }
  return -1;
}

/** A division's sides, one and many: the Commons votes aye/no, the Lords content/not content. */
export const SIDE_NAMES = {
  aye: ['aye', 'ayes'],
  no: ['no', 'noes'],
  content: ['content', 'contents'],
  'not-content': ['not content', 'not contents'],
} as const;

/** "1 aye", "2 ayes", "1 not content", "300 not contents". */
export function tallyWords(count: number, side: keyof typeof SIDE_NAMES): string {
  return `${count} ${SIDE_NAMES[side][count === 1 ? 0 : 1]}`;
}
