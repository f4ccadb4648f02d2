// @vitest-environment happy-dom
// Answer tables in the ledger (issue 14), through the content script's own pipeline (text map,
// table grids, figures, ledger) on answers parsed as a browser would. The small answers below are
// cut down from real corpus answers (ids given), keeping their markup exactly: TWFY/the API send
// tables as <table><tbody><tr><td><p>…</p></td>…, header rows in <td> too. The corpus part
// checks the ledger's total against the totals the answers state, over every table answer in
// ../shared/corpus, by a separate reading of the raw HTML (regexes, not the DOM).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureSteps } from '../../src/content/figures';
import { runToEnd } from '../../src/content/slices';
import type { LedgerView } from '../../src/sidebar/model';
import { sharedPath } from '../../scripts/lib/shared-dir.js';
import { CORPUS_MONTHS } from '../../scripts/fixture-apis/sources.js';
import { describeWithShared } from '../support/shared';

function ledgerOf(html: string): LedgerView {
  const doc = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html');
  const answer = doc.body.firstElementChild as HTMLElement;
  document.body.replaceChildren(answer);
  return runToEnd(figureSteps(answer, '2023-12-15', 'test')).ledger;
}

const row = (cells: string[]) => `<tr>${cells.map((c) => `<td><p>${c}</p></td>`).join('')}</tr>`;
const table = (rows: string[][]) => `<table><tbody>${rows.map(row).join('')}</tbody></table>`;

