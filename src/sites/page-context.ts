/**
 * PageContext: everything a site adapter reads off a page, as plain data.
 * It crosses to the sidebar and (in parts) to the background, so it holds no DOM nodes.
 */

export type House = 'Commons' | 'Lords';

/** One office in a speaker's position, as the page words it ("Minister of State" of "Ministry of Justice"). */
export interface PageOffice {
  post: string;
  /** The department (or committee) the page names for the post; null when it names none ("Minister for Women"). */
  department: string | null;
}

/** A speaker as the page shows them (the page's own words, not the Members API's). */
export interface PagePerson {
  name: string;
  /** TheyWorkForYou person id from the `/mp/?p=` or `/peer/?p=` link; null when the page has none. */
  twfyPersonId: number | null;
  /** The small print under the name: an office, or "Party, Constituency". */
  position: string | null;
  /**
   * The offices `position` names, read into post and department (sites/twfy-position.ts); absent when
   * it names none (a party and seat), so a page person made elsewhere needs no office list.
   */
  offices?: PageOffice[];
  /** Absolute URL of the page's photo; null without one, or when it is TWFY's "unknown person" silhouette. */
  photoUrl: string | null;
  /** Absolute URL of the speaker's TWFY page, or null. */
  profileUrl: string | null;
}

/** One question on the page; grouped questions add more. */
export interface PageQuestion {
  uin: string;
  /** Plain text of the question. */
  text: string;
  asker: PagePerson | null;
  /** The id of the question's block on the page (e.g. `g215246.q0`), for links back to it. */
  anchorId: string;
}

export interface PageContext {
  /** Which adapter read the page. */
  site: string;
  /** The page URL (canonical form). */
  url: string;
  /** TWFY gid, e.g. `2019-02-08.215246.h`. */
  gid: string;
  /** The UIN of the page's own (first) question. */
  uin: string;
  house: House;
  /** ISO date (YYYY-MM-DD) from the gid: the tabled date in current imports (see DESIGN.md §1). */
  gidDate: string;
  /**
   * ISO date the question was tabled, when the page tells it: the date in the official-record link
   * (both the current and the pre-2020 link formats carry it), else the gid date for current imports;
   * null when unknown (older imports put the answer date in the gid).
   */
  tabledDate: string | null;
  /** ISO date the answer was given, read from the page's lead; null when the page does not say. */
  answeredDate: string | null;
  /** Answering department (e.g. "Home Office"); null when the page does not say. */
  department: string | null;
  /** The question heading, e.g. "Offences against Children: Internet". */
  heading: string;
  /** The questions on the page, the page's own first, then grouped ones. */
  questions: PageQuestion[];
  /** Asker of the first question. */
  asker: PagePerson | null;
  answerer: PagePerson | null;
  /** Plain text of the answer, paragraphs joined by "\n\n"; empty when there is no answer block. */
  answerText: string;
  /** Link to the official record (questions-statements.parliament.uk or older parliament.uk), or null. */
  officialUrl: string | null;
}
