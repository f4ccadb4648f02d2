/**
 * The period a figure's money is for, as its table header or its words name it (issue 14: a
 * ledger total that adds a ten-year allocation to one year's funding must say so). Financial
 * years are written "2023-24", "2023/24", "2023 to 2024", "2024/2025"; all are read as 2023-24.
 */

/** A financial year: two years one apart, joined by a dash, slash or "to". */
const FINANCIAL_YEAR = /\b((?:19|20)\d\d)\s*(?:[-–/]|\s+to\s+)\s*((?:19|20)?\d\d)\b/g;
/** A calendar year standing alone in a header ("2022", "Calendar year 2021"). */
const CALENDAR_YEAR = /(?<![\d/–-])\b((?:19|20)\d\d)\b(?![\d/–-])/g;

/** "2023-24" for the financial year starting in 2023. */
export function financialYearLabel(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/**
 * The financial year or years a header names: "2023-24 – additional funding" → "2023-24",
 * "between 2023-24 and 2033-34" → "2023-24 to 2033-34"; else a calendar year ("2022"); else null.
 */
export function periodIn(text: string): string | null {
  const starts: number[] = [];
  for (const m of text.matchAll(FINANCIAL_YEAR)) {
    const start = Number(m[1]);
    let end = Number(m[2]);
    if (end < 100) end += Math.floor(start / 100) * 100;
    if (end === start + 1) starts.push(start);
  }
  if (starts.length) {
    const first = Math.min(...starts);
    const last = Math.max(...starts);
    return first === last ? financialYearLabel(first) : `${financialYearLabel(first)} to ${financialYearLabel(last)}`;
  }
  const years = [...text.matchAll(CALENDAR_YEAR)].map((m) => Number(m[1]));
  if (years.length === 0) return null;
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first} to ${last}`;
}
