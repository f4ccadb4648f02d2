#!/usr/bin/env node
// `npm run bench`: the performance figures (a benchmark, not a timed test; run it on a quiet machine).
// Issue 7's budgets, in one run:
// - page-load main-thread time with and without the extension (seed page, longest corpus answer)
// - the JS heap the sidebar adds
// - content script main-thread time and start → first paint
// - cold API requests and warm page load → all sections ready
// - findMoney throughput over the whole corpus
// - a generated answer with 20,000 figures: the longest main-thread task while they are found, and the total time
// - bundle sizes (minified and gzipped)
import { build } from 'esbuild';
import { readFileSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildAll } from './build.js';
import { findChromium, howToGetBrowsers, launchChromium } from './lib/browsers.js';
import { createDemoRoutes } from './lib/demo-site.js';
import { startFixtureServer } from './lib/fixture-server.js';
import { isApiHost } from './lib/hosts.js';
import { ALL_SECTIONS, readSidebar } from './lib/read-sidebar.js';
import { missingSharedMessage } from './lib/shared-dir.js';
import { loadTwfyCorpus } from './lib/twfy-page.js';
import { SEED_PATH } from './lib/demo-site.js';
import { manyFiguresPath, renderManyFiguresPage } from './lib/many-figures-page.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LOADS = 15;
/** What a page load settles without the reader scrolling (related questions wait to be scrolled to). */
const LOAD_SECTIONS = ['question', 'asker', 'answerer', 'votes', 'figures'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(2)} ms`;

/** Every full question and answer text the offline world has: the real corpus months with ../shared, else our own records. */
function corpusTexts() {
  const { corpus } = loadTwfyCorpus();
  const full = [...corpus.fullTextById.values()].filter((f) => f.answer_text);
  const list = new Map(corpus.items.map((q) => [q.id, q]));
  const plain = (html) => html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&');
  const texts = full.flatMap((f) => [f.question_text, plain(f.answer_text)]);
  const longest = full.reduce((a, b) => (b.answer_text.length > a.answer_text.length ? b : a));
  const item = list.get(longest.id);
  // The answer with the most table cells (issue 14: the figures task on the longest table answer).
  const cells = (f) => (f.answer_text.match(/<td/g) ?? []).length;
  const widest = full.reduce((a, b) => (cells(b) > cells(a) ? b : a));
  const widestItem = list.get(widest.id);
  return {
    texts,
    longestGid: `${item.dateTabled.slice(0, 10)}.${item.uin}.h`,
    longestChars: longest.answer_text.length,
    tableGid: widestItem ? `${widestItem.dateTabled.slice(0, 10)}.${widestItem.uin}.h` : null,
    tableCells: cells(widest),
  };
}

async function findMoneyThroughput(texts) {
  const out = path.join(root, '.cache', 'bench', 'money.mjs');
  await mkdir(path.dirname(out), { recursive: true });
  await build({ entryPoints: [path.join(root, 'src/extract/money.ts')], bundle: true, format: 'esm', outfile: out, logLevel: 'warning' });
  const { findMoney } = await import(pathToFileURL(out).href);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  for (let i = 0; i < 5; i++) texts.forEach((t) => findMoney(t));
  const rates = [];
  for (let r = 0; r < 9; r++) {
    const start = process.hrtime.bigint();
    for (const t of texts) findMoney(t);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    rates.push(bytes / 1e6 / seconds);
  }
  return { mbPerSecond: median(rates), megabytes: bytes / 1e6 };
}

async function contentTimings(browser, url) {
  const main = [];
  const paint = [];
  const parts = { read: [], figures: [], render: [] };
  for (let i = 0; i < LOADS; i++) {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await readSidebar(page);
    await page.waitForFunction(() => performance.getEntriesByName('parliament-lens:start-to-first-paint').length > 0, { timeout: 5000 });
    const m = await page.evaluate(() => ({
      main: performance.getEntriesByName('parliament-lens:main-thread')[0]?.duration ?? NaN,
      paint: performance.getEntriesByName('parliament-lens:start-to-first-paint')[0]?.duration ?? NaN,
      read: performance.getEntriesByName('parliament-lens:read-page')[0]?.duration ?? NaN,
      figures: performance.getEntriesByName('parliament-lens:figures')[0]?.duration ?? NaN,
      render: performance.getEntriesByName('parliament-lens:render')[0]?.duration ?? NaN,
    }));
    if (i > 0) { // the first load warms caches
      main.push(m.main); paint.push(m.paint);
      parts.read.push(m.read); parts.figures.push(m.figures); parts.render.push(m.render);
    }
    await page.close();
  }
  return { main: median(main), paint: median(paint), read: median(parts.read), figures: median(parts.figures), render: median(parts.render) };
}

/**
 * The page's whole renderer main-thread time for one load (CDP TaskDuration: parsing, layout,
 * paint, the page's scripts and ours), and its JS heap after a full GC. With the extension the
 * load counts until every section a load fills has settled; without, until the same quiet moment.
 */
async function pageCost(browser, url, withExtension) {
  const tasks = [];
  const heaps = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await browser.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const before = await taskSeconds(cdp);
    await page.goto(url, { waitUntil: 'load' });
    // The load as a reader gets it: every section above the fold settled, nothing scrolled to.
    if (withExtension) await readSidebar(page, { settled: LOAD_SECTIONS, reveal: false });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const after = await taskSeconds(cdp);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    if (i > 0) { // the first load warms caches
      tasks.push((after - before) * 1000);
      heaps.push(usedSize);
    }
    await page.close();
  }
  return { mainMs: median(tasks), heapBytes: median(heaps) };
}

async function taskSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
}

function bundleSizes() {
  return ['content.js', 'background.js'].map((file) => {
    const full = path.join(root, 'dist/chrome', file);
    return { file, bytes: statSync(full).size, gzip: gzipSync(readFileSync(full)).length };
  });
}

/** API requests on a cold visit (fresh profile), then page load → all data sections settled, warm. */
async function dataTimings(browser, server, url) {
  // Photos are <img> loads by the page, not API calls of ours.
  const apiCalls = () => server.requests().filter((r) => isApiHost(r.host) && !r.path.endsWith('/Thumbnail'));
  const apiCount = () => apiCalls().length;
  const byHost = () => {
    const perHost = new Map();
    for (const r of apiCalls()) perHost.set(r.host, (perHost.get(r.host) ?? 0) + 1);
    return [...perHost].map(([host, n]) => `${host.split('.')[0]} ${n}`).join(', ');
  };
  server.clearRequests();
  const cold = await browser.newPage();
  await cold.goto(url, { waitUntil: 'load' });
  // First as the page loads: the related questions and TWFY policy records below the fold wait
  // until the reader scrolls to them.
  await readSidebar(cold, { settled: LOAD_SECTIONS, reveal: false });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const beforeScroll = { count: apiCount(), byHost: byHost() };
  // Then scrolled through to the end, every part loaded.
  await readSidebar(cold, { settled: ALL_SECTIONS, everyPart: true, timeoutMs: 15_000 });
  const coldRequests = apiCount();
  const coldByHost = byHost();
  const coldWindow = apiCalls().map((r) => r.time);
  await cold.close();
  const warm = [];
  for (let i = 0; i < 8; i++) {
    server.clearRequests();
    const page = await browser.newPage();
    const start = Date.now();
    await page.goto(url, { waitUntil: 'load' });
    await readSidebar(page, { settled: ALL_SECTIONS });
    warm.push(Date.now() - start);
    if (apiCount() !== 0) console.log(`warning: warm visit ${i} made ${apiCount()} API requests`);
    await page.close();
  }
  const spread = coldWindow.length ? Math.max(...coldWindow) - Math.min(...coldWindow) : 0;
  return { beforeScroll, coldRequests, coldByHost, coldSpreadMs: spread, warm: median(warm) };
}

/** The generated 20,000-figure answer (issue 20), served beside the demo site. */
const MANY_FIGURES = 20_000;
function withManyFigures(routes) {
  const site = routes['www.theyworkforyou.com'];
  const html = renderManyFiguresPage(MANY_FIGURES);
  return { ...routes, 'www.theyworkforyou.com': (req, res, ctx) => (ctx.url.pathname + ctx.url.search === manyFiguresPath(MANY_FIGURES) ? ctx.html(html) : site(req, res, ctx)) };
}

/**
 * The 20,000-figure page: the longest main-thread task ('longtask' entries, Chromium) and the
 * longest slice of ours while the figures are found and shown, and how long that takes in all.
 */
async function manyFiguresTimings(browser) {
  const runs = [];
  for (let i = 0; i < 4; i++) {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(() => {
      const w = /** @type {any} */ (window);
      w.__longTasks = [];
      new PerformanceObserver((list) => w.__longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`https://www.theyworkforyou.com${manyFiguresPath(MANY_FIGURES)}`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('parliament-lens[data-lens-instance]')?.getAttribute('data-figures') === 'ready', { timeout: 120_000, polling: 100 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const m = await page.evaluate(() => {
      const figures = performance.getEntriesByName('parliament-lens:figures')[0];
      const from = figures?.startTime ?? 0;
      const to = from + (figures?.duration ?? 0);
      const longTasks = /** @type {any} */ (window).__longTasks.filter((t) => t.start + t.duration >= from && t.start <= to);
      return {
        totalMs: figures?.duration ?? NaN,
        longestTaskMs: Math.max(0, ...longTasks.map((t) => t.duration)),
        longestSliceMs: performance.getEntriesByName('parliament-lens:figures-longest-slice')[0]?.duration ?? NaN,
        ledgerRenderMs: performance.getEntriesByName('parliament-lens:ledger-render')[0]?.duration ?? NaN,
      };
    });
    if (i > 0) runs.push(m); // the first load warms caches
    await page.close();
  }
  const med = (key) => median(runs.map((r) => r[key]));
  return { totalMs: med('totalMs'), longestTaskMs: Math.max(...runs.map((r) => r.longestTaskMs)), longestSliceMs: Math.max(...runs.map((r) => r.longestSliceMs)), ledgerRenderMs: med('ledgerRenderMs') };
}

