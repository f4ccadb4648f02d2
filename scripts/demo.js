#!/usr/bin/env node
// `npm start`: build, serve the offline demo (the seed page, every corpus question as a TWFY page,
// the fake APIs) under the real hostnames, and open a browser with the extension loaded.
// With a display: a browser window to click around in (Ctrl+C ends the demo).
// Without one (or with --headless): a screenshot of the seed page and what the sidebar shows.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.js';
import { findChromium, findFirefox, howToGetBrowsers, launchChromium, launchFirefox } from './lib/browsers.js';
import { startConnectProxy } from './lib/connect-proxy.js';
import { createDemoRoutes, SEED_PATH } from './lib/demo-site.js';
import { startFixtureServer } from './lib/fixture-server.js';
import { ALL_SECTIONS, readSidebar } from './lib/read-sidebar.js';
import { missingSharedMessage } from './lib/shared-dir.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEED_URL = `https://www.theyworkforyou.com${SEED_PATH}`;
const INDEX_URL = 'https://www.theyworkforyou.com/';
const headless = process.argv.includes('--headless') || !process.env.DISPLAY || Boolean(process.env.CI);

// A clone without ../shared serves the seed and our own records; the corpus months are left out.
const missingShared = missingSharedMessage();
if (missingShared) console.log(missingShared);
const chromium = findChromium();
const firefox = findFirefox();
if (!chromium && !firefox) {
  console.error(howToGetBrowsers());
  process.exit(1);
}

await buildAll();
const server = await startFixtureServer({ routes: createDemoRoutes() });
const proxy = await startConnectProxy({ targetPort: server.port });
const browser = chromium
  ? await launchChromium({ extensionDir: path.join(root, 'dist/chrome'), serverPort: server.port, headless })
  : await launchFirefox({ extensionDir: path.join(root, 'dist/firefox'), proxyPort: proxy.port, headless });
const shutdown = async () => {
  await browser.close().catch(() => undefined);
  await proxy.close();
  await server.close();
};

if (headless) {
  await screenshotSeed().finally(shutdown);
} else {
  const index = await browser.newPage();
  await index.goto(INDEX_URL);
  const seed = await browser.newPage();
  await seed.goto(SEED_URL);
  console.log(`Demo running in ${chromium ? 'Chromium' : 'Firefox'}: the seed page and the corpus index (${INDEX_URL}) are open.`);
  console.log('Close the browser or press Ctrl+C to stop.');
  browser.on('disconnected', () => shutdown().then(() => process.exit(0)));
  process.on('SIGINT', () => shutdown().then(() => process.exit(0)));
}

async function screenshotSeed() {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  await page.goto(SEED_URL, { waitUntil: 'load' });
  // Scrolled through once, as a reader would, so the parts below the fold load too; then back to
  // the top for the picture.
  const shown = await readSidebar(page, { settled: ALL_SECTIONS });
  await page.evaluate(() => document.querySelector('parliament-lens')?.shadowRoot?.querySelector('.scroll')?.scrollTo(0, 0));
  await mkdir(path.join(root, 'artifacts'), { recursive: true });
  const file = path.join(root, 'artifacts', 'demo-seed-page.png');
  await page.screenshot({ path: file });
  printSidebar(shown);
  console.log(`\nScreenshot: ${path.relative(process.cwd(), file)}`);
}

/** @param {import('./lib/read-sidebar.js').SidebarSnapshot} shown */
function printSidebar(shown) {
  if (!shown.present) {
    console.log('The sidebar did not appear on the seed page.');
    process.exitCode = 1;
    return;
  }
  console.log(`Parliament Lens on ${SEED_URL}`);
  for (const [section, state] of Object.entries(shown.sections)) {
    console.log(`\n[${section}] (${state})\n  ${shown.sectionText[section]}`);
  }
  console.log(`\nHighlighted in the page: ${shown.marks.join(' | ')}`);
}
