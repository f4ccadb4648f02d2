// The seed page's ledger end to end, in the production build in real Chromium and Firefox: the
// yearly rate, today's money with its method, the per-figure index switch, and the totals.
import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { readSidebar } from '../../scripts/lib/read-sidebar.js';
import { SEED_URL } from './support/extension';
import { useDemoBrowser } from './support/demo-browser';
import { hasShared } from '../../scripts/lib/shared-dir.js';

/** Corpus answers with tables (Dec 2023): Armed Forces recruitment, three tables with Total rows; roads, a "(£000)" table. */
const ARMED_FORCES_URL = 'https://www.theyworkforyou.com/wrans/?id=2023-12-06.5492.h';
const ROADS_URL = 'https://www.theyworkforyou.com/wrans/?id=2023-12-04.5008.h';

interface Item {
  text: string;
  value: string | null;
  yearly: string | null;
  today: string | null;
  index: string | null;
  partOf: string | null;
}

/** The ledger items as the public contract exposes them (DESIGN.md §9 plus the derived attributes). */
function ledgerItems(page: Page): Promise<Item[]> {
  return page.evaluate(() =>
    Array.from(document.querySelector('parliament-lens')!.shadowRoot!.querySelectorAll<HTMLElement>('[data-section="figures"] li[data-figure]')).map((li) => ({
      text: li.textContent ?? '',
      value: li.getAttribute('data-value'),
      yearly: li.getAttribute('data-yearly-value'),
      today: li.getAttribute('data-today-value'),
      index: li.getAttribute('data-price-index'),
      partOf: li.getAttribute('data-part-of'),
    })),
  );
}

describe.each(['chromium', 'firefox'] as const)('%s: the seed page ledger', (browserName) => {
  const demo = useDemoBrowser(browserName);
  const { errors } = demo;

  async function open(): Promise<Page> {
    const page = await demo.browser.newPage();
    page.on('pageerror', (err) => errors.push(String(err)));
    await page.goto(SEED_URL, { waitUntil: 'load' });
    await readSidebar(page);
    return page;
  }

  it('shows £21 million over the following 18 months as £14 million a year, and each figure in 2024 prices', async () => {
    const page = await open();
    const items = await ledgerItems(page);
    expect(items.map((i) => i.value)).toEqual([null, '40000000', '21000000', '2600000', '250000']);
    expect(items.map((i) => i.yearly)).toEqual([null, null, '14000000', null, null]);
    // GDP deflator, calendar years, 2019 = 81.1085 → 2024 = 100, to 3 significant figures:
    // 40m × 100 ÷ 81.1085 = 49.32m; 21m → 25.89m; 2.6m → 3.206m; 250,000 → 308,229.
    expect(items.map((i) => i.today)).toEqual([null, '49300000', '25900000', '3210000', '308000']);
    expect(items.map((i) => i.index)).toEqual([null, 'gdp', 'gdp', 'gdp', 'gdp']);
    expect(items.map((i) => i.partOf)).toEqual([null, null, null, null, null]);
    const twentyOne = items[2]!.text;
    expect(twentyOne).toContain('over the following 18 months: £14 million a year');
    expect(twentyOne).toContain('Today: £25.9 million in 2024 prices');
    expect(twentyOne).toContain('£21 million ÷ 1.5 years');
    expect(twentyOne).toContain('£21 million × 100 (2024) ÷ 81.1085 (2019) = £25.891 million');
    expect(twentyOne).toContain('December 2025 (Quarterly National Accounts) vintage');
    const section = (await readSidebar(page)).sectionText.figures;
    expect(section).toContain('Total£63.85 million');
    expect(section).toContain('Open Government Licence v3.0');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches one figure to CPI and back, leaving the others alone', async () => {
    const page = await open();
    const clickSwitch = () =>
      page.evaluate(() => {
        const root = document.querySelector('parliament-lens')!.shadowRoot!;
        root.querySelector<HTMLButtonElement>('li[data-figure="2"] button.switch')!.click();
      });
    await clickSwitch();
    await page.waitForFunction(() =>
      document.querySelector('parliament-lens')?.shadowRoot?.querySelector('li[data-figure="2"]')?.getAttribute('data-price-index') === 'cpi',
    );
    const items = await ledgerItems(page);
    // CPI annual: 2019 = 107.8, 2025 = 138.4: 21m × 138.4 ÷ 107.8 = 26.96m → £27 million
    expect(items[2]).toMatchObject({ index: 'cpi', today: '27000000' });
    expect(items[2]!.text).toContain('£27 million in 2025 prices');
    expect(items[1]).toMatchObject({ index: 'gdp', today: '49300000' });
    await clickSwitch();
    await page.waitForFunction(() =>
      document.querySelector('parliament-lens')?.shadowRoot?.querySelector('li[data-figure="2"]')?.getAttribute('data-price-index') === 'gdp',
    );
    await page.close();
  });

  it('explains today\'s money on the highlighted figure, with the series and licence', async () => {
    const page = await open();
    const tip = await page.evaluate(() => {
      const mark = Array.from(document.querySelectorAll<HTMLElement>('mark[data-lens-figure]')).find((m) => m.textContent === '£40m');
      mark?.focus();
      return document.querySelector('parliament-lens')?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]')?.textContent ?? '';
    });
    expect(tip).toContain("Today's money (GDP deflator): £49.3 million in 2024 prices");
    expect(tip).toContain('£40 million × 100 (2024) ÷ 81.1085 (2019) = £49.317 million');
    expect(tip).toContain('Open Government Licence v3.0');
    await page.close();
  });
});

