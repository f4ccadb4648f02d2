// Issue 20, "highlights that leave the page alone" and "figures found in slices that yield to the
// page", in real Chromium and Firefox: figures in SVG, MathML, editable regions and hidden text are
// left as they are; the page's own <parliament-lens> and mark[data-lens-figure] stay; a page that
// rewrites its text after we highlighted ends with exactly its text; 20,000 figures never hold
// the page's main thread for more than 50 ms at a time. The pages are the seed page with an
// answer of the test's making (scripts/lib/many-figures-page.js), so they need no ../shared.
import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { createDemoRoutes } from '../../scripts/lib/demo-site.js';
import type { RouteHandler } from '../../scripts/lib/fixture-server.js';
import { manyFiguresPath, renderManyFiguresPage, renderSeedPageWithAnswer } from '../../scripts/lib/many-figures-page.js';
import { useDemoBrowser } from './support/demo-browser';
import { SEED_URL } from './support/extension';

const MANY = 20_000;
const MAX_BLOCK_MS = 50;
// The heartbeat also counts what the browser does for us (style and layout of 20,000 marks, GC, the
// ledger render) and whatever else shares a 2-core CI machine: measured 20–49 ms idle, 69–102 ms with
// a second test run beside it. It guards against a freeze (6–11 s in one task before slicing); our
// own work is held to 50 ms by the longest slice above, and `npm run bench` prints both figures.
const MAX_HEARTBEAT_LATE_MS = 150;

/** The answer's markup: what must stay untouched, and what must still be highlighted. */
const HOSTILE_ANSWER = [
  '<p id="plain">The fund is £5 million.</p>',
  '<p id="hidden-digits">We spent £<span style="display:none">99</span>5 million and £<span hidden>88</span>6 million,',
  ' and <span style="visibility:hidden">£4 million</span> unseen.</p>',
  '<p id="aria" aria-hidden="true">Seen by eye: £3 million.</p>',
  '<svg id="svg" width="200" height="20"><text x="0" y="15">£7 million</text></svg>',
  '<math id="math"><mi>£</mi><mn>8</mn><mi>m</mi></math>',
  '<div id="edit" contenteditable="true">Draft: £9 million</div>',
  '<p><textarea id="ta">£10 million</textarea></p>',
  '<parliament-lens id="page-lens">The page\'s own element: £11 million</parliament-lens>',
  '<p id="page-mark-p">A mark of the page\'s: <mark data-lens-figure="7" id="page-mark">£12 million</mark>.</p>',
  '<p id="live">Spent so far: £1 million of £2 million.</p>',
  '<p id="replaced">To be replaced: £13 million.</p>',
].join('\n');
const HOSTILE_PATH = '/wrans/?id=2019-01-30.214555.h&case=hostile-highlights';

/**
 * Runs in the page before the lens: keeps what the page showed and its own node of #live, as a
 * live-updating page holds the node it later writes to.
 */
const PAGE_SCRIPT = `<script>
  const answer = document.querySelector('.debate-speech[id$=".r0"] .debate-speech__content');
  window.__before = { innerText: answer.innerText, textContent: answer.textContent,
    untouched: ['svg', 'math', 'edit', 'ta', 'page-lens', 'page-mark-p'].map((id) => document.getElementById(id).outerHTML) };
  window.__liveNode = document.getElementById('live').firstChild;
</script>`;

function routes(): Record<string, RouteHandler> {
  const all = createDemoRoutes();
  const site = all['www.theyworkforyou.com']!;
  const pages = new Map([
    [HOSTILE_PATH, renderSeedPageWithAnswer(HOSTILE_ANSWER, 'markup a hostile or live page may hold')!.replace('</body>', `${PAGE_SCRIPT}</body>`)],
    [manyFiguresPath(MANY), renderManyFiguresPage(MANY)!],
  ]);
  const twfy: RouteHandler = (req, res, ctx) => {
    const page = pages.get(ctx.url.pathname + ctx.url.search);
    return page ? ctx.html(page) : site(req, res, ctx);
  };
  return { ...all, 'www.theyworkforyou.com': twfy };
}

