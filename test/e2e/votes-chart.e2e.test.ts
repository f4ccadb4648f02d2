// The votes chart as a reader sees it, in real Chromium and Firefox, light and dark: axe-core finds
// nothing in the votes section, the colours the browser renders pass WCAG AA (text 4.5:1, bars
// 3:1 against the panel), and the chart reads without colour (shapes and words for each side,
// every row labelled, every member named).
import { createRequire } from 'node:module';
import type { Browser, Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { distDir, SEED_URL } from './support/extension';
import { useDemoBrowser } from './support/demo-browser';
import { keepRevealing } from '../../scripts/lib/read-sidebar.js';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** Firefox takes its colour scheme from a pref (puppeteer's media emulation is Chromium's). */
const FIREFOX_DARK = { 'layout.css.prefers-color-scheme.content-override': 0 };

type Scheme = 'light' | 'dark';

interface AxeFinding { id: string; impact: string | null; nodes: number; summary: string }

async function votesReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const section = document.querySelector('parliament-lens')?.shadowRoot?.querySelector('[data-section="votes"]');
    return section?.getAttribute('data-state') === 'ready' && !section.querySelector('.policies .loading');
  }, { timeout: 30_000 });
}

/** axe-core 4.14.1 on the votes section inside our shadow root (an array of selectors steps into it). */
async function axeOnVotes(page: Page): Promise<{ violations: AxeFinding[]; passes: number }> {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string | null; nodes: { failureSummary?: string }[] }[]; passes: unknown[] }> } }).axe;
    const result = await axe.run({ include: [['parliament-lens', '[data-section="votes"]']] }, { resultTypes: ['violations'] });
    return {
      violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, summary: v.nodes[0]?.failureSummary ?? '' })),
      passes: result.passes.length,
    };
  });
}

/** The colours the browser rendered for the chart's marks and bars, and the panel behind them. */
function renderedColours(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('parliament-lens')!.shadowRoot!;
    const css = (selector: string, property: 'color' | 'backgroundColor' | 'borderTopColor') => {
      const el = root.querySelector(selector);
      return el ? getComputedStyle(el)[property] : null;
    };
    return {
      panel: css('.panel', 'backgroundColor'),
      ayeText: css('[data-votes-chart] .side-aye', 'color'),
      noText: css('[data-votes-chart] .side-no', 'color') ?? css('[data-votes-chart] .swatch.noes', 'borderTopColor'),
      ayeBar: css('[data-votes-chart] .tally-bar .ayes', 'backgroundColor'),
      noBar: css('[data-votes-chart] .tally-bar .noes', 'borderTopColor'),
    };
  });
}

function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, bl] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((c) => c / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** What the chart says with the colours taken away: the words and the shapes of each row. */
function chartWithoutColour(page: Page) {
  return page.evaluate(() => {
    const chart = document.querySelector('parliament-lens')!.shadowRoot!.querySelector('[data-votes-chart]')!;
    return {
      heading: chart.querySelector('[data-chart-heading]')?.textContent ?? '',
      members: Array.from(chart.querySelectorAll('thead th.member')).map((th) => th.firstChild?.textContent ?? ''),
      rows: Array.from(chart.querySelectorAll('tbody tr')).map((tr) => ({
        label: tr.querySelector('[data-chart-label]')?.textContent ?? '',
        date: tr.querySelector('.division-date')?.textContent ?? '',
        tally: tr.querySelector('.tally')?.textContent ?? '',
        sides: Array.from(tr.querySelectorAll('[data-chart-vote]')).map((v) => `${v.querySelector('path')?.getAttribute('d')}|${v.textContent}`),
      })),
      smallestFontPx: Math.min(...Array.from(chart.querySelectorAll('span, th')).filter((el) => el.textContent?.trim()).map((el) => parseFloat(getComputedStyle(el).fontSize))),
      listSides: Array.from(document.querySelector('parliament-lens')!.shadowRoot!.querySelectorAll('[data-vote]')).map((v) => v.getAttribute('data-vote')),
    };
  });
}

const SHAPES: Record<string, string> = { Aye: 'M2 7.5 5.5 11 12 3.5', No: 'M3 3l8 8M11 3l-8 8', 'did not vote': 'M3 7h8' };
const LIST_SIDE: Record<string, string> = { Aye: 'aye', No: 'no', 'did not vote': 'absent' };

describe.each(['chromium', 'firefox'] as const)('%s: the votes chart reads, light and dark', (browserName) => {
  const demo = useDemoBrowser(browserName);

  async function openSeed(scheme: Scheme): Promise<{ page: Page; browser: Browser }> {
    let browser = demo.browser;
    if (scheme === 'dark' && browserName === 'firefox') {
      browser = await demo.env.openFirefox(distDir('firefox'), { extraPrefs: FIREFOX_DARK });
    }
    const page = await browser.newPage();
    if (browserName === 'chromium') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.goto(SEED_URL, { waitUntil: 'load' });
    await keepRevealing(page);
    await votesReady(page);
    const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
    expect(dark).toBe(scheme === 'dark');
    return { page, browser };
  }

  it.each(['light', 'dark'] as const)('%s: axe finds nothing in the votes section, and the rendered colours pass AA', async (scheme) => {
    const { page, browser } = await openSeed(scheme);
    try {
      const axe = await axeOnVotes(page);
      expect(axe.violations).toEqual([]);
      const c = await renderedColours(page);
      for (const value of Object.values(c)) expect(value).toMatch(/^rgb/);
      expect(contrast(c.ayeText!, c.panel!)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c.noText!, c.panel!)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c.ayeBar!, c.panel!)).toBeGreaterThanOrEqual(3);
      expect(contrast(c.noBar!, c.panel!)).toBeGreaterThanOrEqual(3);
    } finally {
      await page.close();
      if (browser !== demo.browser) await browser.close();
    }
  });

  it('reads without colour: each row labelled and dated, members named, each side a shape and a word matching the list', async () => {
    const { page } = await openSeed('light');
    const chart = await chartWithoutColour(page);
    expect(chart.heading.length).toBeGreaterThan(0);
    expect(chart.members).toEqual(['Sarah Champion', 'Victoria Atkins']);
    expect(chart.rows.length).toBeGreaterThanOrEqual(3);
    const sides: string[] = [];
    for (const row of chart.rows) {
      expect(row.label.length).toBeGreaterThan(0);
      expect(row.date).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
      expect(row.tally).toMatch(/^\d+ ayes? · \d+ no(es)?$/);
      expect(row.sides).toHaveLength(2);
      for (const side of row.sides) {
        const [shape, word] = side.split('|');
        expect(SHAPES[word!]).toBe(shape);
        sides.push(LIST_SIDE[word!]!);
      }
    }
    // The chart and the list below it agree, vote for vote.
    expect(sides).toEqual(chart.listSides);
    expect(chart.smallestFontPx).toBeGreaterThanOrEqual(12);
    await page.close();
  });
});
