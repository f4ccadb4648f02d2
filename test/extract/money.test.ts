import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { findMoney } from '../../src/extract/money';
import type { MoneyMention } from '../../src/extract/money-mention';
import { sharedPath } from '../../scripts/lib/shared-dir.js';
import { CORPUS_MONTHS } from '../../scripts/fixture-apis/sources.js';
import { seedText } from '../support/seed-text';
import { describeWithShared } from '../support/shared';

const LABELS_URL = new URL('../fixtures/money-labels/labels.json', import.meta.url);

interface CorpusRow {
  id: number;
  question_text: string | null;
  answer_text: string | null;
}

interface LabelledMention {
  text: string;
  value: number | null;
  valueMax?: number;
  currency: string;
  per?: string;
}

interface Labels {
  answers: { id: number; mentions: LabelledMention[] }[];
}

/**
 * Answer HTML to the text the content script sees: block and cell tags become line breaks (as
 * src/content/text-map.ts does), inline tags vanish, entities are decoded. The hand labels in
 * test/fixtures/money-labels were made on exactly this text.
 */
const BLOCK_TAGS = /<\/?(?:p|br|tr|td|th|li|div|table|tbody|thead|ul|ol|h[1-6])\b[^>]*>/gi;
const ANY_TAG = /<[^>]*>/g;
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', pound: '£', euro: '€',
};

function htmlToText(html: string): string {
  return html
    .replace(BLOCK_TAGS, '\n')
    .replace(ANY_TAG, '')
    .replace(ENTITY, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    });
}

