// Issue 20, hostile APIs: a 50 MB field, a 1 GiB stream, a redirect to another host, a redirect
// loop, 10,000 grouped questions, and 30 tabs against a 5 req/s throttle. Each must end with a clear
// message in the sections that need the API, bounded memory and no frozen tab. The production build
// in real browsers against the fixture server's fault modes (scripts/lib/fixture-server.js);
// Chromium runs every case, Firefox all but the 30 tabs (the worker's queue is the same code). The measured figures are printed.
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoRoutes, createTwfySite } from '../../scripts/lib/demo-site.js';
import { keepRevealing } from '../../scripts/lib/read-sidebar.js';
import type { RouteHandler } from '../../scripts/lib/fixture-server.js';
import { distDir } from './support/extension';
import { startEnvironment, type Environment } from './support/environment';
import { heartbeatMaxGap, installHeartbeat, peakPerSecond, resetHeartbeat, sampleBrowserMemory, type MemoryPeak } from './support/fault-probes';
import { freshPages, type FreshPage } from './support/fresh-pages';

const MEMBERS = 'members-api.parliament.uk';
const QUESTIONS = 'questions-statements-api.parliament.uk';
const API_HOSTS = [QUESTIONS, MEMBERS, 'commonsvotes-api.parliament.uk', 'lordsvotes-api.parliament.uk', 'votes.theyworkforyou.com'];
const SECTIONS = ['question', 'asker', 'answerer', 'votes', 'figures', 'related'];
const SPOOF_PATH = '/lens-spoof/member.json';
const SPOOFED_NAME = 'Spoofed Member From Elsewhere';
/** A tick of the page's own heartbeat may come this late at most (the brief: "a few hundred ms"). */
const MAX_HEARTBEAT_GAP_MS = 400;
/** Per browser process; an idle page with the sidebar sits at ~150–250 MB here. */
const MAX_PROCESS_MB = 600;

const figures: string[] = [];
const note = (line: string) => {
  figures.push(line);
  console.log(`hostile-network: ${line}`);
};

/** Each section's state, and the text of its error, read through the public contract (DESIGN.md §9). */
async function sectionsOf(page: Page): Promise<Record<string, { state: string; error: string; retry: boolean }>> {
  return page.evaluate((ids: string[]) => {
    const root = document.querySelector('parliament-lens')?.shadowRoot;
    return Object.fromEntries(ids.map((id) => {
      const s = root?.querySelector(`[data-section="${id}"]`);
      const error = s?.querySelector('.error');
      return [id, { state: s?.getAttribute('data-state') ?? 'missing', error: error?.textContent ?? '', retry: Boolean(error?.querySelector('button')) }];
    }));
  }, SECTIONS);
}

async function waitSettled(page: Page, timeout = 45_000, ids = SECTIONS): Promise<void> {
  await page.waitForFunction((ids: string[]) => {
    const root = document.querySelector('parliament-lens')?.shadowRoot;
    return ids.every((id) => {
      const state = root?.querySelector(`[data-section="${id}"]`)?.getAttribute('data-state');
      return state && state !== 'loading';
    });
  }, { timeout, polling: 200 }, ids);
}