describe('tables in the ledger', () => {
  it('counts a Total row instead of the rows it adds up (Royal Navy table of answer 1675979)', () => {
    const ledger = ledgerOf(
      '<p><strong>Royal Navy</strong></p><p> </p>' +
        table([
          ['<strong>Media Type</strong>', '<strong>FY 2022-23</strong>', '<strong>FY 2023-24</strong>'],
          ['TV', '£6,467,976', '£5,473,832'],
          ['Social Media', '£1,681,500', '£2,123,283'],
          ['Press', '£34,417', 'N/A'],
          ['<strong>Total</strong>', '<strong>£8,183,893</strong>', '<strong>£7,597,115</strong>'],
        ]),
    );
    expect(ledger.figures.map((f) => f.role)).toEqual(['part', 'part', 'part', 'part', 'part', 'total', 'total']);
    expect(ledger.totalValue).toBe(8183893 + 7597115);
    expect(ledger.figures[0]!.table).toEqual({ index: 0, caption: 'Royal Navy', row: 'TV', column: 'FY 2022-23', unitFrom: null });
    expect(ledger.figures[6]!.table).toMatchObject({ row: 'Total', column: 'FY 2023-24' });
    expect(ledger.mismatches).toEqual([]);
    expect(ledger.totalNotes).toContain("2 table totals counted in place of the 5 cells they add up");
  });

  it('counts a "Total Paid" column instead of the columns it adds up (answer 1677542)', () => {
    const ledger = ledgerOf(
      table([
        ['Year of Closure', 'Damages Paid', 'NHS Legal Costs Paid', 'Claimant Legal Costs Paid', 'Total Paid'],
        ['2018/19', '£605,688,009', '£25,560,735', '£78,394,471', '£709,643,216'],
        ['2019/20', '£495,458,879', '£22,536,708', '£72,295,468', '£590,291,055'],
      ]),
    );
    expect(ledger.totalValue).toBe(709643216 + 590291055);
    expect(ledger.figures.filter((f) => f.role === 'total').map((f) => f.table!.row)).toEqual(['2018/19', '2019/20']);
  });

  it('reads bare numbers under a "(£000)" header as thousands of pounds, and leaves counts alone (answer 1675246)', () => {
    const ledger = ledgerOf(
      '<p>Local Authority allocations:</p>' +
        table([
          ['Local authority', 'Roads (number)', '2023-24 – additional funding (£000)'],
          ['Bedford', '12', '470'],
          ['Blackpool', '9', '191'],
          ['Total', '21', '661'],
        ]),
    );
    expect(ledger.figures.map((f) => f.value)).toEqual([470000, 191000, 661000]);
    expect(ledger.figures.map((f) => f.table!.unitFrom)).toEqual(['£000', '£000', '£000']);
    expect(ledger.figures[0]!.table).toMatchObject({ caption: 'Local Authority allocations', row: 'Bedford' });
    expect(ledger.totalValue).toBe(661000);
  });

  it('finds a total row no label names, by its sums (the Royal Navy table with its Total label left blank)', () => {
    const ledger = ledgerOf(
      table([
        ['<strong>Media Type</strong>', '<strong>FY 2022-23</strong>', '<strong>FY 2023-24</strong>'],
        ['TV', '£6,467,976', '£5,473,832'],
        ['Social Media', '£1,681,500', '£2,123,283'],
        ['Press', '£34,417', 'N/A'],
        ['', '<strong>£8,183,893</strong>', '<strong>£7,597,115</strong>'],
      ]),
    );
    expect(ledger.figures.map((f) => f.role)).toEqual(['part', 'part', 'part', 'part', 'part', 'total', 'total']);
    expect(ledger.totalValue).toBe(8183893 + 7597115);
  });

  it('does not take a last row for a total on one sum alone (£10m, £20m, £30m by year are three sums)', () => {
    const ledger = ledgerOf(table([['Year', 'Funding'], ['2021-22', '£10m'], ['2022-23', '£20m'], ['2023-24', '£30m']]));
    expect(ledger.figures.map((f) => f.role)).toEqual([null, null, null]);
    expect(ledger.totalValue).toBe(60e6);
    // A total over three parts is found even in one column; a last column too.
    expect(ledgerOf(table([['Region', '£m'], ['North', '1.2'], ['South', '2.3'], ['East', '0.5'], ['', '4.0']])).totalValue).toBe(4e6);
    expect(ledgerOf(table([['Year', 'Capital', 'Resource', 'All'], ['2022-23', '£3m', '£2m', '£5m'], ['2023-24', '£4m', '£1m', '£5m']])).totalValue).toBe(10e6);
  });

  it('tells the reader when a stated total is not the sum of its parts', () => {
    const ledger = ledgerOf(table([['Category', '£million'], ['Strategy', '11.047'], ['Technical', '1.601'], ['Finance', '0.235'], ['Total', '13.000']]));
    expect(ledger.mismatches).toEqual(['Table 1, column “£million”: the total says £13,000,000, its parts add to £12,883,000']);
    // Rounded parts are allowed their rounding: 0.2 + 0.3 + 0.4 = 0.9 ≈ 1.0 is not.
    expect(ledgerOf(table([['', '£m'], ['A', '0.2'], ['B', '0.3'], ['C', '0.5'], ['Total', '1.0']])).mismatches).toEqual([]);
  });

  it('counts a restated sum once and an instalment "of the" sum inside it (answer 1675246\'s prose)', () => {
    const ledger = ledgerOf(
      '<p>Across England, local highway authorities are receiving an additional £150 million this financial year as the first instalment of the £8.3 billion roads resurfacing fund through Network North.</p>' +
        '<p>This is in addition to the £915 million baseline funding for 2023/24.</p>' +
        '<p>Further details of how the rest of the £8.3 billion will be allocated will be announced in due course.</p>',
    );
    expect(ledger.figures.map((f) => [f.text, f.role, f.partOf ?? f.repeatOf])).toEqual([
      ['£150 million', 'part', 1],
      ['£8.3 billion', null, null],
      ['£915 million', null, null],
      ['£8.3 billion', 'repeat', 1],
    ]);
    expect(ledger.totalValue).toBe(8.3e9 + 915e6);
    expect(ledger.totalNotes).toContain('1 sum the text restates counted once');
  });

  it('counts a table total once when the words already give it, and splits the total by period (answer 1675246, cut down)', () => {
    const header = ['Local authority', 'Current baseline allocation per year (HMB + Pothole Fund) (£000)', '2023-24 – additional funding (£000)', '2024-25 – additional funding (£000)'];
    const ledger = ledgerOf(
      '<p>Across England, local highway authorities are receiving an additional £150 million this financial year as the first instalment of the £8.3 billion roads resurfacing fund through Network North.</p>' +
        '<p>All eligible highway authorities in England will receive a further uplift from the additional £150 million that is also being provided in 2024/2025.</p>' +
        '<p>Local Authority allocations:</p>' +
        table([header, ['Bedford', '3,728', '470', '470'], ['York, City of', '2,835', '360', '360'], ['Total', '6,563', '127,249', '127,249']]) +
        '<p>Combined local authority allocations</p>' +
        table([['Combined authority (CA)', ...header.slice(1)], ['Cambridgeshire and Peterborough CA', '23,062', '2,909', '2,909'], ['West Midlands CA', 'CRSTS', '19,841', '19,841'], ['CA total', 'Most receive funding via CRSTS', '22,750', '22,750']]),
    );
    const totals = ledger.figures.filter((f) => f.table && f.table.row.endsWith('otal') && f.per === null);
    // Each additional-funding column's totals (127,249 + 22,750 thousand) restate one £150 million: the first column the first.
    expect(totals.map((f) => [f.table!.column.slice(0, 7), f.role, f.repeatOf])).toEqual([
      ['2023-24', 'repeat', 0],
      ['2024-25', 'repeat', 2],
      ['2023-24', 'repeat', 0],
      ['2024-25', 'repeat', 2],
    ]);
    expect(ledger.totalValue).toBe(8.3e9 + 150e6);
    expect(ledger.totalNotes).toContain('4 table totals that the text already gives counted once');
    // One named period (the second £150 million's 2024/2025) and the fund's none: nothing to split.
    expect(ledger.totalNotes.some((n) => n.startsWith('adds '))).toBe(false);
  });

  it('splits a total over financial years by year (answer 1675979\'s Royal Navy table)', () => {
    const ledger = ledgerOf(
      table([
        ['Media Type', 'FY 2022-23', 'FY 2023-24'],
        ['TV', '£6,467,976', '£5,473,832'],
        ['Social Media', '£1,681,500', '£2,123,283'],
        ['Press', '£34,417', 'N/A'],
        ['Total', '£8,183,893', '£7,597,115'],
      ]),
    );
    expect(ledger.totalNotes).toContain('adds 2 periods: 2022-23 £8.184 million, 2023-24 £7.597 million');
  });

  it('keeps equal sums for different things apart when nothing points back', () => {
    const ledger = ledgerOf('<p>£5 million goes to Wales and £5 million to Scotland.</p>');
    expect(ledger.figures.map((f) => f.role)).toEqual([null, null]);
    expect(ledger.totalValue).toBe(10e6);
  });

  it('marks a rate column as rates, not sums to add (answer 1677277)', () => {
    const ledger = ledgerOf('<p>The yearly fixed fee was £11.38m.</p>' + table([['Description', '2023-24 Rate'], ['Senior Lawyer (Grade 6)', '£132'], ['Lawyer (Grade 7)', '£114']]));
    expect(ledger.figures.map((f) => f.per)).toEqual([null, 'per item', 'per item']);
    expect(ledger.totalValue).toBe(11.38e6);
  });
});

