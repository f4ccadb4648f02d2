// Pages whose data no earlier test in this browser has cached: each call hands out a question whose
// asker and answerer have not been handed out before, so a test that breaks an API sees the break
// rather than a cached copy (the cache is per browser profile, and Firefox gives puppeteer no way
// into the extension's IndexedDB to clear it). From the real corpus with ../shared; without it, from
// the generated test pool (scripts/fixture-apis/test-pool.js). Never our own eight records: other
// tests visit those, so their members may be cached already.
import { ownQuestions } from '../../../scripts/fixture-apis/sources.js';
import { loadTwfyCorpus } from '../../../scripts/lib/twfy-page.js';

interface CorpusItem {
  id: number;
  uin: string;
  dateTabled: string;
  heading: string;
  askingMemberId: number | null;
  answeringMemberId: number | null;
  answeringBodyName: string;
  dateAnswered: string | null;
}

export interface FreshPage {
  url: string;
  /** As a reader sees it: whitespace runs as one space (some corpus headings end in "\r\n"). */
  heading: string;
  askingMemberId: number;
  answeringMemberId: number;
}

/**
 * `named`: only questions whose asker and answerer the page can name with a TheyWorkForYou person
 * (they are in the Commons roster the offline TWFY pages are built from), for tests of TWFY Votes.
 */
export function freshPages(): (options?: { named?: boolean }) => FreshPage {
  const { corpus, roster } = loadTwfyCorpus();
  const own = new Set(ownQuestions().map((q) => q.id as number));
  const items = (corpus.items as CorpusItem[]).filter((q) => !own.has(q.id) && q.dateAnswered && corpus.fullTextById.has(q.id) && q.askingMemberId && q.answeringMemberId);
  const usedMembers = new Set<number>();
  const usedHeadings = new Set<string>();
  return ({ named = false } = {}) => {
    const q = items.find((item) =>
      !usedMembers.has(item.askingMemberId!) && !usedMembers.has(item.answeringMemberId!) && !usedHeadings.has(item.heading) &&
      (!named || (roster.has(item.askingMemberId!) && roster.has(item.answeringMemberId!))));
    if (!q) throw new Error('freshPages: no question left with unused members (the corpus, or the test pool without ../shared)');
    usedMembers.add(q.askingMemberId!);
    usedMembers.add(q.answeringMemberId!);
    // Related searches go by topic; a heading seen before could be served from the cache.
    usedHeadings.add(q.heading);
    return {
      url: `https://www.theyworkforyou.com/wrans/?id=${q.dateTabled.slice(0, 10)}.${q.uin}.h`,
      heading: q.heading.replace(/\s+/g, ' ').trim(),
      askingMemberId: q.askingMemberId!,
      answeringMemberId: q.answeringMemberId!,
    };
  };
}
