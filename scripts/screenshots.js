#!/usr/bin/env node
// Screenshots of the seed page with the sidebar open at the widths a reader uses (1400, 1024, 800
// and 320 px), light and dark, for docs/ and the README (issue 17's before/after).
// Usage: node scripts/screenshots.js <prefix>   (writes docs/screenshots/<prefix>-<width>-<scheme>.png)
// Uses the build in dist/ as it is (run `npm run build` first).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, howToGetBrowsers, launchChromium } from './lib/browsers.js';
import { createDemoRoutes, SEED_PATH } from './lib/demo-site.js';
import { startFixtureServer } from './lib/fixture-server.js';
import { ALL_SECTIONS, readSidebar } from './lib/read-sidebar.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEED_URL = `https://www.theyworkforyou.com${SEED_PATH}`;
const prefix = process.argv[2] ?? 'after';
const WIDTHS = [1400, 1024, 800, 320];

if (!findChromium()) {
  console.error(howToGetBrowsers());
  process.exit(1);
}
const server = await startFixtureServer({ routes: createDemoRoutes() });
const browser = await launchChromium({ extensionDir: path.join(root, 'dist/chrome'), serverPort: server.port, headless: true });
const outDir = path.join(root, 'docs', 'screenshots');
await mkdir(outDir, { recursive: true });
try {
  for (const scheme of ['light', 'dark']) {
    for (const width of WIDTHS) {
      const page = await browser.newPage();
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.setViewport({ width, height: 800 });
      await page.goto(SEED_URL, { waitUntil: 'load' });
      await readSidebar(page, { settled: ALL_SECTIONS.filter((s) => s !== 'related') });
      const file = path.join(outDir, `${prefix}-${width}-${scheme}.png`);
      await page.screenshot({ path: file });
      console.log(path.relative(root, file));
      await page.close();
    }
  }
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
}
