// The production build in real Chromium and Firefox, on the seed page and its neighbours, with the
// real hostnames answered by the local fixture server (DESIGN.md §10).
import { describe, expect, it } from 'vitest';
import { extensionWorker } from '../../scripts/lib/browsers.js';
import { createTwfySite } from '../../scripts/lib/demo-site.js';
import { isApiHost } from '../../scripts/lib/hosts.js';
import { ALL_SECTIONS, readSidebar } from '../../scripts/lib/read-sidebar.js';
import { SEED_URL } from './support/extension';
import { itWithShared } from '../support/shared';
import { useDemoBrowser } from './support/demo-browser';
import { freshPages } from './support/fresh-pages';

const SEED_FIGURES = [
  { text: '£40m', value: 40_000_000 },
  { text: '£21 million', value: 21_000_000 },
  { text: '£2.6 million', value: 2_600_000 },
  { text: '£250,000', value: 250_000 },
];

describe.each(['chromium', 'firefox'] as const)('%s: the seed page', (browserName) => {
  const demo = useDemoBrowser(browserName);
  const { errors, open } = demo;
  const nextFreshPage = freshPages();

  const apiRequests = () => demo.env.server.requests().filter((r) => isApiHost(r.host));

  /** Opens each TWFY gid and checks the question section is ready and names the UIN (and, if given, where the page ended up). */
  async function expectAnnotated(...pages: (readonly [gid: string, uin: string, landsOn?: string])[]) {
    for (const [gid, uin, landsOn] of pages) {
      const page = await open(`https://www.theyworkforyou.com/wrans/?id=${gid}`);
      if (landsOn) expect(page.url()).toBe(landsOn);
      const shown = await readSidebar(page);
      expect(shown.sections.question).toBe('ready');
      expect(shown.sectionText.question).toContain(uin);
      await page.close();
    }
  }

  it('fills the question record and both member cards from the APIs: 7 requests before the reader scrolls, 11 in all', async () => {
    demo.env.server.clearRequests();
    const page = await open(SEED_URL, { reveal: false });
    const byHost = () => {
      const counts: Record<string, number> = {};
      for (const r of apiRequests()) {
        counts[r.host] = (counts[r.host] ?? 0) + 1;
      }
      return counts;
    };
    // Before the reader scrolls: the record, both members and their votes on the topic. The
    // related questions and the TWFY policy records, further down, wait until scrolled to.
    await readSidebar(page, { settled: ['asker', 'answerer', 'votes'], reveal: false });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(byHost()).toEqual({ 'questions-statements-api.parliament.uk': 1, 'members-api.parliament.uk': 4, 'commonsvotes-api.parliament.uk': 2 });
    expect(await page.evaluate(() => document.querySelector('parliament-lens')?.shadowRoot?.querySelector('[data-section="related"]')?.getAttribute('data-state'))).toBe('loading');
    const shown = await readSidebar(page, { settled: ['asker', 'answerer', 'votes', 'related'] });
    expect(shown.sections).toMatchObject({ question: 'ready', asker: 'ready', answerer: 'ready' });
    expect(shown.sectionText.question).toContain('Tabled30 January 2019');
    expect(shown.sectionText.question).toContain('7 working days');
    expect(shown.sectionText.asker).toContain('On 8 February 2019:Labour, Rotherham');
    expect(shown.sectionText.answerer).toContain('On 8 February 2019:Conservative, Louth and Horncastle');
    expect(shown.sectionText.answerer).toContain('Parliamentary Under-Secretary of State (Home Office)');
    expect(shown.sectionText.answerer).toMatch(/Now: Conservative, Louth and Horncastle/);
    // Every request of a cold visit scrolled to the end, by API: the record (by tabled date and UIN, which the
    // related handlers then find in the cache), two members (record + biography each), each
    // member's votes on the topic, each member's TWFY policy record, and the related topic search
    // + the search for later questions citing this one.
    // The policy records are a part of the votes section that may arrive after it settles.
    await page.waitForFunction(() => document.querySelector('parliament-lens')?.shadowRoot?.querySelectorAll('[data-section="votes"] [data-policies]').length === 2, { timeout: 15_000 });
    expect(byHost()).toEqual({
      'questions-statements-api.parliament.uk': 3,
      'members-api.parliament.uk': 4,
      'commonsvotes-api.parliament.uk': 2,
      'votes.theyworkforyou.com': 2,
    });
    await page.close();
  });

  it('makes zero API requests on a second visit (IndexedDB cache)', async () => {
    demo.env.server.clearRequests();
    const page = await open(SEED_URL);
    // Every part, the policy records and related searches below the fold included.
    const shown = await readSidebar(page, { settled: ALL_SECTIONS, everyPart: true });
    expect(shown.sections).toMatchObject({ asker: 'ready', answerer: 'ready' });
    expect(apiRequests()).toEqual([]);
    await page.close();
  });

  it('highlights the four figures in the page and lists them with their values', async () => {
    const page = await open(SEED_URL);
    const shown = await readSidebar(page);
    expect(shown.present).toBe(true);
    const valued = shown.figures.filter((f) => f.value !== null);
    expect(valued.map((f) => f.value)).toEqual(SEED_FIGURES.map((f) => f.value));
    expect(valued.every((f) => f.currency === 'GBP')).toBe(true);
    // "investing millions of pounds" is a figure too, with no amount: listed without data-value.
    expect(shown.figures.filter((f) => f.value === null)).toHaveLength(1);
    expect(shown.marks).toEqual(expect.arrayContaining(SEED_FIGURES.map((f) => f.text)));
    expect(shown.sections.figures).toBe('ready');
    expect(shown.sectionText.figures).toContain('£14 million a year');
    expect(shown.sectionText.figures).toContain('Total£63.85 million');
    await page.close();
  });

  it('fills the question section from the page, before any network', async () => {
    const page = await open(SEED_URL);
    const shown = await readSidebar(page);
    expect(shown.sections).toMatchObject({ question: 'ready' });
    const q = shown.sectionText.question;
    for (const expected of ['Offences against Children: Internet', 'Home Office', '214555', 'Commons', '8 February 2019', 'Official record', 'Copy citation']) {
      expect(q).toContain(expected);
    }
    expect(shown.sectionText.asker).toContain('Sarah Champion');
    expect(shown.sectionText.answerer).toContain('Victoria Atkins');
    await page.close();
    // The seed's record is cached by now; on a page never visited, with the APIs holding every
    // request, the question section is still ready from the page alone.
    const fresh = nextFreshPage();
    demo.env.server.setFault('questions-statements-api.parliament.uk', 'hang');
    demo.env.server.setFault('members-api.parliament.uk', 'hang');
    try {
      const unseen = await open(fresh.url, { reveal: false });
      const before = await readSidebar(unseen);
      expect(before.sections).toMatchObject({ question: 'ready', asker: 'loading', answerer: 'loading', votes: 'loading' });
      expect(before.sectionText.question).toContain(fresh.heading);
      expect(before.sectionText.question).not.toContain('working days');
      await unseen.close();
    } finally {
      demo.env.server.clearFaults();
    }
  });

  it('leaves the page text and links intact and docks beside the page', async () => {
    const page = await open(SEED_URL);
    await readSidebar(page);
    const state = await page.evaluate(() => ({
      answer: document.querySelector('[id$=".r0"] .debate-speech__content')?.textContent?.replace(/\s+/g, ' ') ?? '',
      margin: getComputedStyle(document.documentElement).marginRight,
      panelWidth: document.querySelector('parliament-lens')?.shadowRoot?.querySelector('aside')?.getBoundingClientRect().width,
    }));
    expect(state.answer).toContain('We have announced a £40m package of measures');
    expect(state.answer).toContain('an extra £21 million over the following 18 months');
    expect(state.margin).toBe('380px');
    expect(state.panelWidth).toBe(380);
    await page.close();
  });

  it('closes to a tab, and remembers it across a reload', async () => {
    const page = await open(SEED_URL);
    await readSidebar(page);
    await page.evaluate(() => {
      const root = document.querySelector('parliament-lens')!.shadowRoot!;
      (root.querySelector('button[aria-label="Close Parliament Lens"]') as HTMLButtonElement).click();
    });
    const closed = await readSidebar(page);
    expect(closed.open).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('0px');
    await page.reload({ waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 300));
    const afterReload = await readSidebar(page);
    expect(afterReload.present).toBe(true);
    expect(afterReload.open).toBe(false);
    await page.evaluate(() => (document.querySelector('parliament-lens')!.shadowRoot!.querySelector('.tab') as HTMLButtonElement).click());
    expect((await readSidebar(page)).open).toBe(true);
    await page.close();
  });

  it('explains a highlighted figure on keyboard focus', async () => {
    const page = await open(SEED_URL);
    await readSidebar(page);
    const tip = await page.evaluate(() => {
      const mark = Array.from(document.querySelectorAll<HTMLElement>('mark[data-lens-figure]')).find((m) => m.textContent === '£21 million');
      mark?.focus();
      const tooltip = document.querySelector('parliament-lens')?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]');
      return { text: tooltip?.textContent ?? '', hidden: tooltip?.hidden ?? true, description: mark?.getAttribute('aria-description') };
    });
    expect(tip.hidden).toBe(false);
    expect(tip.text).toContain('£21 million');
    expect(tip.text).toContain('over the following 18 months: £14 million a year');
    expect(tip.description).toBe('21 million pounds, £14 million a year, £25.9 million in 2024 prices');
    await page.close();
  });

  it.runIf(browserName === 'chromium')('toggles when the background says so (toolbar button, shortcut)', async () => {
    const page = await open(SEED_URL);
    expect((await readSidebar(page)).open).toBe(true);
    const { worker } = await extensionWorker(demo.browser);
    // What the toolbar button and the shortcut do: the background messages the tab. Without the
    // "tabs" permission URLs are hidden, so message every tab; only ours has a listener.
    const toggle = () => worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: ChromeTabsApi }).chrome;
      const tabs = await api.tabs.query({});
      await Promise.allSettled(tabs.map((t) => api.tabs.sendMessage(t.id, { type: 'sidebar.toggle' })));
    });
    await toggle();
    await page.waitForFunction(() => !document.querySelector('parliament-lens')?.shadowRoot?.querySelector('aside'));
    await toggle();
    await page.waitForFunction(() => Boolean(document.querySelector('parliament-lens')?.shadowRoot?.querySelector('aside')));
    await page.close();
  });

  it('leaves pages that are not a written question untouched', async () => {
    const page = await open('https://www.theyworkforyou.com/wrans/?d=2019-02-08');
    await new Promise((r) => setTimeout(r, 500));
    const shown = await page.evaluate(() => ({
      host: Boolean(document.querySelector('parliament-lens')),
      marks: document.querySelectorAll('mark[data-lens-figure]').length,
      margin: document.documentElement.style.marginRight,
    }));
    expect(shown).toEqual({ host: false, marks: 0, margin: '' });
    await page.close();
  });

  it('keeps the seed\'s first URL working: TheyWorkForYou\'s redirect to the real gid, annotated there', async () => {
    // Where the seed was first filed (a guess); the offline TWFY redirects it, as TWFY does for moved gids.
    await expectAnnotated(['2019-02-08.215246.h', '214555', SEED_URL]);
  });

  it('annotates our own records: a grouped question and an answer with a table and a total', async () => {
    await expectAnnotated(['2026-11-03.990002.h', '990002'], ['2026-11-02.990001.h', '990001']);
  });

  itWithShared('annotates corpus questions: a grouped question and an answer with a table', async () => {
    await expectAnnotated(['2023-12-14.7117.h', '7117'], ['2023-12-08.6036.h', '6036']);
  });

  it('renders with its styles under a strict page CSP', async () => {
    demo.env.server.setRoute('www.theyworkforyou.com', createTwfySite({ strictCsp: true }));
    try {
      const page = await open(SEED_URL);
      const shown = await readSidebar(page);
      expect(shown.figures.filter((f) => f.value !== null)).toHaveLength(4);
      const position = await page.evaluate(() => {
        const aside = document.querySelector('parliament-lens')?.shadowRoot?.querySelector('aside');
        return aside ? getComputedStyle(aside).position : null;
      });
      expect(position).toBe('fixed');
      await page.close();
    } finally {
      demo.env.server.setRoute('www.theyworkforyou.com', createTwfySite());
    }
  });

  it('fills the answerer card on a grouped question from its record', async () => {
    const page = await open('https://www.theyworkforyou.com/wrans/?id=2026-11-03.990002.h');
    const shown = await readSidebar(page, { settled: ['asker', 'answerer'] });
    expect(shown.sections).toMatchObject({ question: 'ready', asker: 'ready', answerer: 'ready' });
    expect(shown.sectionText.question).toContain('Status');
    await page.close();
  });

  it('fills peers\' cards on a Lords question (peerage in place of a seat)', async () => {
    const page = await open('https://www.theyworkforyou.com/wrans/?id=2023-12-06.HL1234.h');
    const shown = await readSidebar(page, { settled: ['asker', 'answerer'] });
    expect(shown.sections).toMatchObject({ question: 'ready', asker: 'ready', answerer: 'ready' });
    expect(shown.sectionText.question).toContain('HL1234 Lords');
    expect(shown.sectionText.asker).toContain('Life peer');
    expect(shown.sectionText.answerer).toContain('(Department for Environment, Food and Rural Affairs)');
    await page.close();
  });

  it('says plainly when the question is not in the API yet, and links the official page', async () => {
    demo.env.server.setFault('questions-statements-api.parliament.uk', '404');
    try {
      const page = await open('https://www.theyworkforyou.com/wrans/?id=2023-12-11.6081.h');
      await page.waitForFunction(() => document.querySelector('parliament-lens')?.shadowRoot?.querySelector('[data-section="question"]')?.textContent?.includes('does not have this question yet'), { timeout: 15_000 });
      const shown = await readSidebar(page);
      expect(shown.sectionText.question).toContain('Official record');
      expect(shown.sections.figures).not.toBe('error');
      await page.close();
    } finally {
      demo.env.server.clearFaults();
    }
  });

  it('shows an API failure in its own sections only, with a retry that then works', async () => {
    demo.env.server.setFault('questions-statements-api.parliament.uk', '500');
    try {
      // A page no earlier test here opened, so its record is not in the cache.
      const page = await open('https://www.theyworkforyou.com/wrans/?id=2026-11-16.990004.h');
      const failed = await readSidebar(page, { settled: ['question', 'asker', 'answerer'], timeoutMs: 15_000 });
      await page.waitForFunction(() => document.querySelector('parliament-lens')?.shadowRoot?.querySelector('[data-section="asker"]')?.getAttribute('data-state') === 'error', { timeout: 15_000 });
      const shown = await readSidebar(page);
      expect(shown.sections).toMatchObject({ asker: 'error', answerer: 'error', figures: failed.sections.figures });
      expect(shown.sectionText.question).toContain('did not answer');
      demo.env.server.clearFaults();
      await page.evaluate(() => {
        const root = document.querySelector('parliament-lens')!.shadowRoot!;
        (root.querySelector('[data-section="question"] .error button') as HTMLButtonElement).click();
      });
      // Right after the click the sections may still say "error": wait for the answer itself.
      await page.waitForFunction(() => {
        const root = document.querySelector('parliament-lens')?.shadowRoot;
        return ['asker', 'answerer'].every((id) => root?.querySelector(`[data-section="${id}"]`)?.getAttribute('data-state') === 'ready');
      }, { timeout: 15_000 });
      const retried = await readSidebar(page);
      expect(retried.sections).toMatchObject({ asker: 'ready', answerer: 'ready' });
      await page.close();
    } finally {
      demo.env.server.clearFaults();
    }
  });

  it('threw nothing into the pages and talked to no host outside the list', () => {
    expect(errors).toEqual([]);
    if (browserName === 'firefox') expect(demo.env.proxy.refused()).toEqual([]);
    // With host permissions the background's requests carry no Origin (TOOLING.md).
    expect(demo.env.server.requests().filter((r) => r.origin)).toEqual([]);
  });
});

interface ChromeTabsApi {
  tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: object): Promise<unknown> };
}