const TICK_MS = 50;

/**
 * A heartbeat in the page's own world (as support/fault-probes.ts has), keeping every tick's time
 * so the ticks can be matched to when our figures were being found.
 */
async function installTickLog(page: Page): Promise<void> {
  await page.evaluateOnNewDocument((tick: number) => {
    const ticks: number[] = [];
    (window as unknown as { __ticks: number[] }).__ticks = ticks;
    setInterval(() => ticks.push(performance.now()), tick);
  }, TICK_MS);
}

/** Our host (stamped; the page has a <parliament-lens> of its own) says the figures are in place. */
async function figuresReady(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => document.querySelector('parliament-lens[data-lens-instance]')?.getAttribute('data-figures') === 'ready', { timeout, polling: 100 });
}

interface Seen {
  innerText: string;
  textContent: string;
  untouched: string[];
  marks: { index: string; text: string; inside: string | null }[];
  lenses: number;
}

function seeInPage(): Seen {
  const answer = document.querySelector('.debate-speech[id$=".r0"] .debate-speech__content') as HTMLElement;
  return {
    innerText: answer.innerText,
    textContent: answer.textContent ?? '',
    untouched: ['svg', 'math', 'edit', 'ta', 'page-lens', 'page-mark-p'].map((id) => document.getElementById(id)?.outerHTML ?? 'missing'),
    marks: Array.from(document.querySelectorAll('mark[data-lens-instance]')).map((m) => ({
      index: m.getAttribute('data-lens-figure') ?? '',
      text: m.textContent ?? '',
      inside: m.closest('[id]')?.id ?? null,
    })),
    lenses: document.querySelectorAll('parliament-lens').length,
  };
}