/** One month's full texts from ../shared (called only inside describeWithShared suites' tests). */
function readCorpus(month: (typeof CORPUS_MONTHS)[number]): CorpusRow[] {
  return readFileSync(sharedPath(`corpus/questions-full-text-${month}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusRow);
}

/** Mentions with their slice, for readable expectations. */
function found(text: string): (MoneyMention & { slice: string })[] {
  return findMoney(text).map((m) => ({ ...m, slice: text.slice(m.start, m.end) }));
}

describe('findMoney on the seed page', () => {
  const page = seedText();

  it('finds the four figures and the vague "millions of pounds", with exact spans', () => {
    const expected = [
      { slice: 'millions of pounds', value: null },
      { slice: '£40m', value: 40_000_000 },
      { slice: '£21 million', value: 21_000_000 },
      { slice: '£2.6 million', value: 2_600_000 },
      { slice: '£250,000', value: 250_000 },
    ];
    const mentions = found(page);
    expect(mentions.map(({ slice, value }) => ({ slice, value }))).toEqual(expected);
    for (const m of mentions) {
      expect(m.start).toBe(page.indexOf(m.slice));
      expect(m.end).toBe(m.start + m.slice.length);
      expect(m.currency).toBe('GBP');
      expect(m.per).toBeUndefined();
    }
  });

  it('puts the vague amount in the first answer paragraph', () => {
    const first = page.split('\n').find((line) => line.startsWith('Child sexual abuse has been declared')) ?? '';
    expect(found(first).map((m) => m.slice)).toEqual(['millions of pounds']);
  });
});

describe('findMoney: misses measured over 42,259 real answers (issue 14)', () => {
  const found = (text: string) => findMoney(text).map((m) => ({ text: text.slice(m.start, m.end), value: m.value, max: m.valueMax, per: m.per }));

  it('does not join a sum and a bare count into a range: "£23,795.20 – 4.1m people"', () => {
    expect(found('the average award was £23,795.20 – 4.1m people were eligible')).toEqual([{ text: '£23,795.20', value: 23795.2, max: undefined, per: undefined }]);
    // Ranges that do share their scale stay ranges.
    expect(found('between £5–10 million')[0]).toMatchObject({ value: 5e6, max: 10e6 });
    expect(found('from £500-£1 million')[0]).toMatchObject({ value: 500, max: 1e6 });
  });

  it('does not read a table or page reference as pence: "see tables 3p and 4"', () => {
    expect(found('The figures are in tables 3p and 4 of the release.')).toEqual([]);
    expect(found('see page 12p of the report')).toEqual([]);
    expect(found('a stamp costs 85p')).toEqual([{ text: '85p', value: 0.85, max: undefined, per: undefined }]);
  });

  it('reads a price per unit written "114 £/MWh" as a rate', () => {
    expect(found('a strike price of 114 £/MWh in 2012 prices')).toEqual([{ text: '114 £/MWh', value: 114, max: undefined, per: 'MWh' }]);
  });

  it('reads a spelled-out scale: "one billion pounds", "a million pounds", not "half a million pounds" as a million', () => {
    expect(found('we will invest one billion pounds in it')).toEqual([{ text: 'one billion pounds', value: 1e9, max: undefined, per: undefined }]);
    expect(found('nearly a million pounds a year')).toEqual([{ text: 'a million pounds', value: 1e6, max: undefined, per: 'year' }]);
    expect(found('half a million pounds').map((m) => m.value)).not.toContain(1e6);
  });
});

describe('findMoney: not amounts', () => {
  it('skips the precision in "rounded to nearest £100m" (answer 1740169) but keeps the figures it describes', () => {
    const text = 'DSIT £ 12,500m* *rounded to nearest £100m **rounded to the nearest £10m';
    expect(findMoney(text).map((m) => text.slice(m.start, m.end))).toEqual(['£ 12,500m']);
  });
});

describe('findMoney patterns', () => {
  // [text, the figure's exact slice, value, extra fields expected on the mention]
  const cases: [string, string, number | null, Partial<MoneyMention>?][] = [
    ['We announced a £40m package', '£40m', 40_000_000],
    ['a further £2.6 million to collaborate', '£2.6 million', 2_600_000],
    ['made £250,000 available', '£250,000', 250_000],
    ['spent £1.2bn on it', '£1.2bn', 1_200_000_000],
    ['spent £1.2 billion on it', '£1.2 billion', 1_200_000_000],
    ['£1.5bn was set aside', '£1.5bn', 1_500_000_000],
    ['a grant of £3k each', '£3k', 3_000],
    ['costs of £5–10 million', '£5–10 million', 5_000_000, { valueMax: 10_000_000 }],
    ['costs of £5-£10 million', '£5-£10 million', 5_000_000, { valueMax: 10_000_000 }],
    ['between £5 million and £10 million of sales', '£5 million and £10 million', 5_000_000, { valueMax: 10_000_000 }],
    ['Between £1.6 million and £1.9 million', '£1.6 million and £1.9 million', 1_600_000, { valueMax: 1_900_000 }],
    ['an estimated £2.5bn-£3bn', '£2.5bn-£3bn', 2_500_000_000, { valueMax: 3_000_000_000 }],
    ['(B) £51-£100 million', '£51-£100 million', 51_000_000, { valueMax: 100_000_000 }],
    ['from £500-£1 million', '£500-£1 million', 500, { valueMax: 1_000_000 }],
    ['a 50p charge', '50p', 0.5],
    ['a 2.5p cut', '2.5p', 0.025],
    ['costs 50 pence a day', '50 pence', 0.5, { per: 'day' }],
    ['pledged $3 billion', '$3 billion', 3_000_000_000, { currency: 'USD' }],
    ['pledged US$3 billion', 'US$3 billion', 3_000_000_000, { currency: 'USD' }],
    ['gave €10m', '€10m', 10_000_000, { currency: 'EUR' }],
    ['a £40 million pounds package', '£40 million pounds', 40_000_000],
    ['some 40 million pounds of funding', '40 million pounds', 40_000_000],
    ['about 2 million euros', '2 million euros', 2_000_000, { currency: 'EUR' }],
    ['3 billion US dollars', '3 billion US dollars', 3_000_000_000, { currency: 'USD' }],
    ['a 40 million pound contract', '40 million pound', 40_000_000],
    ['investing millions of pounds to', 'millions of pounds', null],
    ['hundreds of thousands of pounds were lost', 'hundreds of thousands of pounds', null],
    ['billions of pounds', 'billions of pounds', null],
    ['a multi-million pound deal', 'multi-million pound', null],
    ['up to £30,000.', '£30,000', 30_000],
    ['over £4 billion of investment', '£4 billion', 4_000_000_000],
    ['an extra £21 million over the following 18 months', '£21 million', 21_000_000],
    ['£17 billion a year', '£17 billion', 17_000_000_000, { per: 'year' }],
    ['£186 million per year from 2024/25', '£186 million', 186_000_000, { per: 'year' }],
    ['£40,000 per annum', '£40,000', 40_000, { per: 'year' }],
    ['£8 billion each year', '£8 billion', 8_000_000_000, { per: 'year' }],
    ['£8 billion every year', '£8 billion', 8_000_000_000, { per: 'year' }],
    ['£100 a month', '£100', 100, { per: 'month' }],
    ['£20 per week', '£20', 20, { per: 'week' }],
    ['£480 per eligible pupil per year', '£480', 480, { per: 'pupil' }],
    ['£5 per head', '£5', 5, { per: 'person' }],
    ['£5 per person', '£5', 5, { per: 'person' }],
    ['£900 per household', '£900', 900, { per: 'household' }],
    ['£11.44 per hour', '£11.44', 11.44, { per: 'hour' }],
    ['£480 annually', '£480', 480, { per: 'year' }],
    ['fees of £ 40 million', '£ 40 million', 40_000_000],
    ['fees of £40million', '£40million', 40_000_000],
    ['fees of £40 mn', '£40 mn', 40_000_000],
    ['fees of £40\u00a0million', '£40\u00a0million', 40_000_000],
    ['£1.5 trillion of debt', '£1.5 trillion', 1_500_000_000_000],
    ['£1,108.04 for two', '£1,108.04', 1_108.04],
    ['£4,156,379.80 to date', '£4,156,379.80', 4_156_379.8],
    ['cost £0.036 million each', '£0.036 million', 36_000],
    ['cost £894m million in', '£894m', 894_000_000],
    ['£2.01bn exactly', '£2.01bn', 2_010_000_000],
    ['£1.001 million exactly', '£1.001 million', 1_001_000],
  ];

  it.each(cases)('%s', (text, slice, value, extra = {}) => {
    const mentions = found(text);
    expect(mentions).toHaveLength(1);
    const [m] = mentions;
    expect(m?.slice).toBe(slice);
    expect(m?.value).toBe(value);
    expect(m?.valueMax).toBe(extra.valueMax);
    expect(m?.currency).toBe(extra.currency ?? 'GBP');
    expect(m?.per).toBe(extra.per);
  });

  it('keeps figures apart and in order', () => {
    const text = '£30 million and £1 billion; £5 million, £10 million';
    expect(found(text).map((m) => m.slice)).toEqual(['£30 million', '£1 billion', '£5 million', '£10 million']);
  });
});

describe('findMoney ignores what is not money', () => {
  const negatives = [
    'In 2019 the figure rose.',
    'in 2023-24 and 2024/25',
    'up by 40% on last year',
    'Question 12345 on Schools',
    'the Answer of 12 December 2023 to Question 5708',
    '40 million people are affected',
    '5.5 million people are displaced',
    'on 3 September 2019',
    '1,379 1,444 1,533',
    'Category\n£million\nFinance Consultancy\n0.1\n0.2',
    'Amount recoverable from the provider (£)\nGarth\n4,998',
    'additional funding (£000)\n3,728\n470',
    'the £ sign alone',
    '£',
    'in 1080p video',
    'at 3pm',
    'European funding for neurology',
    'a compound interest',
    'costs in 2023 pounds',
  ];
  it.each(negatives)('%j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('findMoney on our own records’ answers', () => {
  const own = JSON.parse(readFileSync(new URL('../fixtures/api/constructed-questions.json', import.meta.url), 'utf8')) as { id: number; answerText: string | null }[];
  const slicesIn = (id: number) => {
    const text = htmlToText(own.find((q) => q.id === id)?.answerText ?? '');
    return found(text).map(({ slice, value, per }) => ({ slice, value, per }));
  };

  it('reads the sentence figure under a table, not the bare numbers under its "(£ million)" header', () => {
    expect(slicesIn(9990001)).toEqual([{ slice: '£3 million', value: 3_000_000, per: undefined }]);
  });

  it('reads a yearly rate, two sums in one sentence, and nothing in a holding answer', () => {
    // The span is the figure; "a year" is its rate.
    expect(slicesIn(9990002)).toEqual([{ slice: '£8 million', value: 8_000_000, per: 'year' }]);
    expect(slicesIn(9990006)).toEqual([
      { slice: '£45 million', value: 45_000_000, per: undefined },
      { slice: '£5 million', value: 5_000_000, per: undefined },
    ]);
    expect(slicesIn(9990004)).toEqual([]);
  });
});

// The hand labels were made on the Dec 2023 answers (test/fixtures/money-labels/README.md).
describeWithShared('findMoney against hand labels (Dec 2023)', () => {
  it('has precision ≥ 0.97 and recall ≥ 0.95', () => {
    const rows = new Map(readCorpus('2023-12').map((row) => [row.id, row]));
    const labels = JSON.parse(readFileSync(LABELS_URL, 'utf8')) as Labels;
    let truePositives = 0;
    let foundCount = 0;
    let labelCount = 0;
    let ratesAgree = 0;
    const misses: string[] = [];
    for (const answer of labels.answers) {
      const text = htmlToText(rows.get(answer.id)?.answer_text ?? '');
      const wanted = locateLabels(text, answer.id, answer.mentions);
      const mentions = findMoney(text);
      foundCount += mentions.length;
      labelCount += wanted.size;
      for (const m of mentions) {
        const label = wanted.get(`${m.start}:${m.end}`);
        if (label && sameFigure(m, label)) {
          truePositives++;
          if (label.per === m.per) ratesAgree++;
          wanted.delete(`${m.start}:${m.end}`);
        } else misses.push(`extra in ${answer.id}: ${JSON.stringify(text.slice(m.start, m.end))}`);
      }
      for (const label of wanted.values()) misses.push(`missed in ${answer.id}: ${JSON.stringify(label)}`);
    }
    const precision = truePositives / foundCount;
    const recall = truePositives / labelCount;
    console.log(
      `money labels: ${labels.answers.length} answers, ${labelCount} labelled, ${foundCount} found, ` +
        `${truePositives} right; precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)}; ` +
        `rate (per) agrees on ${ratesAgree}/${truePositives}` +
        (misses.length ? `\n${misses.join('\n')}` : ''),
    );
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});

/** Each label is the next occurrence of its text after the previous label, keyed "start:end". */
function locateLabels(text: string, id: number, mentions: LabelledMention[]): Map<string, LabelledMention> {
  const located = new Map<string, LabelledMention>();
  let from = 0;
  for (const label of mentions) {
    const start = text.indexOf(label.text, from);
    if (start < 0) throw new Error(`label ${JSON.stringify(label.text)} not found in answer ${id}`);
    located.set(`${start}:${start + label.text.length}`, label);
    from = start + label.text.length;
  }
  return located;
}

function sameFigure(m: MoneyMention, label: LabelledMention): boolean {
  return m.value === label.value && m.valueMax === label.valueMax && m.currency === label.currency;
}

describeWithShared('findMoney over the whole corpus (all three months)', () => {
  it('never throws and yields well-formed mentions', () => {
    const perMonth: Record<string, number> = {};
    for (const month of CORPUS_MONTHS) {
      let mentions = 0;
      const texts = readCorpus(month).flatMap((row) => [row.question_text ?? '', htmlToText(row.answer_text ?? '')]);
      for (const text of texts) {
        let lastEnd = 0;
        for (const m of findMoney(text)) {
          const slice = text.slice(m.start, m.end);
          expect(m.start).toBeGreaterThanOrEqual(lastEnd);
          expect(m.start).toBeLessThan(m.end);
          expect(slice).toMatch(/\d|pound|pence|euro|dollar/i);
          expect(slice).not.toMatch(/^\d{4}$/);
          expect(m.value === null || Number.isFinite(m.value)).toBe(true);
          expect(m.valueMax === undefined || Number.isFinite(m.valueMax)).toBe(true);
          lastEnd = m.end;
          mentions++;
        }
      }
      perMonth[month] = mentions;
    }
    console.log(`money mentions in the corpus full texts: ${JSON.stringify(perMonth)}`);
    // 381, 319 and 273 when this was written: each month has enough figures for the checks to bite.
    for (const month of CORPUS_MONTHS) expect(perMonth[month], month).toBeGreaterThan(250);
  });
});

describe('findMoney on hostile input', () => {
  // Speed is measured by `npm run bench` (budget 200 MB/s), not asserted here: a wall-clock
  // threshold fails on a loaded machine. What a test can pin is the absence of catastrophic
  // backtracking: adversarial 100,000-character inputs finish well inside the test timeout.
  it('stays linear on adversarial input (long digit runs, repeated signs and scale words)', () => {
    const inputs = [
      '£' + '1,'.repeat(50_000),
      '£1'.repeat(50_000),
      ('million ' + '£ ').repeat(10_000),
      '9'.repeat(100_000) + ' million pounds',
      ('£5–' ).repeat(25_000) + '10 million',
    ];
    for (const text of inputs) expect(Array.isArray(findMoney(text))).toBe(true);
  }, 5_000);
});
