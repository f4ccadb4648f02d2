import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { sharedPath } from '../../scripts/lib/shared-dir.js';
import { CORPUS_MONTHS } from '../../scripts/fixture-apis/sources.js';
import { describeWithShared } from '../support/shared';
import { htmlToText } from '../../src/clients/html-text';
import { findMoney } from '../../src/extract/money';
import { findSpendPeriod } from '../../src/extract/spend-period';

// The period parser over the real Dec-2023 answers (840 full texts in ../shared/corpus): how many
// period phrases it finds, and a sample read by eye, pinned here with the years each one means; then
// over every month, that what it finds is well formed. Skipped without ../shared.
interface Found {
  id: number;
  figure: string;
  phrase: string;
  years: number | null;
}

function periodsInCorpus(month: (typeof CORPUS_MONTHS)[number]): { found: Found[]; rates: number } {
  const found: Found[] = [];
  let rates = 0;
  const lines = readFileSync(sharedPath(`corpus/questions-full-text-${month}.jsonl`), 'utf8').split('\n');
  for (const line of lines) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id: number; answer_text: string | null };
    const text = htmlToText(row.answer_text ?? '');
    for (const m of findMoney(text)) {
      if (m.per) {
        rates++;
        continue;
      }
      const period = findSpendPeriod(text, m);
      if (period) {
        // The phrase is the text at its span, after its figure.
        expect(text.slice(period.start, period.end), `${row.id}`).toBe(period.phrase);
        expect(period.start, `${row.id}`).toBeGreaterThanOrEqual(m.end);
        expect(period.years === null || (period.years > 0 && period.years <= 30), `${row.id}: ${period.phrase}`).toBe(true);
        found.push({ id: row.id, figure: text.slice(m.start, m.end), phrase: period.phrase, years: period.years });
      }
    }
  }
  return { found, rates };
}

describeWithShared('period phrases in the 2023-12 corpus answers', () => {
  let found: Found[] = [];
  let rates = 0;
  // Read in beforeAll, not in the suite body: a skipped suite's body still runs.
  beforeAll(() => {
    ({ found, rates } = periodsInCorpus('2023-12'));
  });

  it('finds them, and the count is reported', () => {
    console.log(`period phrases after a figure: ${found.length}; rate phrases (a year, per …): ${rates}`);
    // 55 when this was written (2026-11-30); a change means the parser changed: re-read the list.
    expect(found.length).toBe(55);
    expect(rates).toBe(36);
  });

  // Ten read in their sentences (answer id: figure, phrase, years).
  it.each([
    [1674603, '£4 billion', 'over the next three years', 3], // "£4 billion of investment in UK shipbuilding over the next three years"
    [1675246, '£150 million', 'this financial year', 1], // "an additional £150 million this financial year as the first instalment"
    [1675383, '£1 billion', 'next year', 1], // "£600 million this year, and £1 billion next year through the Discharge Fund"
    [1675392, '£1.2 million', 'between 2022 and 2027', 5], // "Sport England has committed £1.2 million between 2022 and 2027"
    [1676660, '£7 million', 'over the next three years', 3], // "providing £7 million over the next three years to ensure…"
    [1677016, '£104bn', 'over 2022-25', 3], // "total support of £104bn over 2022-25 to help households"
    [1677109, '£8 billion', 'from 2022/23 to 2024/25', 3], // "spend more than £8 billion from 2022/23 to 2024/25"
    [1677529, '£5.2 billion', 'between 2021 and 2027', 6], // "doubled in England to £5.2 billion between 2021 and 2027"
    [1677717, '£8.3 billion', 'over the years 2023/24 to 2033/34', 11], // eleven financial years, 2023-24 … 2033-34
    [1678614, '£259 million', 'over the next parliament', null], // a period with no fixed length: no yearly rate
  ])('answer %i: %s %s → %s years', (id, figure, phrase, years) => {
    expect(found).toContainEqual({ id, figure, phrase, years });
  });
});

describeWithShared('period phrases in every corpus month', () => {
  it('are the text at their span, after their figure, with a plausible length', () => {
    const counts = Object.fromEntries(CORPUS_MONTHS.map((month) => [month, periodsInCorpus(month).found.length]));
    console.log(`period phrases after a figure, by month: ${JSON.stringify(counts)}`);
    for (const month of CORPUS_MONTHS) expect(counts[month], month).toBeGreaterThan(20);
  });
});