describe.each(['chromium', 'firefox'] as const)('%s: highlights that leave the page alone', (browserName) => {
  const demo = useDemoBrowser(browserName, { routes });

  it('highlights only visible HTML text and keeps the page exactly as it was', async () => {
    const page = await demo.open(`https://www.theyworkforyou.com${HOSTILE_PATH}`, { reveal: false });
    await figuresReady(page);
    const before = await page.evaluate(() => (window as unknown as { __before: Omit<Seen, 'marks' | 'lenses'> }).__before);
    const seen = await page.evaluate(seeInPage);
    // The figures a reader sees, and only those: hidden digits read as nothing, aria-hidden text is seen.
    const byIndex = new Map<string, string>();
    for (const m of seen.marks) byIndex.set(m.index, (byIndex.get(m.index) ?? '') + m.text);
    expect([...byIndex.values()]).toEqual(['£5 million', '£5 million', '£6 million', '£3 million', '£1 million', '£2 million', '£13 million']);
    expect(seen.marks.every((m) => ['plain', 'hidden-digits', 'aria', 'live', 'replaced'].includes(m.inside ?? '')), JSON.stringify(seen.marks)).toBe(true);
    // SVG, MathML, the editable region, the textarea, the page's own lens element and mark: byte for byte.
    expect(seen.untouched).toEqual(before.untouched);
    expect(seen.lenses, "the page's <parliament-lens> and ours").toBe(2);
    expect(seen.innerText).toBe(before.innerText);
    expect(seen.textContent).toBe(before.textContent);
    // The hidden digits are still there, still hidden.
    expect(await page.evaluate(() => document.querySelector('#hidden-digits span')?.textContent)).toBe('99');
    await page.close();
  }, 60_000);

  it('a page that rewrites its text after we highlighted ends with exactly the text it wrote', async () => {
    const page = await demo.open(`https://www.theyworkforyou.com${HOSTILE_PATH}`, { reveal: false });
    await figuresReady(page);
    const expected = await page.evaluate(() => {
      const w = window as unknown as { __before: { textContent: string; innerText: string }; __liveNode: Text };
      // The page writes to the node it kept (now split by our marks), and replaces another paragraph.
      w.__liveNode.data = 'Spent so far: £1.5 million of £2 million.';
      document.getElementById('replaced')!.innerHTML = 'Replaced: <b>£14 million</b>.';
      const swap = (s: string) => s.replace('Spent so far: £1 million of £2 million.', 'Spent so far: £1.5 million of £2 million.')
        .replace('To be replaced: £13 million.', 'Replaced: £14 million.');
      return { textContent: swap(w.__before.textContent), innerText: swap(w.__before.innerText) };
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const seen = await page.evaluate(seeInPage);
    expect(seen.textContent).toBe(expected.textContent);
    expect(seen.innerText).toBe(expected.innerText);
    expect(await page.evaluate(() => document.getElementById('live')!.childNodes.length), 'the page node alone, no pieces of ours').toBe(1);
    expect(seen.marks.filter((m) => m.inside === 'live' || m.inside === 'replaced')).toEqual([]);
    // The rest keep their highlights.
    expect(seen.marks.filter((m) => m.inside === 'plain').map((m) => m.text)).toEqual(['£5 million']);
    await page.close();
  }, 60_000);

  it(`finds and highlights ${MANY.toLocaleString('en-GB')} figures without blocking the page for more than ${MAX_BLOCK_MS} ms`, async () => {
    const page = await demo.browser.newPage();
    page.on('pageerror', (err) => demo.errors.push(String(err)));
    await installTickLog(page);
    const started = Date.now();
    await page.goto(`https://www.theyworkforyou.com${manyFiguresPath(MANY)}`, { waitUntil: 'load' });
    await figuresReady(page, 90_000);
    const tookMs = Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const found = await page.evaluate(() => {
      const host = document.querySelector('parliament-lens[data-lens-instance]');
      const measure = (name: string) => performance.getEntriesByName(name)[0];
      const figures = measure('parliament-lens:figures');
      return {
        figures: new Set(Array.from(document.querySelectorAll('mark[data-lens-instance]')).map((m) => m.getAttribute('data-lens-figure'))).size,
        rows: host?.shadowRoot?.querySelectorAll('[data-figure]').length ?? 0,
        note: host?.shadowRoot?.querySelector('[data-section="figures"]')?.textContent ?? '',
        from: figures?.startTime ?? Number.NaN,
        to: figures ? figures.startTime + figures.duration : Number.NaN,
        longestSlice: measure('parliament-lens:figures-longest-slice')?.duration ?? Number.NaN,
        ledgerRender: measure('parliament-lens:ledger-render')?.duration ?? Number.NaN,
        ticks: (window as unknown as { __ticks: number[] }).__ticks,
      };
    });
    // How late a tick came, for the ticks due while the figures were being found and shown (the
    // page's own load and first layout, our docking included, are not what this measures).
    const late = (inside: boolean) => Math.round(Math.max(0, ...found.ticks.slice(1).map((t, i) => {
      const due = found.ticks[i]! + TICK_MS;
      return !inside || (due >= found.from && found.ticks[i]! <= found.to + 100) ? t - due : 0;
    })));
    console.log(`${browserName} ${MANY} figures: load -> ready ${tookMs} ms; found and shown in ${Math.round(found.to - found.from)} ms; ` +
      `heartbeat max late ${late(true)} ms meanwhile (${late(false)} ms counting the page's load); longest slice ${found.longestSlice.toFixed(1)} ms, ledger render ${found.ledgerRender.toFixed(1)} ms`);
    expect(found.figures).toBe(MANY);
    expect(found.rows, 'the ledger lists its first rows and says how many there are').toBe(50);
    expect(found.note).toContain('20,000 figures in this answer');
    expect(found.longestSlice).toBeLessThanOrEqual(MAX_BLOCK_MS);
    expect(late(true), 'the page kept ticking').toBeLessThanOrEqual(MAX_HEARTBEAT_LATE_MS);
    await page.close();
  }, 120_000);

  it('still annotates the seed page, and no page threw', async () => {
    const page = await demo.open(SEED_URL, { reveal: false });
    await figuresReady(page);
    expect(await page.evaluate(() => document.querySelectorAll('mark[data-lens-instance]').length)).toBeGreaterThanOrEqual(4);
    await page.close();
    expect(demo.errors).toEqual([]);
  }, 60_000);
});
