// Issue 7's fault matrix: every API the extension uses × every way a server misbehaves. Only the
// sections that depend on the broken API may show it (in words, with a retry); the rest fill, the
// host page stays intact and its console stays clean. The production build, real browsers, the
// real hostnames answered by the fixture server (DESIGN.md §10).
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoRoutes } from '../../scripts/lib/demo-site.js';
import { distDir } from './support/extension';
import { keepRevealing } from '../../scripts/lib/read-sidebar.js';
import { startEnvironment, type Environment } from './support/environment';
import { freshPages, type FreshPage } from './support/fresh-pages';

type SectionId = 'question' | 'asker' | 'answerer' | 'votes' | 'figures' | 'related';
type Fault = '500' | 'hang' | 'malformed' | 'drift' | '404';

interface Api {
  host: string;
  /** Sections that show this API's failure as their own error (with "Try again"). */
  breaks: SectionId[];
  /** The question section keeps the page's data and shows the record's failure in its status line. */
  breaksQuestionStatus: boolean;
  /** Sections that keep their state but show this API's failure, with a retry, in one part. */
  breaksPartOf?: SectionId[];
  /** The page must name both members with a TWFY person for this API to be asked at all. */
  needsTwfyPeople?: boolean;
}

const APIS: Api[] = [
  // The record names the members and the topic: votes and related wait on it and share its error.
  { host: 'questions-statements-api.parliament.uk', breaks: ['asker', 'answerer', 'votes', 'related'], breaksQuestionStatus: true },
  { host: 'members-api.parliament.uk', breaks: ['asker', 'answerer'], breaksQuestionStatus: false },
  { host: 'commonsvotes-api.parliament.uk', breaks: ['votes'], breaksQuestionStatus: false },
  // A failed policy record is one part of the votes section; its divisions still show.
  { host: 'votes.theyworkforyou.com', breaks: [], breaksQuestionStatus: false, breaksPartOf: ['votes'], needsTwfyPeople: true },
];
const FAULTS: Fault[] = ['500', 'hang', 'malformed', 'drift', '404'];
const ALL: SectionId[] = ['question', 'asker', 'answerer', 'votes', 'figures', 'related'];

/** Each section's state and whether it offers a retry, read through the public contract. */
interface Shown { state: string; retry: boolean; text: string }

async function sectionsOf(page: Page): Promise<Record<SectionId, Shown>> {
  return page.evaluate((ids: string[]) => {
    const root = document.querySelector('parliament-lens')?.shadowRoot;
    return Object.fromEntries(ids.map((id) => {
      const s = root?.querySelector(`[data-section="${id}"]`);
      return [id, { state: s?.getAttribute('data-state') ?? 'missing', retry: Boolean(s?.querySelector('.error button')), text: s?.textContent ?? '' }];
    }));
  }, ALL) as Promise<Record<SectionId, Shown>>;
}

async function waitUntilSettled(page: Page, ids: SectionId[], alsoErrorIn: SectionId[] = [], timeout = 25_000) {
  await page.waitForFunction((wanted: string[], errors: string[]) => {
    const root = document.querySelector('parliament-lens')?.shadowRoot;
    const settled = wanted.every((id) => {
      const state = root?.querySelector(`[data-section="${id}"]`)?.getAttribute('data-state');
      return state && state !== 'loading';
    });
    return settled && errors.every((id) => root?.querySelector(`[data-section="${id}"] .error, [data-section="${id}"] .not-found`));
  }, { timeout }, ids, alsoErrorIn);
}

