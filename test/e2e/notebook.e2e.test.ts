// Issues 6 and 20, end to end: the research notebook (the note frame in the sidebar, the options
// page) in the production build, in real Chromium and Firefox, with a profile kept on disk across a
// browser restart. What a hostile page can do to it: notebook-privacy.e2e.test.ts.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoRoutes } from '../../scripts/lib/demo-site.js';
import { distDir, SEED_URL } from './support/extension';
import { keepRevealing } from '../../scripts/lib/read-sidebar.js';
import { startEnvironment, type Environment } from './support/environment';
import { exportFromOptions, frameQuestionId, importInOptions, openOptionsFromSidebar, optionsItems, saveNote, setOption, shownNote, waitForSaveControl } from './support/notebook';

const SEED_NOTE = 'Check the £40m against the 2018 budget.\nSecond line: <b>not bold</b> & "quoted"';
const CORPUS_PAGES = [
  ['https://www.theyworkforyou.com/wrans/?id=2023-12-14.7117.h', 'grouped answer, table', 'schools'],
  ['https://www.theyworkforyou.com/wrans/?id=2023-12-06.HL1234.h', 'a Lords question', 'lords, evidence'],
] as const;

/**
 * Firefox installs the build as a temporary add-on, which it uninstalls at shutdown and, by
 * default, re-installs under a new internal UUID with its storage wiped. These two prefs make it
 * behave like an installed add-on across the restart (same UUID, storage kept), which is what a
 * reader's browser does; the extension itself runs the same code either way.
 */
const FIREFOX_KEEP_ADDON_DATA = {
  'extensions.webextensions.keepStorageOnUninstall': true,
  'extensions.webextensions.keepUuidOnUninstall': true,
};

