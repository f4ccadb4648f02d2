// Records shaped like the live API's, end to end in real Chromium and Firefox, on the repository's own
// fixtures (so a bare clone runs this too): a question the API has no heading for yet, a holding
// answer, and an unanswered question, which has no TheyWorkForYou page and is reached through the
// seed page's related questions. The records: test/fixtures/api/constructed-questions.json (990004–990006).
import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { readSidebar } from '../../scripts/lib/read-sidebar.js';
import { useDemoBrowser } from './support/demo-browser';
import { SEED_URL } from './support/extension';

const TWFY = 'https://www.theyworkforyou.com/wrans/?id=';
/** Answered on 1 December 2026; the API's heading is still null, the page prints one. */
const HEADINGLESS_URL = `${TWFY}2026-11-24.990006.h`;
const PAGE_HEADING = 'Internet: Child Sexual Exploitation';
/** A holding answer on a named day. */
const HOLDING_URL = `${TWFY}2026-11-16.990004.h`;
/** Tabled 23 November 2026, not answered: TheyWorkForYou has no page for it. */
const UNANSWERED_URL = `${TWFY}2026-11-23.990005.h`;
const UNANSWERED_START = 'To ask the Secretary of State for the Home Department, what steps her Department is taking to prevent offences';

interface RelatedLine { kind: string; href: string; title: string; line: string; noHeading: boolean }

/** Every related line as a reader sees it: the link, and the whole line it stands in. */
function relatedLines(page: Page): Promise<RelatedLine[]> {
  return page.evaluate(() =>
    Array.from(document.querySelector('parliament-lens')!.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[data-related]')).map((a) => {
      const line = a.closest('li') ?? a.parentElement!;
      return {
        kind: a.dataset.related!, href: a.href, title: (a.textContent ?? '').replace(/\s+/g, ' ').trim(),
        line: (line.textContent ?? '').replace(/\s+/g, ' ').trim(), noHeading: line.querySelector('[data-no-heading]') !== null || a.hasAttribute('data-no-heading'),
      };
    }));
}

describe.each(['chromium', 'firefox'] as const)('%s: records shaped like the live API', (browserName) => {
  const demo = useDemoBrowser(browserName);

  it('a page whose API record has a null heading: the question section takes the page heading, and every section settles', async () => {
    const page = await demo.open(HEADINGLESS_URL);
    const shown = await readSidebar(page, { settled: ['question', 'asker', 'answerer', 'figures', 'related'], timeoutMs: 20_000 });
    expect(shown.sections.question).toBe('ready');
    expect(shown.sectionText.question).toContain(PAGE_HEADING);
    expect(shown.sectionText.question).toContain('990006');
    expect(shown.sectionText.question).not.toMatch(/\bnull\b|undefined/);
    expect(shown.sections.asker).toBe('ready');
    expect(shown.sectionText.asker).toContain('Robin Example');
    expect(shown.sections.answerer).toBe('ready');
    expect(shown.sectionText.answerer).toContain('Casey Placeholder');
    // The answer's own figures: £45 million, of which £5 million for the Internet Watch Foundation.
    expect(shown.figures.map((f) => f.value)).toEqual([45_000_000, 5_000_000]);
    expect(['ready', 'empty']).toContain(shown.sections.related);
    await page.close();
  });

  it('a holding answer says so in the question section', async () => {
    const page = await demo.open(HOLDING_URL);
    const shown = await readSidebar(page, { settled: ['question'] });
    expect(shown.sections.question).toBe('ready');
    expect((shown.sectionText.question ?? '').toLowerCase()).toContain('holding');
    await page.close();
  });

  it('TheyWorkForYou has no page for an unanswered question', async () => {
    const page = await demo.browser.newPage();
    const response = await page.goto(UNANSWERED_URL, { waitUntil: 'load' });
    expect(response?.status()).toBe(404);
    await page.close();
  });

  it('the seed page reaches the unanswered question through its related questions, by its text, marked not yet answered', async () => {
    const page = await demo.open(SEED_URL);
    const shown = await readSidebar(page, { settled: ['related'], timeoutMs: 20_000 });
    expect(shown.sections.related).toBe('ready');
    // A reader opens each group's "Show the other N" / "Show 10 more" until nothing is hidden (headingless lines come last in a group).
    for (let i = 0; i < 20; i++) {
      const clicked = await page.evaluate(() => {
        const more = Array.from(document.querySelector('parliament-lens')!.shadowRoot!.querySelectorAll<HTMLButtonElement>('[data-section="related"] button'))
          .find((b) => /^Show (the other \d+|\d+ more)/.test(b.textContent ?? ''));
        more?.click();
        return Boolean(more);
      });
      if (!clicked) break;
    }
    const lines = await relatedLines(page);
    const unanswered = lines.find((l) => l.title.startsWith(UNANSWERED_START.slice(0, 60)));
    expect(unanswered, `related lines: ${lines.map((l) => l.title).join(' | ')}`).toBeDefined();
    expect(unanswered!.noHeading).toBe(true);
    expect(unanswered!.title.endsWith('…')).toBe(true);
    expect(unanswered!.line).toContain('not yet answered');
    // Answered questions on the same topic keep their headings; the headingless one does not hide them.
    expect(lines.some((l) => !l.noHeading && /Offences against Children|Child Sexual Abuse|Internet/.test(l.title))).toBe(true);
    await page.close();
  });

  it('threw nothing into the pages', () => {
    expect(demo.errors).toEqual([]);
  });
});
