// The setup most browser tests share: the offline demo world (demo-site.js routes on the fixture
// server), the production build in one browser, and pages opened with their errors noted.
// Call inside a describe: it registers the beforeAll / afterAll that start and stop everything.
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll } from 'vitest';
import { createDemoRoutes } from '../../../scripts/lib/demo-site.js';
import { keepRevealing } from '../../../scripts/lib/read-sidebar.js';
import { distDir } from './extension';
import { startEnvironment, type Environment, type RouteHandler } from './environment';

export type BrowserName = 'chromium' | 'firefox';

export interface DemoBrowser {
  readonly env: Environment;
  readonly browser: Browser;
  /** Every uncaught error any opened page threw, for a closing "threw nothing" check. */
  readonly errors: string[];
  /** A new tab at `url`, loaded, with its uncaught errors going to `errors`. */
  /** A new page at `url`, scrolled through like a reader's unless `reveal` is false (keepRevealing). */
  open(url: string, options?: { reveal?: boolean }): Promise<Page>;
}

export function useDemoBrowser(browserName: BrowserName, { routes }: { routes?: () => Record<string, RouteHandler> } = {}): DemoBrowser {
  let env: Environment | undefined;
  let browser: Browser | undefined;
  const errors: string[] = [];

  beforeAll(async () => {
    env = await startEnvironment({ routes: (routes ?? createDemoRoutes)() });
    const dir = distDir(browserName === 'chromium' ? 'chrome' : 'firefox');
    browser = browserName === 'chromium' ? await env.openChromium(dir) : await env.openFirefox(dir);
  });
  afterAll(async () => {
    await env?.close();
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useDemoBrowser: used before its beforeAll ran');
    return value;
  };
  return {
    get env() {
      return started(env);
    },
    get browser() {
      return started(browser);
    },
    errors,
    async open(url, { reveal = true } = {}) {
      const page = await started(browser).newPage();
      page.on('pageerror', (err) => errors.push(String(err)));
      await page.goto(url, { waitUntil: 'load' });
      if (reveal) await keepRevealing(page);
      return page;
    },
  };
}