/**
 * The totals an answer states, read from its raw HTML: the cells of rows labelled Total, else of
 * a column headed Total (beside at least two other value columns). "£1,234" cells, or bare
 * numbers under a header naming the unit ("£000", "£million", "£m").
 */
function statedTotals(html: string): { sum: number; tables: number; withTotals: number } {
  let sum = 0;
  let withTotals = 0;
  const tables = html.match(/<table[\s\S]*?<\/table>/g) ?? [];
  for (const t of tables) {
    const rows = (t.match(/<tr[\s\S]*?<\/tr>/g) ?? []).map((r) => (r.match(/<t[dh][\s\S]*?<\/t[dh]>/g) ?? []).map((c) => c.replace(/<[^>]+>/g, '').replace(/&nbsp;|\s+/g, ' ').trim()));
    const header = rows[0] ?? [];
    const scale = (col: number) => {
      const m = /£\s?(000|million|m|bn)\b/i.exec(header[col] ?? '');
      return m ? ({ '000': 1e3, million: 1e6, m: 1e6, bn: 1e9 } as Record<string, number>)[m[1]!.toLowerCase()]! : null;
    };
    const pounds = (c: string, col: number) => {
      if (/^£\s?[\d,]+(\.\d+)?$/.test(c)) return Number(c.replace(/[£,\s]/g, ''));
      const s = scale(col);
      return s !== null && /^[\d,]+(\.\d+)?$/.test(c) ? Math.round(Number(c.replace(/,/g, '')) * s) : null;
    };
    const totalRows = rows.filter((r, i) => i > 0 && /^total$/i.test(r[0] ?? ''));
    const totalColumn = header.findIndex((h, i) => i > 0 && /^total/i.test(h));
    const cells: [string, number][] = totalRows.length
      ? totalRows.flatMap((r) => r.slice(1).map((c, i): [string, number] => [c, i + 1]))
      : totalColumn > 0 && header.length > 3 && rows.length > 3 ? rows.slice(1).map((r): [string, number] => [r[totalColumn] ?? '', totalColumn]) : [];
    const values = cells.map(([c, col]) => pounds(c, col)).filter((v): v is number => v !== null);
    if (values.length) withTotals++;
    sum += values.reduce((a, v) => a + v, 0);
  }
  return { sum, tables: tables.length, withTotals };
}

