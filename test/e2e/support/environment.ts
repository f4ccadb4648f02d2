// The e2e environment: the fixture server answering for the real hostnames, the CONNECT proxy
// Firefox reaches it through, and browsers launched against both (DESIGN.md §10, TOOLING.md).
// Call startEnvironment() in a vitest beforeAll with a long hookTimeout, and close() in afterAll:
// close() shuts every browser it opened, then the proxy, then the server.

import type { Browser } from 'puppeteer';
import { launchChromium, launchFirefox } from '../../../scripts/lib/browsers.js';
import { startConnectProxy, type ConnectProxy } from '../../../scripts/lib/connect-proxy.js';
import { startFixtureServer, type FixtureServer, type RouteHandler } from '../../../scripts/lib/fixture-server.js';

export type { FixtureServer, RouteHandler, ConnectProxy };

export interface BrowserOptions {
  /** Defaults to true; HEADLESS=0 in the environment shows the window. */
  headless?: boolean;
  /** A fixed profile directory; by default puppeteer makes and removes a temporary one. */
  profileDir?: string;
  /** Firefox only: prefs on top of scripts/lib/browsers.js firefoxPrefs. */
  extraPrefs?: Record<string, unknown>;
}

export interface Environment {
  server: FixtureServer;
  proxy: ConnectProxy;
  /** The fixture server's port on 127.0.0.1. */
  port: number;
  openChromium(extensionDir: string, options?: BrowserOptions): Promise<Browser>;
  openFirefox(extensionDir: string, options?: BrowserOptions): Promise<Browser>;
  close(): Promise<void>;
}

const defaultHeadless = process.env.HEADLESS !== '0';

export async function startEnvironment({ routes = {} }: { routes?: Record<string, RouteHandler> } = {}): Promise<Environment> {
  const server = await startFixtureServer({ routes });
  const proxy = await startConnectProxy({ targetPort: server.port }).catch(async (err: unknown) => {
    await server.close();
    throw err;
  });
  const browsers = new Set<Browser>();

  const track = (browser: Browser): Browser => {
    browsers.add(browser);
    browser.once('disconnected', () => browsers.delete(browser));
    return browser;
  };

  return {
    server,
    proxy,
    port: server.port,
    async openChromium(extensionDir, { headless = defaultHeadless, profileDir } = {}) {
      const opts = { extensionDir, serverPort: server.port, headless, ...(profileDir ? { userDataDir: profileDir } : {}) };
      return track(await launchChromium(opts));
    },
    async openFirefox(extensionDir, { headless = defaultHeadless, profileDir, extraPrefs } = {}) {
      const opts = { extensionDir, proxyPort: proxy.port, headless, ...(profileDir ? { profileDir } : {}), ...(extraPrefs ? { extraPrefs } : {}) };
      return track(await launchFirefox(opts));
    },
    async close() {
      // Browsers first: they hold keep-alive connections and tunnels open on the servers.
      await Promise.allSettled([...browsers].map((b) => b.close()));
      browsers.clear();
      await Promise.allSettled([proxy.close(), server.close()]);
    },
  };
}