describe.each(['chromium', 'firefox'] as const)('%s: hostile network', (browserName) => {
  let env: Environment;
  let browser: Browser;
  const nextPage = freshPages();
  const twfy = createTwfySite();
  // Where the off-host redirect points: a page host the extension has no permission for, answering
  // Members-API-shaped JSON with CORS open, so following it would show the spoof as a member.
  const twfyWithSpoof: RouteHandler = (req, res, ctx) => {
    if (ctx.url.pathname !== SPOOF_PATH) return twfy(req, res, ctx);
    return ctx.json({ value: { id: 1, nameDisplayAs: SPOOFED_NAME, nameListAs: SPOOFED_NAME, nameFullTitle: SPOOFED_NAME, gender: 'F' } },
      { headers: { 'Access-Control-Allow-Origin': '*' } });
  };

  beforeAll(async () => {
    env = await startEnvironment({ routes: { ...createDemoRoutes(), 'www.theyworkforyou.com': twfyWithSpoof } });
    const dir = distDir(browserName === 'chromium' ? 'chrome' : 'firefox');
    browser = browserName === 'chromium' ? await env.openChromium(dir) : await env.openFirefox(dir);
  }, 90_000);
  afterAll(async () => {
    await env?.close();
    if (browserName === 'firefox') console.log(`hostile-network figures:\n  ${figures.join('\n  ')}`);
  });

  /** Opens a fresh page with the heartbeat running, waits for every section, and measures. */
  async function visit(label: string): Promise<{ page: Page; fresh: FreshPage; gapMs: number; memory: MemoryPeak; errors: string[] }> {
    const fresh = nextPage();
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await installHeartbeat(page);
    const memory = sampleBrowserMemory(browser);
    await page.goto(fresh.url, { waitUntil: 'load' });
    await resetHeartbeat(page);
    await keepRevealing(page);
    await waitSettled(page);
    const gapMs = await heartbeatMaxGap(page);
    const peak = await memory.stop();
    note(`${browserName} ${label}: heartbeat max late ${gapMs} ms; peak memory ${peak.processMb} MB in one process, ${peak.totalMb} MB all processes`);
    return { page, fresh, gapMs, memory: peak, errors };
  }

  /** The asker and answerer cards (the Members API's sections) say `message`, with a retry; the page is unharmed. */
  async function expectMembersError(visited: Awaited<ReturnType<typeof visit>>, message: RegExp) {
    const { page, fresh, gapMs, memory, errors } = visited;
    const shown = await sectionsOf(page);
    for (const id of ['asker', 'answerer']) {
      expect(shown[id], id).toMatchObject({ state: 'error', retry: true });
      expect(shown[id]!.error).toMatch(message);
    }
    expect(shown.question!.state).toBe('ready');
    expect(gapMs, 'the page kept ticking').toBeLessThanOrEqual(MAX_HEARTBEAT_GAP_MS);
    expect(memory.processMb, 'peak MB in one process').toBeLessThanOrEqual(MAX_PROCESS_MB);
    expect((await page.evaluate(() => document.body.innerText)).replace(/\s+/g, ' ')).toContain(fresh.heading);
    expect(errors).toEqual([]);
    await page.close();
  }

  it('a 50 MB member name: "too large to show", and the tab never freezes', async () => {
    env.server.setFault(`${MEMBERS}/api/Members/`, 'drift', (body: { value?: Record<string, unknown> }) => {
      if (body.value) body.value.nameDisplayAs = 'N'.repeat(50 * 1024 * 1024);
      return body;
    });
    try {
      await expectMembersError(await visit('50 MB field'), /Members API sent a reply too large to show \(over 1 MB\)\./);
    } finally {
      env.server.clearFaults();
    }
  }, 120_000);

  it('a 1 GiB stream: dropped past the limit, long before its end', async () => {
    env.server.clearRequests();
    env.server.setFault(`${MEMBERS}/api/Members/`, `stream:${1024 ** 3}`);
    try {
      const visited = await visit('1 GiB stream');
      const streamed = env.server.requests().filter((r) => r.fault?.startsWith('stream:'));
      const mostSent = Math.max(...streamed.map((r) => r.bytesSent ?? 0));
      note(`${browserName} 1 GiB stream: ${streamed.length} requests, at most ${(mostSent / 1024 / 1024).toFixed(1)} MB sent before the browser let go`);
      expect(streamed.length).toBeGreaterThan(0);
      // The limit is 1 MB; socket and TLS buffers hold a few more.
      expect(mostSent).toBeLessThan(64 * 1024 * 1024);
      await expectMembersError(visited, /Members API sent a reply too large to show \(over 1 MB\)\./);
    } finally {
      env.server.clearFaults();
    }
  }, 120_000);

  it('a redirect to another host: one clear error, the other host never asked, nothing of it shown', async () => {
    env.server.clearRequests();
    env.server.setFault(`${MEMBERS}/api/Members/`, `redirect:https://www.theyworkforyou.com${SPOOF_PATH}`);
    try {
      const visited = await visit('off-host redirect');
      expect(env.server.requests().filter((r) => r.path.startsWith(SPOOF_PATH))).toEqual([]);
      expect(await visited.page.evaluate(() => document.querySelector('parliament-lens')?.shadowRoot?.textContent ?? '')).not.toContain(SPOOFED_NAME);
      await expectMembersError(visited, /Members API redirected the request to another address; nothing from there is shown\./);
    } finally {
      env.server.clearFaults();
    }
  }, 120_000);

  it('a redirect loop: one request per lookup, not a loop', async () => {
    env.server.clearRequests();
    env.server.setFault(`${MEMBERS}/api/Members/`, 'redirect-loop');
    try {
      const visited = await visit('redirect loop');
      const asked = env.server.requests().filter((r) => r.host === MEMBERS && r.path.startsWith('/api/Members/'));
      const lookups = new Set(asked.map((r) => r.path)).size;
      note(`${browserName} redirect loop: ${asked.length} requests for ${lookups} lookups`);
      expect(asked.length).toBe(lookups);
      await expectMembersError(visited, /redirected the request to another address/);
    } finally {
      env.server.clearFaults();
    }
  }, 120_000);

  it('10,000 grouped questions: at most 100 rows, and the page keeps ticking', async () => {
    const uins = Array.from({ length: 10_000 }, (_, i) => String(300_000 + i));
    env.server.setFault(`${QUESTIONS}/api/writtenquestions/questions/`, 'drift', (body: { value?: Record<string, unknown> }) => {
      if (body.value) {
        body.value.groupedQuestions = uins;
        body.value.groupedQuestionsDates = uins.map((questionUin) => ({ questionUin, dateTabled: body.value!.dateTabled }));
      }
      return body;
    });
    try {
      const { page, gapMs, memory, errors } = await visit('10,000 grouped questions');
      const rows = await page.evaluate(() => document.querySelector('parliament-lens')?.shadowRoot?.querySelectorAll('[data-related="grouped"]').length ?? 0);
      note(`${browserName} 10,000 grouped questions: ${rows} grouped rows rendered`);
      expect(rows).toBeGreaterThan(0);
      expect(rows).toBeLessThanOrEqual(100);
      // The rest are counted, not dropped silently.
      const more = await page.evaluate(() => document.querySelector('parliament-lens')?.shadowRoot?.querySelector('[data-more-not-listed="question"]')?.textContent ?? '');
      expect(more).toMatch(/^9,9\d\d more questions not listed here/);
      expect(gapMs).toBeLessThanOrEqual(MAX_HEARTBEAT_GAP_MS);
      expect(memory.processMb).toBeLessThanOrEqual(MAX_PROCESS_MB);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      env.server.clearFaults();
    }
  }, 120_000);

  it.skipIf(browserName === 'firefox')('30 tabs against a 5 req/s throttle per API: few 429s, retries spread, every section settles', async () => {
    env.server.clearRequests();
    for (const host of API_HOSTS) env.server.setFault(host, 'throttle:5');
    const memory = sampleBrowserMemory(browser);
    const started = Date.now();
    try {
      const fresh = Array.from({ length: 30 }, () => nextPage());
      const pages = await Promise.all(fresh.map(async ({ url }) => {
        const page = await browser.newPage();
        await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
        await keepRevealing(page);
        return page;
      }));
      // Related questions load only when scrolled into view, which a tab in the background never is:
      // the other sections first, in all 30 at once, then each tab brought forward in turn.
      await Promise.all(pages.map((page) => waitSettled(page, 120_000, SECTIONS.filter((id) => id !== 'related')).catch(() => {})));
      const settled: boolean[] = [];
      for (const page of pages) {
        await page.bringToFront();
        settled.push(await waitSettled(page, 60_000).then(() => true, () => false));
      }
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      const states = await Promise.all(pages.map(sectionsOf));
      const stuck = states.flatMap((s, i) => Object.entries(s).filter(([, v]) => v.state === 'loading').map(([id]) => `tab ${i} ${id}`));
      note(`${browserName} 30 tabs: ${settled.filter(Boolean).length} of 30 settled; still loading: ${stuck.join(', ') || 'none'}`);
      const errorsShown = states.flatMap((s, i) => Object.entries(s).filter(([, v]) => v.error).map(([id, v]) => `tab ${i} ${id}: ${v.error}`));
      const busy = errorsShown.filter((e) => /busy/.test(e)).length;
      if (errorsShown.length > 0) note(`${browserName} 30 tabs: errors shown: ${errorsShown.slice(0, 8).join(' | ')}${errorsShown.length > 8 ? ` … (${errorsShown.length})` : ''}`);
      const peak = await memory.stop();
      for (const host of API_HOSTS) {
        const log = env.server.requests().filter((r) => r.host === host);
        if (log.length === 0) continue;
        const refused = log.filter((r) => r.status === 429).length;
        note(`${browserName} 30 tabs, ${host}: ${refused} of ${log.length} requests got 429; peak ${peakPerSecond(log.map((r) => r.time))} req/s`);
      }
      const all = env.server.requests().filter((r) => API_HOSTS.includes(r.host));
      const refused = all.filter((r) => r.status === 429).length;
      const worstPeak = Math.max(...API_HOSTS.map((h) => peakPerSecond(all.filter((r) => r.host === h).map((r) => r.time))));
      note(`${browserName} 30 tabs: all settled in ${seconds} s; ${refused} of ${all.length} API requests got 429; worst host peak ${worstPeak} req/s; ` +
        `${busy} section errors said busy; peak memory ${peak.processMb} MB in one process, ${peak.totalMb} MB all processes`);
      // Issue 20 before this change: 280 of 406 got 429, peak 96 req/s.
      expect(stuck).toEqual([]);
      expect(refused / all.length).toBeLessThan(0.25);
      expect(worstPeak).toBeLessThanOrEqual(15);
      await Promise.all(pages.map((p) => p.close()));
    } finally {
      env.server.clearFaults();
      await memory.stop();
    }
  }, 300_000);
});
