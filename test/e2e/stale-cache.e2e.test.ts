// Issue 7: when an API fails but an older cached copy exists, the sidebar shows the copy and says
// from when. Aging the cache needs the extension's IndexedDB, which puppeteer reaches only through
// Chromium's service worker; Firefox runs the rest of the fault matrix.
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionWorker, findChromium, howToGetBrowsers } from '../../scripts/lib/browsers.js';
import { createDemoRoutes } from '../../scripts/lib/demo-site.js';
import { keepRevealing, readSidebar } from '../../scripts/lib/read-sidebar.js';
import { distDir } from './support/extension';
import { startEnvironment, type Environment } from './support/environment';
import { freshPages } from './support/fresh-pages';

const DAY_MS = 86_400_000;

// Each test needs pages whose members no earlier test cached (freshPages: the corpus, or the test pool without ../shared).
describe.skipIf(!findChromium())(`Chromium (${findChromium() ?? howToGetBrowsers()}): stale cache`, () => {
  let env: Environment;
  let browser: Browser;
  const nextPage = freshPages();

  beforeAll(async () => {
    env = await startEnvironment({ routes: createDemoRoutes() });
    browser = await env.openChromium(distDir('chrome'));
  });
  afterAll(async () => {
    await env?.close();
  });

  /** Moves every cached API body's fetchedAt back by `days`, as if it had been fetched then. */
  async function ageCache(days: number): Promise<number> {
    const { worker } = await extensionWorker(browser);
    return worker.evaluate(async (ms: number) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('parliament-lens');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction('http', 'readwrite');
      const store = tx.objectStore('http');
      const all = await new Promise<{ fetchedAt: number }[]>((resolve) => {
        const req = store.getAll();
        req.onsuccess = () => resolve(req.result as { fetchedAt: number }[]);
      });
      for (const entry of all) store.put({ ...entry, fetchedAt: entry.fetchedAt - ms });
      await new Promise((resolve) => { tx.oncomplete = resolve; });
      db.close();
      return all.length;
    }, days * DAY_MS);
  }

  it('shows the old copy with "showing data from <date>" when the APIs fail, and nothing stale when they answer', async () => {
    const fresh = nextPage();
    const first = await browser.newPage();
    await first.goto(fresh.url, { waitUntil: 'load' });
    await keepRevealing(first);
    await readSidebar(first, { settled: ['asker', 'answerer'] });
    await first.close();
    expect(await ageCache(60)).toBeGreaterThan(0);
    const expected = new Date(Date.now() - 60 * DAY_MS).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

    env.server.setFault('questions-statements-api.parliament.uk', '500');
    env.server.setFault('members-api.parliament.uk', '500');
    try {
      const page = await browser.newPage();
      await page.goto(fresh.url, { waitUntil: 'load' });
      await keepRevealing(page);
      const shown = await readSidebar(page, { settled: ['asker', 'answerer'], timeoutMs: 20_000 });
      expect(shown.sections).toMatchObject({ question: 'ready', asker: 'ready', answerer: 'ready' });
      for (const id of ['question', 'asker', 'answerer']) {
        expect(shown.sectionText[id], id).toContain(`Showing a saved copy from ${expected}: the source did not answer just now.`);
      }
      await page.close();
    } finally {
      env.server.clearFaults();
    }

    // With the APIs back, the next visit refetches (the copies are past their max age) and is current.
    const again = await browser.newPage();
    await again.goto(fresh.url, { waitUntil: 'load' });
    await keepRevealing(again);
    const current = await readSidebar(again, { settled: ['asker', 'answerer'] });
    expect(current.sections).toMatchObject({ asker: 'ready', answerer: 'ready' });
    expect(JSON.stringify(current.sectionText)).not.toContain('Showing a saved copy from');
    await again.close();
  });
});