describe.each(['chromium', 'firefox'] as const)('%s: fault matrix', (browserName) => {
  let env: Environment;
  let browser: Browser;
  const nextPage = freshPages();

  beforeAll(async () => {
    env = await startEnvironment({ routes: createDemoRoutes() });
    const dir = distDir(browserName === 'chromium' ? 'chrome' : 'firefox');
    browser = browserName === 'chromium' ? await env.openChromium(dir) : await env.openFirefox(dir);
  });
  afterAll(async () => {
    await env?.close();
  });

  /** Opens a page nobody has visited in this browser, noting anything it throws or logs as an error. */
  async function openFresh(named = false): Promise<{ page: Page; fresh: FreshPage; problems: string[] }> {
    const fresh = nextPage({ named });
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (err) => problems.push(`pageerror: ${String(err)}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`);
    });
    await page.goto(fresh.url, { waitUntil: 'load' });
    await keepRevealing(page);
    return { page, fresh, problems };
  }

  /** Every case ends the same: the page's own text intact, nothing thrown or logged as an error. */
  async function expectPageIntactAndClose({ page, fresh, problems }: { page: Page; fresh: FreshPage; problems: string[] }) {
    const text = await page.evaluate(() => document.body.innerText);
    expect(text.replace(/\s+/g, ' ')).toContain(fresh.heading);
    const speeches = await page.$$eval('.debate-speech__content', (els) => els.length);
    expect(speeches).toBeGreaterThanOrEqual(2);
    expect(problems).toEqual([]);
    await page.close();
  }

  for (const api of APIS) {
    for (const fault of FAULTS) {
      it(`${api.host} answering ${fault}: only its sections say so`, async () => {
        env.server.setFault(api.host, fault);
        try {
          const { page, fresh, problems } = await openFresh(api.needsTwfyPeople);
          const errorIn = fault === '404' && api.breaksQuestionStatus ? ['question' as const] : [...api.breaks, ...(api.breaksPartOf ?? [])];
          await waitUntilSettled(page, ALL, errorIn);
          const shown = await sectionsOf(page);
          for (const id of api.breaks) {
            expect(shown[id], `${id} under ${fault}`).toMatchObject({ state: 'error', retry: true });
          }
          for (const id of api.breaksPartOf ?? []) {
            expect(shown[id], `${id} under ${fault}`).toMatchObject({ retry: true });
            expect(shown[id].state).not.toBe('error');
          }
          if (api.breaksQuestionStatus) {
            expect(shown.question.state).toBe('ready');
            if (fault === '404') expect(shown.question.text).toContain('does not have this question yet');
            else expect(shown.question.retry).toBe(true);
          } else {
            expect(shown.question).toMatchObject({ state: 'ready', retry: false });
          }
          expect(['ready', 'empty']).toContain(shown.figures.state);
          for (const id of ALL.filter((s) => !api.breaks.includes(s) && s !== 'question')) {
            expect(shown[id].state, `${id} is not ${api.host}'s`).not.toBe('error');
          }
          await expectPageIntactAndClose({ page, fresh, problems });
        } finally {
          env.server.clearFaults();
        }
      }, 60_000);
    }

    it(`${api.host} answering 429 with Retry-After: tried again after the pause, then filled`, async () => {
      env.server.clearRequests();
      env.server.setFault(api.host, '429', { times: 1 });
      try {
        const { page, fresh, problems } = await openFresh(api.needsTwfyPeople);
        await waitUntilSettled(page, ALL);
        const shown = await sectionsOf(page);
        expect(shown.asker.state).toBe('ready');
        expect(shown.answerer.state).toBe('ready');
        for (const id of ALL) expect(shown[id].retry, `${id} has no error left`).toBe(false);
        // A policy record is a part of the votes section, which may settle before it: wait for the retry.
        const limited = await env.server.waitForRequest((r) => r.host === api.host && r.status === 429, 10_000);
        const retried = await env.server.waitForRequest((r) => r.host === api.host && r.path === limited.path && r.status === 200, 10_000).catch(() => undefined);
        expect(retried, 'the same request was made again').toBeDefined();
        // The fixture server asks for "Retry-After: 1".
        expect(retried!.time - limited.time).toBeGreaterThanOrEqual(950);
        await expectPageIntactAndClose({ page, fresh, problems });
      } finally {
        env.server.clearFaults();
      }
    }, 60_000);
  }
});
