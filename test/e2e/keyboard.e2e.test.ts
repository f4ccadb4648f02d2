// Keyboard and screen-reader paths (issue 17), in the production build in real Chromium and
// Firefox: the first Tab reaches the skip control, which moves focus into the panel; Esc hides a
// figure's tooltip first, then closes the panel, and focus goes back where it was (never the
// body); the keys are listed in the panel; each section is announced once.
import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { ALL_SECTIONS, readSidebar } from '../../scripts/lib/read-sidebar.js';
import { SEED_URL } from './support/extension';
import { useDemoBrowser } from './support/demo-browser';
import { freshPages } from './support/fresh-pages';

/** Where keyboard focus is, in words a failing assertion can show. Runs in the page. */
function focusedInPage(): string {
  const active = document.activeElement;
  if (!active || active === document.body) return 'body';
  if (active.tagName === 'PARLIAMENT-LENS-SKIP') return `skip: ${active.shadowRoot?.activeElement?.textContent ?? ''}`;
  if (active.tagName === 'PARLIAMENT-LENS') {
    const inner = active.shadowRoot?.activeElement;
    if (!inner) return 'panel host';
    if (inner.matches('aside.panel')) return 'panel';
    if (inner.matches('.tab')) return 'tab';
    return `panel ${inner.tagName.toLowerCase()}: ${inner.getAttribute('aria-label') ?? inner.textContent?.trim().slice(0, 40) ?? ''}`;
  }
  return `page ${active.tagName.toLowerCase()}: ${active.textContent?.trim().slice(0, 40) ?? ''}`;
}

const isOpen = (page: Page) => page.evaluate(() => Boolean(document.querySelector('parliament-lens')?.shadowRoot?.querySelector('aside')));
const tooltipShown = (page: Page) => page.evaluate(() => document.querySelector('parliament-lens')?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]')?.hidden === false);

