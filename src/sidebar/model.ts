/**
 * What the sidebar shows, as plain data with display strings already made. The content script
 * builds it from the page (sites/, extract/); the sidebar only renders it, so it never needs the
 * page DOM or the extraction code (DESIGN.md §3–4).
 */
import type { SectionId } from '../protocol/notebook';

export interface PersonView {
  name: string;
  /** The page's small print: an office, or "Party, Constituency". */
  position: string | null;
  photoUrl: string | null;
  profileUrl: string | null;
  /** TheyWorkForYou's person id (the page's `/mp/?p=` link), for the TWFY Votes policy record. */
  twfyPersonId: number | null;
}

export interface DateView {
  iso: string;
  /** "8 February 2019" */
  text: string;
}

export interface QuestionView {
  heading: string;
  department: string | null;
  uin: string;
  house: 'Commons' | 'Lords';
  tabled: DateView | null;
  answered: DateView | null;
  /** Calendar days from tabling to answer, when both dates are known. */
  daysToAnswer: number | null;
  officialUrl: string | null;
  pageUrl: string;
  /** Grouped questions answered together with this one (not the page's own). */
  grouped: { uin: string; askerName: string | null; anchorId: string }[];
  /** Plain-text citation the copy button puts on the clipboard. */
  citation: string;
}

export interface FigureView {
  /** Position in page order; also the id the sidebar hands back to reveal it in the page. */
  index: number;
  /** The words as the page has them, e.g. "£21 million". */
  text: string;
  value: number | null;
  valueMax: number | null;
  currency: string;
  /** "£21 million" / "£5 million to £10 million" / "millions of pounds (no amount given)". */
  display: string;
  /** For screen readers: "21 million pounds". */
  spoken: string;
  /** "a year", "per pupil" when the text gives a rate directly. */
  per: string | null;
  /** "over the following 18 months → £14 million a year", when the text gives a period. */
  yearly: { phrase: string; display: string; value: number; method: string } | null;
  /** The sentence around the figure, trimmed, for the ledger's context line. */
  context: string;
  /** In the latest year's prices by both indices (sterling, valued figures only). */
  today: TodayView | null;
  /** Per person in the area the text names ("across England"); null when it names none. */
  perHead: PerHeadView | null;
  /** The index of the figure the text says this one is part of ("of which £4 million"), or null. */
  partOf: number | null;
  /**
   * What the figure is in the sum (issue 14): a table's total ('total', counted instead of its
   * cells), a cell or an instalment inside a stated total ('part', not counted again), a sum the
   * text restates ('repeat', counted once, at its first mention), or plain money (null).
   */
  role: 'total' | 'part' | 'repeat' | null;
  /** The figure this one repeats, when role is 'repeat'. */
  repeatOf: number | null;
  /** The table cell the figure sits in: "Royal Navy · TV · FY 2022-23". */
  table: FigureTableView | null;
  /**
   * The period the money is for, as the table's headers or the words name it: "2023-24",
   * "2023-24 to 2033-34", "over three years"; null when nothing says.
   */
  period: string | null;
}

export interface FigureTableView {
  /** 0-based, in page order. */
  index: number;
  caption: string;
  row: string;
  column: string;
  /** The header whose unit made this bare number a figure ("£000"), or null if the cell wrote it. */
  unitFrom: string | null;
}

/** One conversion to the latest year's prices; value null when the year is outside the series. */
export interface PriceView {
  index: 'gdp' | 'cpi';
  /** "GDP deflator", "CPI". */
  label: string;
  value: number | null;
  /** "£25.9 million in 2024 prices", or why nothing was converted. */
  display: string;
  /** The arithmetic in one line. */
  method: string;
  /** Series, code, base, vintage and the licence attribution. */
  source: string;
}

export interface TodayView {
  /** The index used unless the reader switches, and why. */
  chosen: 'gdp' | 'cpi';
  reason: string;
  /** Where the figure's price year came from: the text's words or the answer date. */
  yearFrom: string;
  gdp: PriceView;
  cpi: PriceView;
}

export interface PerHeadView {
  /** Pounds per person (a year, when the figure is a yearly amount). */
  value: number | null;
  /** "£0.37 per person in England" or why there is none. */
  display: string;
  method: string;
  source: string;
}

export interface LedgerView {
  figures: FigureView[];
  /** Sum of the valued one-off sterling figures, parts not counted twice; ranges add their low end. */
  totalDisplay: string | null;
  /** Sum of the sterling rates the text gives per year (or month, week), as a yearly amount. */
  yearlyTotalDisplay: string | null;
  /** The attribution the price and population data ask for; shown once under the ledger. */
  licence: string;
  /** What the total leaves out, said plainly (vague amounts, other currencies, ranges). */
  totalNotes: string[];
  /** Sum of the counted one-off sterling figures in pounds (the `data-value` of `[data-ledger-total]`). */
  totalValue: number | null;
  /** Stated table totals that their parts do not add up to. */
  mismatches: string[];
}

/** What the background needs to find the page's question in the Written Questions API. */
export interface LookupView {
  uin: string;
  house: 'Commons' | 'Lords';
  /** A date near the tabling (the page's tabled date, else its gid or answer date). */
  aroundDate: string;
  /** The tabled date, when the page states it (then one request finds the record). */
  tabledDate: string | null;
  /** The page shows an answer. */
  answered: boolean;
  /** The date the members' cards describe: the answer date, else the lookup date. */
  answerDate: string;
  department: string | null;
}

export interface SidebarModel {
  question: QuestionView;
  /** Null when the page lacks what a lookup needs; the API-backed sections then say so. */
  lookup: LookupView | null;
  asker: PersonView | null;
  answerer: PersonView | null;
  /**
   * Null for the first frame: the figures are found and highlighted just after the sidebar first
   * paints (content/start-lens.ts), so the reader sees the sidebar without waiting for them.
   */
  ledger: LedgerView | null;
  /** Sections the reader switched off in the options page (DESIGN.md §9 data-section ids). */
  sectionsOff?: readonly SectionId[];
  /** False when the reader switched TheyWorkForYou Votes off: no policy records are asked for. */
  twfyVotes?: boolean;
}

/** What the sidebar can ask the content script to do on the page. */
export interface PageActions {
  revealFigure(index: number): void;
  /** After the extension was updated under the page, the only way back is a reload. */
  reloadPage(): void;
  close(): void;
}
