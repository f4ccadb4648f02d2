/** One money mention found in a text. See DESIGN.md §8. */
export interface MoneyMention {
  /** UTF-16 offset of the first character of the span. */
  start: number;
  /** UTF-16 offset just past the span (exclusive). */
  end: number;
  /** Amount in the currency's main unit (pounds, dollars, euros); null when vague ("millions of pounds"). */
  value: number | null;
  /** Upper end of a range ("£5–10 million" → value 5e6, valueMax 10e6). */
  valueMax?: number;
  /** ISO 4217 code: GBP, USD, EUR. */
  currency: string;
  /** A rate phrase that follows directly, normalised: "year", "month", "week", "day", "pupil", "person", … */
  per?: string;
}