describe.each(['chromium', 'firefox'] as const)('%s: keyboard', (browserName) => {
  const demo = useDemoBrowser(browserName);
  const { errors, open } = demo;
  const nextFreshPage = freshPages();

  async function seedPage(): Promise<Page> {
    const page = await open(SEED_URL);
    await readSidebar(page);
    if (!(await isOpen(page))) {
      await page.evaluate(() => document.querySelector('parliament-lens')!.shadowRoot!.querySelector<HTMLButtonElement>('.tab')!.click());
    }
    return page;
  }

  it('the first Tab stop is "Go to Parliament Lens": shown on focus, Enter moves focus into the panel, the next Tab is its first control', async () => {
    const page = await seedPage();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(focusedInPage)).toBe('skip: Go to Parliament Lens (Alt+Shift+L)');
    // On screen while focused, at the top right (over the panel's header, not the page's text),
    // once its 0.1 s slide-in is over.
    await page.waitForFunction(() => (document.querySelector('parliament-lens-skip')?.shadowRoot?.querySelector('button')?.getBoundingClientRect().top ?? -1) >= 0, { timeout: 5_000 });
    const box = await page.evaluate(() => {
      const r = document.querySelector('parliament-lens-skip')!.shadowRoot!.querySelector('button')!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, right: r.right, width: innerWidth };
    });
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(box.width);
    expect(box.right).toBeGreaterThan(box.width - 380);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(focusedInPage)).toBe('panel');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(focusedInPage)).toBe('panel button: Close Parliament Lens');
    // Esc goes back to where the reader was: the skip control.
    await page.keyboard.press('Escape');
    expect(await isOpen(page)).toBe(false);
    expect(await page.evaluate(focusedInPage)).toBe('skip: Go to Parliament Lens (Alt+Shift+L)');
    // From there, Enter opens the panel again and goes into it.
    await page.keyboard.press('Enter');
    expect(await isOpen(page)).toBe(true);
    expect(await page.evaluate(focusedInPage)).toBe('panel');
    await page.close();
  });

  it('counts the Tab stops to the panel\'s first control without the skip control (measure, printed)', async () => {
    const page = await seedPage();
    let stops = 0;
    // The skip control is stop 1; Tab on from there through the page until focus reaches the panel.
    for (; stops < 400; stops++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(focusedInPage);
      if (at.startsWith('panel ')) break;
    }
    console.log(`${browserName}: the panel's first control is Tab stop ${stops + 1} on the seed page without the skip control, stop 2 with it (Tab, Enter, Tab)`);
    expect(await page.evaluate(focusedInPage)).toBe('panel button: Close Parliament Lens');
    await page.close();
  });

  it('closing from the keyboard puts focus on the closed tab, never the body; the tab opens the panel and focus follows', async () => {
    const page = await seedPage();
    await page.evaluate(() => document.querySelector('parliament-lens')!.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Close Parliament Lens"]')!.focus());
    await page.keyboard.press('Enter');
    expect(await isOpen(page)).toBe(false);
    expect(await page.evaluate(focusedInPage)).toBe('tab');
    await page.keyboard.press('Enter');
    expect(await isOpen(page)).toBe(true);
    expect(await page.evaluate(focusedInPage)).toBe('panel');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(focusedInPage)).toBe('tab');
    await page.keyboard.press('Enter');
    await page.close();
  });

  it('Esc hides a figure\'s tooltip first (focus stays on the figure, the panel stays open), then closes the panel back to the page link the reader came from', async () => {
    const page = await seedPage();
    // A figure in the answer, reached by keyboard focus: its tooltip shows.
    await page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('mark[data-lens-figure]')).find((m) => m.textContent === '£21 million')!.focus());
    expect(await tooltipShown(page)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tooltipShown(page)).toBe(false);
    expect(await isOpen(page)).toBe(true);
    expect(await page.evaluate(focusedInPage)).toBe('page mark: £21 million');
    // A second Esc on the page is the page's, not ours: the panel stays open.
    await page.keyboard.press('Escape');
    expect(await isOpen(page)).toBe(true);
    // From a page link into the panel by Tab order's end (shift+Tab wraps differently per browser,
    // so focus the panel's close button the way a click would), with a tooltip open under the pointer.
    await page.evaluate(() => document.querySelector<HTMLAnchorElement>('[id$=".r0"] a, main a, a')!.focus());
    const cameFrom = await page.evaluate(focusedInPage);
    await page.hover('mark[data-lens-figure]');
    expect(await tooltipShown(page)).toBe(true);
    await page.evaluate(() => document.querySelector('parliament-lens')!.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Close Parliament Lens"]')!.focus());
    await page.keyboard.press('Escape');
    expect(await tooltipShown(page)).toBe(false);
    expect(await isOpen(page)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await isOpen(page)).toBe(false);
    expect(await page.evaluate(focusedInPage)).toBe(cameFrom);
    await page.close();
  });

  it('keeps a tooltip open while the pointer moves from the figure onto it', async () => {
    const page = await seedPage();
    await page.hover('mark[data-lens-figure]');
    expect(await tooltipShown(page)).toBe(true);
    const tip = await page.evaluate(() => {
      const r = document.querySelector('parliament-lens')!.shadowRoot!.querySelector<HTMLElement>('[role="tooltip"]')!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(tip.x, tip.y, { steps: 5 });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await tooltipShown(page)).toBe(true);
    await page.mouse.move(5, 5);
    await page.waitForFunction(() => document.querySelector('parliament-lens')?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]')?.hidden === true, { timeout: 5_000 });
    await page.close();
  });

  it('lists its keys in the panel in plain words', async () => {
    const page = await seedPage();
    const keys = await page.evaluate(() => document.querySelector('parliament-lens')!.shadowRoot!.querySelector('[data-lens-keys]')?.textContent ?? '');
    for (const words of ['Alt+Shift+L opens or closes this panel', 'Esc', 'Go to Parliament Lens', '↓ or j', '↑ or k', 'Enter opens it']) {
      expect(keys).toContain(words);
    }
    await page.close();
  });

  it('announces each section once as it loads, and one outage once, with no alert per section', async () => {
    // A page nothing has cached, with the Written Questions API failing: the record and both cards fail together.
    const fresh = nextFreshPage();
    demo.env.server.setFault('questions-statements-api.parliament.uk', '500');
    try {
      const page = await open(fresh.url, { reveal: false });
      await page.waitForFunction(() => Boolean(document.querySelector('parliament-lens')?.shadowRoot?.querySelector('[data-lens-announcer]')), { timeout: 10_000 });
      // Every text the live region takes from here on.
      await page.evaluate(() => {
        const region = document.querySelector('parliament-lens')!.shadowRoot!.querySelector('[data-lens-announcer]')!;
        const heard: string[] = [];
        (window as unknown as { heard: string[] }).heard = heard;
        if (region.textContent) heard.push(region.textContent);
        new MutationObserver(() => {
          if (region.textContent) heard.push(region.textContent);
        }).observe(region, { childList: true, characterData: true, subtree: true });
      });
      await readSidebar(page, { settled: ALL_SECTIONS, timeoutMs: 20_000 });
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const seen = await page.evaluate(() => ({
        heard: (window as unknown as { heard: string[] }).heard,
        alerts: document.querySelector('parliament-lens')!.shadowRoot!.querySelectorAll('[role="alert"]').length,
        errors: document.querySelector('parliament-lens')!.shadowRoot!.querySelectorAll('[data-state="error"]').length,
      }));
      expect(seen.errors).toBeGreaterThanOrEqual(2);
      expect(seen.alerts).toBe(0);
      const all = seen.heard.join(' | ');
      expect(all).toContain('Could not load:');
      // Each section title at most once in everything heard (each section settles once here).
      for (const title of ['Asked by', 'Answered by', 'Votes', 'Related questions']) {
        expect(all.split(title).length - 1, all).toBeLessThanOrEqual(1);
      }
      await page.close();
    } finally {
      demo.env.server.clearFaults();
    }
  });

  it('threw nothing into the pages', () => {
    expect(errors).toEqual([]);
  });
});