// Without ../shared the figures come from our own few records: say so, they are not comparable.
if (missingSharedMessage()) console.log(missingSharedMessage());
const chromium = findChromium();
await buildAll({ quiet: true });
const { texts, longestGid, longestChars, tableGid, tableCells } = corpusTexts();
const money = await findMoneyThroughput(texts);
console.log(`findMoney: ${money.mbPerSecond.toFixed(0)} MB/s over ${money.megabytes.toFixed(2)} MB of corpus text (budget >= 200 MB/s)`);
for (const b of bundleSizes()) console.log(`bundle ${b.file}: ${(b.bytes / 1024).toFixed(1)} KB minified, ${(b.gzip / 1024).toFixed(1)} KB gzipped${b.file === 'content.js' ? ' (budget <= 40 KB minified)' : ''}`);
if (!chromium) {
  console.log(howToGetBrowsers());
  process.exit(1);
}
const server = await startFixtureServer({ routes: withManyFigures(createDemoRoutes()) });
const browser = await launchChromium({ extensionDir: path.join(root, 'dist/chrome'), serverPort: server.port });
const plain = await launchChromium({ serverPort: server.port });
const seedUrl = `https://www.theyworkforyou.com${SEED_PATH}`;
// The longest answer is often also the one with the most table cells: then one line says both.
const longestLabel = tableGid === longestGid ? `longest corpus answer (${longestChars} chars, ${tableCells} table cells)` : `longest corpus answer (${longestChars} chars)`;
const pages = [['seed page', seedUrl], [longestLabel, `https://www.theyworkforyou.com/wrans/?id=${longestGid}`]];
if (tableGid && tableGid !== longestGid) pages.push([`longest table answer (${tableCells} cells)`, `https://www.theyworkforyou.com/wrans/?id=${tableGid}`]);
try {
  const data = await dataTimings(browser, server, seedUrl);
  console.log(`seed page, cold visit: ${data.beforeScroll.count} API requests as the page loads (budget <= 8: ${data.beforeScroll.byHost})`);
  console.log(`  ${data.coldRequests} once the sidebar is scrolled to the end (${data.coldByHost}), first to last within ${data.coldSpreadMs} ms`);
  console.log(`seed page, warm visit: navigation -> all six sections settled in ${data.warm} ms (median of 8, zero API requests)`);
  const many = await manyFiguresTimings(browser);
  console.log(`${MANY_FIGURES.toLocaleString('en-GB')} figures (generated answer): found, highlighted and listed in ${ms(many.totalMs)} (median of 3); ` +
    `longest main-thread task meanwhile ${many.longestTaskMs ? ms(many.longestTaskMs) : 'none over 50 ms'}, longest slice of ours ${ms(many.longestSliceMs)}, ledger render ${ms(many.ledgerRenderMs)} (budget: no task over 50 ms)`);
  for (const [label, url] of pages) {
    const t = await contentTimings(browser, url);
    console.log(`content script on the ${label}: main thread ${ms(t.main)}, start -> first paint ${ms(t.paint)} (budget <= 15 ms; median of ${LOADS - 1})`);
    console.log(`  of which: read page ${ms(t.read)}, find + highlight figures ${ms(t.figures)}, render sidebar ${ms(t.render)}`);
    const without = await pageCost(plain, url, false);
    const withLens = await pageCost(browser, url, true);
    const extra = (withLens.mainMs / without.mainMs - 1) * 100;
    console.log(`page load main thread on the ${label}: ${ms(without.mainMs)} without, ${ms(withLens.mainMs)} with the extension (+${extra.toFixed(0)} %; budget <= +5 %)`);
    const heapMb = (withLens.heapBytes - without.heapBytes) / 1024 / 1024;
    console.log(`JS heap on the ${label}: ${(without.heapBytes / 1024 / 1024).toFixed(2)} MB without, ${(withLens.heapBytes / 1024 / 1024).toFixed(2)} MB with (+${heapMb.toFixed(2)} MB; budget <= 5 MB)`);
  }
} finally {
  await Promise.allSettled([browser.close(), plain.close()]);
  await server.close();
}