describeWithShared('the corpus: ledger totals against the answers\' own totals', () => {
  it('equal the stated totals on every answer whose money is all in tables that state totals', () => {
    const checked: number[] = [];
    const differ: string[] = [];
    for (const month of CORPUS_MONTHS) {
      for (const line of readFileSync(sharedPath(`corpus/questions-full-text-${month}.jsonl`), 'utf8').split('\n')) {
        if (!line.includes('<table')) continue;
        const row = JSON.parse(line) as { id: number; answer_text: string | null };
        const html = row.answer_text ?? '';
        const stated = statedTotals(html);
        const prose = html.replace(/<table[\s\S]*?<\/table>/g, '');
        // Only answers where every table states £ totals and the prose adds no money of its own.
        if (stated.withTotals === 0 || stated.withTotals < stated.tables || /£\s?\d|\d\s?(?:pounds|million|billion)/.test(prose.replace(/<[^>]+>/g, ''))) continue;
        if (stated.sum === 0) continue;
        checked.push(row.id);
        const ledger = ledgerOf(html);
        if (ledger.totalValue !== stated.sum) differ.push(`${row.id}: ledger ${ledger.totalValue}, stated ${stated.sum}`);
      }
    }
    console.log(`ledger totals checked against stated table totals: ${checked.length} answers (${checked.join(', ')}); ${differ.length} differ`);
    expect(differ).toEqual([]);
    expect(checked).toEqual(expect.arrayContaining([1675979, 1677542]));
  });

  it('Armed Forces recruitment (1675979): £56.8 million, the three tables\' totals, not £113.5 million', () => {
    const line = readFileSync(sharedPath('corpus/questions-full-text-2023-12.jsonl'), 'utf8').split('\n').find((l) => l.startsWith('{"id": 1675979,'))!;
    const ledger = ledgerOf((JSON.parse(line) as { answer_text: string }).answer_text);
    expect(ledger.totalDisplay).toBe('£56.759 million');
    expect(ledger.figures.filter((f) => f.role === 'total').map((f) => f.table!.caption)).toEqual(['Royal Navy', 'Royal Navy', 'Army', 'Army', 'Royal Air Force', 'Royal Air Force']);
  });

  it('roads maintenance (1675246): the additional-funding columns restate the two £150 millions, and the total is split by period', () => {
    const line = readFileSync(sharedPath('corpus/questions-full-text-2023-12.jsonl'), 'utf8').split('\n').find((l) => l.startsWith('{"id": 1675246,'))!;
    const ledger = ledgerOf((JSON.parse(line) as { answer_text: string }).answer_text);
    const additional = ledger.figures.filter((f) => f.table && /total$/i.test(f.table.row) && /additional funding/.test(f.table.column));
    expect(additional.map((f) => [f.text, f.role, ledger.figures[f.repeatOf!]!.text])).toEqual([
      ['127,249', 'repeat', '£150 million'],
      ['127,249', 'repeat', '£150 million'],
      ['22,750', 'repeat', '£150 million'],
      ['22,750', 'repeat', '£150 million'],
    ]);
    expect(new Set(additional.map((f) => f.repeatOf)).size).toBe(2);
    expect(ledger.totalNotes).toContain('adds 3 periods: 2023-24 £1.115 billion, 2023-24 to 2033-34 £7.055 billion, 2024-25 £150 million, no period named £8.3 billion');
  });
});