describe.each(['chromium', 'firefox'] as const)('%s: the research notebook', (browserName) => {
  let env: Environment;
  let browser: Browser;
  let profileDir: string;
  const errors: string[] = [];
  const dir = () => distDir(browserName === 'chromium' ? 'chrome' : 'firefox');
  const launch = () =>
    browserName === 'chromium' ? env.openChromium(dir(), { profileDir }) : env.openFirefox(dir(), { profileDir, extraPrefs: FIREFOX_KEEP_ADDON_DATA });

  beforeAll(async () => {
    profileDir = await mkdtemp(path.join(tmpdir(), `lens-notebook-${browserName}-`));
    env = await startEnvironment({ routes: createDemoRoutes() });
    browser = await launch();
  });
  afterAll(async () => {
    await env?.close();
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
  });

  async function open(url: string): Promise<Page> {
    const page = await browser.newPage();
    page.on('pageerror', (err) => errors.push(String(err)));
    await page.goto(url, { waitUntil: 'load' });
    await keepRevealing(page);
    return page;
  }

  let workersStopped = 0;
  /**
   * Chromium: stop the extension's service worker, as the browser does when it is idle, by closing
   * its target over CDP (no attaching: a worker that is stopping cannot be evaluated in). A worker
   * that is not running is already as good as killed. Firefox's background is out of reach (TOOLING.md).
   */
  async function killWorker(): Promise<void> {
    if (browserName !== 'chromium') return;
    const cdp = await browser.target().createCDPSession();
    try {
      const running = async () => {
        const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
        return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
      };
      for (const target of await running()) {
        await cdp.send('Target.closeTarget', { targetId: target.targetId }).then(() => (workersStopped += 1), () => undefined);
      }
      const deadline = Date.now() + 10_000;
      while ((await running()).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  }

  it('saves a note on the seed page, and it survives a killed worker and a browser restart with the same profile', async () => {
    const page = await open(SEED_URL);
    await waitForSaveControl(page, 'no');
    await saveNote(page, SEED_NOTE, 'evidence, Home Office');
    expect(await shownNote(page)).toEqual({ text: SEED_NOTE, tags: ['evidence', 'Home Office'] });

    // Firefox's background cannot be reached from puppeteer to stop it (TOOLING.md): one reload there.
    for (let kill = 0; kill < (browserName === 'chromium' ? 3 : 1); kill += 1) {
      await killWorker();
      await page.reload({ waitUntil: 'load' });
      await waitForSaveControl(page, 'yes');
      expect((await shownNote(page)).text).toBe(SEED_NOTE);
    }
    await page.close();
    if (browserName === 'chromium') expect(workersStopped).toBeGreaterThanOrEqual(3);

    await browser.close();
    browser = await launch();
    const again = await open(SEED_URL);
    await waitForSaveControl(again, 'yes');
    expect(await shownNote(again)).toEqual({ text: SEED_NOTE, tags: ['evidence', 'Home Office'] });
    await again.close();
  }, 150_000); // three worker kills and a browser restart

  it('offers the three citation forms for the seed question', async () => {
    const page = await open(SEED_URL);
    await page.waitForFunction(() => document.querySelector('parliament-lens')?.shadowRoot?.querySelector('[data-section="question"]')?.textContent?.includes('working days'), { timeout: 15_000 });
    const cite = (form: string) => page.evaluate((f) => {
      const root = document.querySelector('parliament-lens')!.shadowRoot!;
      const select = root.querySelector('#pl-citation-form') as HTMLSelectElement;
      select.value = f;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return new Promise<string>((resolve) => setTimeout(() => resolve(root.querySelector(`[data-citation-form="${f}"]`)?.textContent ?? ''), 50));
    }, form);
    expect(await cite('twfy')).toBe('HC Deb, 8 February 2019, cW');
    // The seed's real gid (SEED_URL, its first guess, redirects there: scripts/lib/demo-site.js).
    expect(await cite('official')).toBe('Written question 214555, tabled 30 January 2019, answered 8 February 2019, Home Office');
    expect(await cite('markdown')).toBe('[Offences against Children: Internet (HC written question 214555)](https://www.theyworkforyou.com/wrans/?id=2019-01-30.214555.h)');
    await page.close();
  });

  it('lists saved items in the options page; export → import reproduces every item', async () => {
    for (const [url, note, tags] of CORPUS_PAGES) {
      const page = await open(url);
      await saveNote(page, note, tags);
      await killWorker();
      await page.close();
    }
    const seed = await open(SEED_URL);
    const seedId = await frameQuestionId(seed);
    const options = await openOptionsFromSidebar(browser, seed);
    // The list arrives from the (just stopped, so waking) worker after the page is ready.
    await options.waitForFunction(() => document.querySelectorAll('[data-options-panel="notebook"] li[data-saved-id]').length >= 3, { timeout: 15_000 });
    const listed = await optionsItems(options);
    expect(listed.map((i) => i.id).sort()).toEqual([seedId, 'Commons/7117/2023-12-14', 'Lords/HL1234/2023-12-06'].sort());
    expect(listed.find((i) => i.id === seedId)).toEqual({ id: seedId, note: SEED_NOTE, tags: ['evidence', 'Home Office'] });

    const exported = await exportFromOptions(options);
    const file = JSON.parse(exported) as { format: string; saved: { id: string; note: string }[] };
    expect(file.format).toBe('parliament-lens-notebook');
    expect(file.saved.map((i) => i.id).sort()).toEqual(listed.map((i) => i.id).sort());

    // Remove every item through the page's own buttons, then import the file.
    while ((await optionsItems(options)).length > 0) {
      const count = (await optionsItems(options)).length;
      await options.evaluate(() => Array.from(document.querySelectorAll('[data-options-panel="notebook"] li button')).find((b) => b.textContent === 'Remove')?.dispatchEvent(new MouseEvent('click', { bubbles: true })));
      await options.waitForFunction((n) => document.querySelectorAll('[data-options-panel="notebook"] li[data-saved-id]').length < n, { timeout: 10_000 }, count);
    }
    await killWorker();
    const outcome = await importInOptions(options, 'notebook.json', exported);
    expect(outcome).toEqual({ state: 'ok', message: 'From notebook.json: 3 added. Your settings were not changed.' });
    await options.waitForFunction(() => document.querySelectorAll('[data-options-panel="notebook"] li[data-saved-id]').length >= 3, { timeout: 15_000 });
    expect(sortById(await optionsItems(options))).toEqual(sortById(listed));
    const reexported = JSON.parse(await exportFromOptions(options));
    expect({ ...reexported, exportedAt: null }).toEqual({ ...file, exportedAt: null });

    // The same file again changes nothing; a file with another note for the seed question keeps both.
    expect(await importInOptions(options, 'notebook.json', exported)).toEqual({ state: 'ok', message: 'From notebook.json: 3 already in your notebook. Your settings were not changed.' });
    const theirs = { ...file, saved: file.saved.map((item) => (item.id === seedId ? { ...item, note: 'A colleague’s note: ask for the 2017 figure' } : item)) };
    expect((await importInOptions(options, 'colleague.json', JSON.stringify(theirs))).message).toBe('From colleague.json: 2 already in your notebook, 1 merged with yours (both notes kept). Your settings were not changed.');
    await options.waitForFunction((id) => document.querySelector(`li[data-saved-id="${id}"] .note`)?.textContent?.includes('colleague'), { timeout: 10_000 }, seedId);
    expect((await optionsItems(options)).find((i) => i.id === seedId)?.note).toBe(`${SEED_NOTE}\n\n— From the imported file —\nA colleague’s note: ask for the 2017 figure`);
    await options.close();
    await seed.close();
  });

  it('refuses a malformed or foreign file with a clear message and changes nothing', async () => {
    const seed = await open(SEED_URL);
    const options = await openOptionsFromSidebar(browser, seed);
    const before = await optionsItems(options);
    expect(await importInOptions(options, 'notes.txt', 'not json {')).toEqual({ state: 'refused', message: 'notes.txt is not JSON, so it is not a Parliament Lens notebook file. Nothing was changed.' });
    const foreign = await importInOptions(options, 'bookmarks.json', JSON.stringify({ bookmarks: [{ url: 'https://example.org' }] }));
    expect(foreign.state).toBe('refused');
    expect(foreign.message).toContain('not a Parliament Lens notebook file');
    const damaged = await importInOptions(options, 'damaged.json', JSON.stringify({ format: 'parliament-lens-notebook', version: 1, exportedAt: 'x', settings: null, saved: [{ id: 'Commons/1/2020-01-01' }] }));
    expect(damaged.state).toBe('refused');
    expect(damaged.message).toMatch(/damaged at saved\.0\..*Nothing was changed\./);
    // Issue 20: an oversized notebook is refused whole, before anything is written.
    const item = (i: number) => ({ id: `Commons/${100000 + i}/2023-12-01`, url: `https://www.theyworkforyou.com/wrans/?id=2023-12-01.${100000 + i}.h`, officialUrl: null, heading: `Q${i}`, house: 'Commons', uin: String(100000 + i), department: null, dateTabled: '2023-12-01', dateAnswered: null, askerName: null, answererName: null, note: '', tags: [], savedAt: i, updatedAt: i });
    const huge = { format: 'parliament-lens-notebook', version: 1, exportedAt: 'x', settings: null, saved: Array.from({ length: 5_001 }, (_, i) => item(i)) };
    expect(await importInOptions(options, 'huge.json', JSON.stringify(huge))).toEqual({ state: 'refused', message: 'This file has 5,001 saved questions; Parliament Lens imports at most 5,000 at a time. Split it into smaller files. Nothing was changed.' });
    const impossible = { ...huge, saved: [{ ...item(1), dateTabled: '2019-02-30' }] };
    expect((await importInOptions(options, 'february.json', JSON.stringify(impossible))).message).toMatch(/damaged at saved\.0\.dateTabled: Not a calendar day/);
    const big = await importInOptions(options, 'big.json', JSON.stringify({ ...impossible, padding: 'x'.repeat(11 * 1024 * 1024) }));
    expect(big).toEqual({ state: 'refused', message: 'big.json is 11.0 MB; Parliament Lens imports notebook files of at most 10 MB. Nothing was changed.' });
    // A fresh options page reads the notebook again (Firefox will not let BiDi reload it).
    await options.close();
    const reopened = await openOptionsFromSidebar(browser, seed);
    expect(await optionsItems(reopened)).toEqual(before);
    await reopened.close();
    await seed.close();
  });

  it('options page settings reach the sidebar: a section off, the site off, closed by default; the cache clears', async () => {
    const seed = await open(SEED_URL);
    const options = await openOptionsFromSidebar(browser, seed);
    await options.waitForFunction(() => /^\d+ responses/.test(document.querySelector('[data-cache-size]')?.textContent ?? ''), { timeout: 10_000 });
    await options.evaluate(() => Array.from(document.querySelectorAll('button')).find((b) => b.textContent === 'Clear cache')?.click());
    await options.waitForFunction(() => document.querySelector('[data-cache-size]')?.textContent?.startsWith('0 responses'), { timeout: 10_000 });

    const sidebarState = async () => {
      const page = await open(SEED_URL);
      await new Promise((r) => setTimeout(r, 1_500)); // a sidebar that is not coming has nothing to wait for
      const state = await page.evaluate(() => {
        const root = document.querySelector('parliament-lens')?.shadowRoot;
        return {
          host: Boolean(root),
          open: Boolean(root?.querySelector('aside')),
          sections: Array.from(root?.querySelectorAll('[data-section]') ?? []).map((s) => s.getAttribute('data-section')),
          marks: document.querySelectorAll('mark[data-lens-figure]').length,
        };
      });
      await page.close();
      return state;
    };
    await setOption(options, 'section-figures', false);
    await setOption(options, 'section-votes', false);
    // The figures section off: no ledger, and no highlights in the page either.
    await expect.poll(sidebarState, { timeout: 15_000 }).toMatchObject({ host: true, sections: ['question', 'asker', 'answerer', 'related'], marks: 0 });
    await setOption(options, 'section-figures', true);
    await setOption(options, 'section-votes', true);
    await setOption(options, 'site-theyworkforyou-wrans', false);
    await expect.poll(sidebarState, { timeout: 15_000 }).toMatchObject({ host: false });
    await setOption(options, 'site-theyworkforyou-wrans', true);
    // An import switches a site off only when the reader asked for the file's settings, and says so.
    const settingsFile = JSON.parse(await exportFromOptions(options)) as { settings: { sites: Record<string, boolean> } };
    const offFile = JSON.stringify({ ...settingsFile, saved: [], settings: { ...settingsFile.settings, sites: { 'theyworkforyou-wrans': false } } });
    expect((await importInOptions(options, 'off.json', offFile)).message).toBe('From off.json: no saved questions. Your settings were not changed.');
    await expect.poll(sidebarState, { timeout: 15_000 }).toMatchObject({ host: true });
    expect((await importInOptions(options, 'off.json', offFile, { settings: true })).message).toBe('From off.json: no saved questions. Settings changed: TheyWorkForYou written answers off. Parliament Lens no longer opens on that site: switch it back on under Settings.');
    await options.waitForFunction(() => !(document.querySelector('input[name="site-theyworkforyou-wrans"]') as HTMLInputElement).checked, { timeout: 5_000 });
    await expect.poll(sidebarState, { timeout: 15_000 }).toMatchObject({ host: false });
    await setOption(options, 'site-theyworkforyou-wrans', true);
    await setOption(options, 'default-open', false);
    await expect.poll(sidebarState, { timeout: 15_000 }).toMatchObject({ host: true, open: false });
    await setOption(options, 'default-open', true);
    await expect.poll(sidebarState, { timeout: 15_000 }).toMatchObject({ host: true, open: true });
    expect((await sidebarState()).marks).toBeGreaterThan(0);
    await options.close();
    await seed.close();
  }, 120_000);

  it('threw nothing into the pages and sent the notes nowhere', () => {
    expect(errors).toEqual([]);
    const sent = env.server.requests().filter((r) => JSON.stringify(r).includes('2018 budget'));
    expect(sent).toEqual([]);
    if (browserName === 'firefox') expect(env.proxy.refused()).toEqual([]);
  });
});

function sortById<T extends { id: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.id.localeCompare(b.id));
}
