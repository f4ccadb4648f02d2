// Votes on the question's topic, end to end: the production build in real Chromium and Firefox, the
// Commons Votes, Lords Votes and TWFY Votes hosts answered by their fakes (scripts/fixture-apis/).
import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { SEED_URL } from './support/extension';
import { useDemoBrowser } from './support/demo-browser';
import { itWithShared, SHARED_PRESENT } from '../support/shared';

const LORDS_URL = 'https://www.theyworkforyou.com/wrans/?id=2023-12-06.HL1234.h';
/** A real corpus question (with ../shared) whose topic no division matches. */
const CORPUS_URL = 'https://www.theyworkforyou.com/wrans/?id=2023-12-14.7117.h';

interface VotesShown {
  state: string | null;
  text: string;
  votes: { division: string | null; vote: string | null; member: string | null; role: string | null; text: string }[];
  divisionLinks: string[];
  chartRows: number;
  /** Each chart cell's side in words (the chart names members at the head of their column). */
  chartSides: string[];
  reasons: string[];
  policies: Record<string, string[]>;
}

/** Waits until the votes section has left `loading` (and, if asked, the policy records too), then reads it. */
async function readVotes(page: Page, { withPolicies = false, timeoutMs = 20_000 } = {}): Promise<VotesShown> {
  await page.waitForFunction((wantPolicies) => {
    const section = document.querySelector('parliament-lens')?.shadowRoot?.querySelector('[data-section="votes"]');
    const state = section?.getAttribute('data-state');
    if (!state || state === 'loading') return false;
    return !wantPolicies || !section?.querySelector('.policies .loading');
  }, { timeout: timeoutMs }, withPolicies);
  return page.evaluate(() => {
    const section = document.querySelector('parliament-lens')!.shadowRoot!.querySelector('[data-section="votes"]')!;
    const policies: Record<string, string[]> = {};
    for (const block of Array.from(section.querySelectorAll('[data-policies]'))) {
      policies[block.getAttribute('data-policies')!] = Array.from(block.querySelectorAll('a')).map((a) => a.href);
    }
    return {
      state: section.getAttribute('data-state'),
      text: section.textContent ?? '',
      votes: Array.from(section.querySelectorAll('[data-vote]')).map((v) => ({
        division: v.getAttribute('data-division-id'), vote: v.getAttribute('data-vote'), member: v.getAttribute('data-member-id'),
        role: v.getAttribute('data-role'), text: v.textContent ?? '',
      })),
      divisionLinks: Array.from(section.querySelectorAll('ol.divisions > li > div > a')).map((a) => (a as HTMLAnchorElement).href),
      chartRows: section.querySelectorAll('[data-votes-chart] [data-chart-division]').length,
      chartSides: Array.from(section.querySelectorAll('[data-votes-chart] [data-chart-vote]')).map((t) => t.textContent ?? ''),
      reasons: Array.from(section.querySelectorAll('[data-division] [data-reason]')).map((r) => r.textContent ?? ''),
      policies,
    };
  });
}