describe.each(['chromium', 'firefox'] as const)('%s: answers with tables', (browserName) => {
  const demo = useDemoBrowser(browserName);
  const { errors } = demo;

  async function open(url: string): Promise<Page> {
    const page = await demo.browser.newPage();
    page.on('pageerror', (err) => errors.push(String(err)));
    await page.goto(url, { waitUntil: 'load' });
    await readSidebar(page);
    return page;
  }

  it.skipIf(!hasShared())('counts each table\'s Total row once, names the cells, and folds the rows (needs ../shared\'s corpus)', async () => {
    const page = await open(ARMED_FORCES_URL);
    const seen = await page.evaluate(() => {
      const root = document.querySelector('parliament-lens')!.shadowRoot!;
      const total = root.querySelector<HTMLElement>('[data-ledger-total]');
      const totals = Array.from(root.querySelectorAll<HTMLElement>('li[data-figure][data-role="total"]'));
      return {
        total: total?.getAttribute('data-value'),
        totalText: total?.textContent,
        totals: totals.map((li) => [li.getAttribute('data-table-row'), li.getAttribute('data-table-column'), li.getAttribute('data-value')]),
        folded: Array.from(root.querySelectorAll('[data-table-cells] button')).map((b) => b.textContent),
        marks: document.querySelectorAll('mark[data-lens-figure]').length,
      };
    });
    expect(seen.total).toBe('56758608');
    expect(seen.totalText).toContain('£56.759 million');
    expect(seen.totals[0]).toEqual(['Total', 'FY 2022-23', '8183893']);
    expect(seen.totals).toHaveLength(6);
    expect(seen.folded[0]).toBe('Show all 5 cells of Table 1 (Royal Navy)');
    expect(seen.marks).toBe(43);
    await page.evaluate(() => document.querySelector('parliament-lens')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-table-cells] button')!.click());
    await page.waitForFunction(() => document.querySelector('parliament-lens')!.shadowRoot!.querySelector('[data-table-cells] li[data-role="part"]'));
    const cell = await page.evaluate(() => {
      const li = document.querySelector('parliament-lens')!.shadowRoot!.querySelector<HTMLElement>('[data-table-cells] li[data-role="part"]')!;
      return [li.getAttribute('data-table-row'), li.getAttribute('data-table-column'), li.textContent];
    });
    expect(cell[0]).toBe('TV');
    expect(cell[2]).toContain('Royal Navy · TV · FY 2022-23');
    expect(errors).toEqual([]);
    await page.close();
  });

  it.skipIf(!hasShared())('reads a "(£000)" table: bare numbers highlighted with their scaled values (needs ../shared\'s corpus)', async () => {
    const page = await open(ROADS_URL);
    const seen = await page.evaluate(() => {
      const marks = Array.from(document.querySelectorAll<HTMLElement>('mark[data-lens-figure]'));
      const root = document.querySelector('parliament-lens')!.shadowRoot!;
      return {
        marks: marks.length,
        bedford: marks.find((m) => m.textContent === '3,728')?.getAttribute('aria-label') ?? marks.find((m) => m.textContent === '3,728')?.title ?? null,
        repeats: root.querySelectorAll('li[data-figure][data-role="repeat"]').length,
        total: root.querySelector('[data-ledger-total]')?.getAttribute('data-value'),
      };
    });
    expect(seen.marks).toBeGreaterThan(300);
    expect(seen.bedford).not.toBeNull();
    // "the rest of the £8.3 billion", and the four additional-funding totals restating the two £150 millions.
    expect(seen.repeats).toBe(5);
    expect(errors).toEqual([]);
    await page.close();
  });
});
