#!/usr/bin/env node
// `npm run bench`: the performance figures (a benchmark, not a timed test; run it on a quiet machine).
// - content script main-thread time and start → first paint, on the seed page and the longest corpus answer
// - findMoney throughput over the whole corpus
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
import { readSidebar } from './lib/read-sidebar.js';
import { missingSharedMessage, SHARED_DIR } from './lib/shared-dir.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = SHARED_DIR;
const LOADS = 15;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(2)} ms`;

function corpusTexts() {
  const lines = (f) => readFileSync(path.join(shared, 'corpus', f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const full = lines('questions-full-text-2023-12.jsonl');
  const list = new Map(lines('questions-list-2023-12.jsonl').map((l) => [l.value.id, l.value]));
  const plain = (html) => html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&');
  const texts = full.flatMap((f) => [f.question_text, plain(f.answer_text)]);
  const longest = full.reduce((a, b) => (b.answer_text.length > a.answer_text.length ? b : a));
  const item = list.get(longest.id);
  return { texts, longestGid: `${item.dateTabled.slice(0, 10)}.${item.uin}.h`, longestChars: longest.answer_text.length };
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

function bundleSizes() {
  return ['content.js', 'background.js'].map((file) => {
    const full = path.join(root, 'dist/chrome', file);
    return { file, bytes: statSync(full).size, gzip: gzipSync(readFileSync(full)).length };
  });
}

/** API requests on a cold visit (fresh profile), then page load → all data sections settled, warm. */
async function dataTimings(browser, server, url) {
  const apiCount = () => server.requests().filter((r) => r.host.endsWith('-api.parliament.uk')).length;
  server.clearRequests();
  const cold = await browser.newPage();
  await cold.goto(url, { waitUntil: 'load' });
  await readSidebar(cold, { settled: ['asker', 'answerer'] });
  const coldRequests = apiCount();
  const coldWindow = server.requests().filter((r) => r.host.endsWith('-api.parliament.uk')).map((r) => r.time);
  await cold.close();
  const warm = [];
  for (let i = 0; i < 8; i++) {
    server.clearRequests();
    const page = await browser.newPage();
    const start = Date.now();
    await page.goto(url, { waitUntil: 'load' });
    await readSidebar(page, { settled: ['asker', 'answerer'] });
    warm.push(Date.now() - start);
    if (apiCount() !== 0) console.log(`warning: warm visit ${i} made ${apiCount()} API requests`);
    await page.close();
  }
  const spread = coldWindow.length ? Math.max(...coldWindow) - Math.min(...coldWindow) : 0;
  return { coldRequests, coldSpreadMs: spread, warm: median(warm) };
}

if (missingSharedMessage()) {
  console.error(missingSharedMessage());
  process.exit(1);
}
const chromium = findChromium();
await buildAll({ quiet: true });
const { texts, longestGid, longestChars } = corpusTexts();
const money = await findMoneyThroughput(texts);
console.log(`findMoney: ${money.mbPerSecond.toFixed(0)} MB/s over ${money.megabytes.toFixed(2)} MB of corpus text (budget >= 200 MB/s)`);
for (const b of bundleSizes()) console.log(`bundle ${b.file}: ${(b.bytes / 1024).toFixed(1)} KB minified, ${(b.gzip / 1024).toFixed(1)} KB gzipped${b.file === 'content.js' ? ' (budget <= 40 KB minified)' : ''}`);
if (!chromium) {
  console.log(howToGetBrowsers());
  process.exit(1);
}
const server = await startFixtureServer({ routes: createDemoRoutes() });
const browser = await launchChromium({ extensionDir: path.join(root, 'dist/chrome'), serverPort: server.port });
try {
  const data = await dataTimings(browser, server, 'https://www.theyworkforyou.com/wrans/?id=2019-02-08.215246.h');
  console.log(`seed page, cold visit: ${data.coldRequests} API requests (budget <= 8), first to last within ${data.coldSpreadMs} ms`);
  console.log(`seed page, warm visit: navigation -> question, asker, answerer and figures ready in ${data.warm} ms (median of 8, zero API requests)`);
  for (const [label, gid] of [['seed page', '2019-02-08.215246.h'], [`longest corpus answer (${longestChars} chars)`, longestGid]]) {
    const t = await contentTimings(browser, `https://www.theyworkforyou.com/wrans/?id=${gid}`);
    console.log(`content script on the ${label}: main thread ${ms(t.main)}, start -> first paint ${ms(t.paint)} (budget <= 15 ms; median of ${LOADS - 1})`);
    console.log(`  of which: read page ${ms(t.read)}, find + highlight figures ${ms(t.figures)}, render sidebar ${ms(t.render)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
