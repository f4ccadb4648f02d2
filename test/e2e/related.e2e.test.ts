// Related questions end to end: the production build in real Chromium and Firefox on the seed page,
// our own grouped pair, and a real corpus follow-up reference (with ../shared), following the links it shows.
import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { readSidebar } from '../../scripts/lib/read-sidebar.js';
import { SEED_URL } from './support/extension';
import { useDemoBrowser } from './support/demo-browser';
import { itWithShared } from '../support/shared';
import { actAndWaitForAddress } from './support/navigation';

const TWFY = 'https://www.theyworkforyou.com/wrans/?id=';
/** Our own grouped pair (test/fixtures/api/constructed-questions.json): 990002, answered together with 990003. */
const GROUPED_URL = `${TWFY}2026-11-03.990002.h`;
/** "pursuant to the Answer of 13 December 2023 to Question 5413 on Motor Vehicles: Insurance". */
const FOLLOW_UP_URL = `${TWFY}2023-12-18.7459.h`;
const CITED_URL = `${TWFY}2023-12-05.5413.h`;

interface RelatedLink { kind: string; href: string; text: string; headed: boolean }

describe.each(['chromium', 'firefox'] as const)('%s: related questions', (browserName) => {
  const demo = useDemoBrowser(browserName);

  async function openRelated(url: string): Promise<{ page: Page; state: string | undefined; links: RelatedLink[] }> {
    const page = await demo.browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const shown = await readSidebar(page, { settled: ['related'], timeoutMs: 15_000 });
    const links = await page.evaluate(() =>
      Array.from(document.querySelector('parliament-lens')!.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[data-related]')).map((a) => ({
        kind: a.dataset.related!, href: a.href, text: a.textContent ?? '', headed: !a.hasAttribute('data-no-heading'),
      })),
    );
    return { page, state: shown.sections.related, links };
  }

  /** Follow a related link the way a reader does, and check the extension annotates the page it opens. */
  async function follow(page: Page, href: string, uin: string) {
    await actAndWaitForAddress(page, () => page.evaluate((h) => {
      const root = document.querySelector('parliament-lens')!.shadowRoot!;
      Array.from(root.querySelectorAll<HTMLAnchorElement>('a[data-related]')).find((a) => a.href === h)!.click();
    }, href), href);
    const shown = await readSidebar(page);
    expect(page.url()).toBe(href);
    expect(shown.sections.question).toBe('ready');
    expect(shown.sectionText.question).toContain(uin);
  }

  it('the seed page lists questions on its topic, and they open annotated', async () => {
    const { page, state, links } = await openRelated(SEED_URL);
    expect(state).toBe('ready');
    const topic = links.filter((l) => l.kind === 'topic');
    expect(topic.length).toBeGreaterThan(0);
    // The topic is the heading's "Offences against Children": every headed item carries it. A question
    // with no heading yet is listed by the start of its text, which may be cut before the topic's words.
    expect(topic.filter((l) => l.headed).every((l) => /offences against children/i.test(l.text))).toBe(true);
    expect(topic.filter((l) => !l.headed).every((l) => /^To ask /.test(l.text))).toBe(true);
    const answered = topic.find((l) => /Offences against Children:/.test(l.text))!;

    await follow(page, answered.href, /\.(\d+)\.h$/.exec(answered.href)![1]!);
    await page.close();
  });

  it('a grouped question lists the questions answered with it', async () => {
    const { page, state, links } = await openRelated(GROUPED_URL);
    expect(state).toBe('ready');
    expect(links.filter((l) => l.kind === 'grouped').map((l) => l.href)).toEqual([`${TWFY}2026-11-03.990003.h`]);
    expect(links.filter((l) => l.kind === 'department').length).toBeGreaterThan(0);
    await follow(page, `${TWFY}2026-11-03.990003.h`, '990003');
    await page.close();
  });

  itWithShared('a follow-up links to the answer it cites, and that answer links back', async () => {
    const first = await openRelated(FOLLOW_UP_URL);
    expect(first.links.filter((l) => l.kind === 'follow-up').map((l) => l.href)).toEqual([CITED_URL]);
    await follow(first.page, CITED_URL, '5413');
    await first.page.close();
    const cited = await openRelated(CITED_URL);
    expect(cited.links.filter((l) => l.kind === 'referenced').map((l) => l.href)).toContain(FOLLOW_UP_URL);
    await cited.page.close();
  });

  it('moves between related links with j/k and the arrow keys; Enter opens', async () => {
    const { page, links } = await openRelated(GROUPED_URL);
    const focused = () => page.evaluate(() => (document.querySelector('parliament-lens')!.shadowRoot!.activeElement as HTMLAnchorElement | null)?.href ?? null);
    await page.evaluate(() => document.querySelector('parliament-lens')!.shadowRoot!.querySelector<HTMLAnchorElement>('a[data-related]')!.focus());
    expect(await focused()).toBe(links[0]!.href);
    await page.keyboard.press('j');
    expect(await focused()).toBe(links[1]!.href);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(links[2]!.href);
    await page.keyboard.press('k');
    expect(await focused()).toBe(links[1]!.href);
    await actAndWaitForAddress(page, () => page.keyboard.press('Enter'), links[1]!.href);
    await page.close();
  });
});