describe.each(['chromium', 'firefox'] as const)('%s: votes on the topic', (browserName) => {
  const demo = useDemoBrowser(browserName);
  const { errors, open } = demo;

  it('seed page: both members\' sides on the Online Safety Bill divisions, each saying why, with the chart, and no off-topic policy', async () => {
    demo.env.server.clearRequests();
    const page = await open(SEED_URL);
    const shown = await readVotes(page, { withPolicies: true });
    expect(shown.state).toBe('ready');
    if (SHARED_PRESENT) {
      // The real division titles of ../shared/reference/votes (the sides there are constructed by the fake).
      const titles = await page.evaluate(() => Array.from(document.querySelector('parliament-lens')!.shadowRoot!
        .querySelectorAll('[data-section="votes"] ol.divisions > li > div > a')).map((a) => a.textContent ?? ''));
      expect(titles.length).toBeGreaterThanOrEqual(3);
      for (const title of titles) expect(title).toContain('Online Safety Bill');
      expect(titles).toContain('New Clause 3: Online Safety Bill');
      expect(shown.chartRows).toBe(titles.length);
      expect(shown.votes).toHaveLength(titles.length * 2);
    } else {
      expect(shown.votes.map((v) => [v.division, v.member, v.vote])).toEqual([
        ['9000003', '4267', 'absent'], ['9000003', '4399', 'aye'],
        ['9000002', '4267', 'aye'], ['9000002', '4399', 'no'],
        ['9000001', '4267', 'aye'], ['9000001', '4399', 'absent'],
      ]);
      expect(shown.votes.find((v) => v.division === '9000002' && v.member === '4399')?.text).toBe('Victoria Atkins: No (teller)');
      expect(shown.text).toContain('Online Safety Bill: Report Stage: New Clause 17');
      expect(shown.divisionLinks).toEqual([9000003, 9000002, 9000001].map((id) => `https://votes.parliament.uk/votes/commons/division/${id}`));
      expect(shown.chartRows).toBe(3);
      expect(shown.chartSides).toEqual(['did not vote', 'Aye', 'Aye', 'No', 'Aye', 'did not vote']);
    }
    expect(shown.reasons).toEqual(shown.divisionLinks.map(() => 'Why shown: title contains “online safety”'));
    // Each member's TWFY record, from the page's /mp/?p= person ids: no policy is on this topic, so
    // none is listed (not the Home Office group's asylum or ID cards), only the link to all of them.
    expect(shown.policies.asker).toEqual(['https://votes.theyworkforyou.com/person/25168/policies/commons/labour/all_time']);
    expect(shown.policies.answerer).toEqual(['https://votes.theyworkforyou.com/person/25424/policies/commons/conservative/all_time']);
    expect(shown.text.split('No TheyWorkForYou policy is on this question\'s topic.')).toHaveLength(3);
    expect(shown.text).not.toMatch(/asylum|ID cards|citizenship/i);
    // One Commons Votes request and one TWFY Votes request per member (the seed-page test counts
    // the whole cold visit).
    expect(demo.env.server.requests().filter((r) => r.host === 'commonsvotes-api.parliament.uk')).toHaveLength(2);
    expect(demo.env.server.requests().filter((r) => r.host === 'votes.theyworkforyou.com')).toHaveLength(2);
    await page.close();
  });

  it('a peer\'s page shows Lords divisions as content / not content', async () => {
    const page = await open(LORDS_URL);
    const shown = await readVotes(page);
    expect(shown.state).toBe('ready');
    expect(shown.text).toContain('Lords divisions with “air quality” in the title');
    expect(shown.votes.map((v) => [v.division, v.member, v.vote, v.role])).toEqual([
      ['9003001', '4395', 'content', 'asker'], ['9003001', '3359', 'not-content', 'answerer'],
    ]);
    expect(shown.votes[1]?.text).toBe('The Earl of Courtown: Not content (teller)');
    expect(shown.divisionLinks).toEqual(['https://votes.parliament.uk/votes/lords/division/9003001']);
    expect(shown.chartRows).toBe(1);
    expect(shown.chartSides).toEqual(['Content', 'Not content']);
    expect(shown.text).toMatch(/\d+ contents? · \d+ not contents?/);
    // TWFY's policies are Commons ones: said plainly, not as an error.
    await readVotes(page, { withPolicies: true });
    expect((await readVotes(page)).text).toContain('TheyWorkForYou has no policy record for Baroness Hayman of Ullock in this House.');
    await page.close();
  });

  itWithShared('an API failure is an error with a retry that then works; no divisions is an honest empty state', async () => {
    demo.env.server.setFault('commonsvotes-api.parliament.uk', '500');
    const page = await open(CORPUS_URL);
    try {
      const failed = await readVotes(page, { timeoutMs: 30_000 });
      expect(failed.state).toBe('error');
      expect(failed.text).toContain('Try again');
    } finally {
      demo.env.server.clearFaults();
    }
    await page.evaluate(() => {
      const button = document.querySelector('parliament-lens')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-section="votes"] .error button');
      button!.click();
    });
    await page.waitForFunction(() => document.querySelector('parliament-lens')?.shadowRoot?.querySelector('[data-section="votes"]')?.getAttribute('data-state') !== 'error', { timeout: 20_000 });
    const shown = await readVotes(page);
    expect(shown.state).toBe('empty');
    expect(shown.text).toMatch(/No Commons divisions on “[^”]+” since/);
    await page.close();
  });

  it('had no page errors', () => {
    expect(errors).toEqual([]);
  });
});
