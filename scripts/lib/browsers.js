// Finding and launching real browsers with the unpacked extension, pointed at the local fixture
// server instead of the internet. Every flag and pref here is explained by a measured fact in
// /work/shared/TOOLING.md ("Browsers", "Loading the extension"); see the comments beside them.

import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer';
import { HOSTS } from './hosts.js';

/** @typedef {import('puppeteer').Browser} Browser */
/** @typedef {import('puppeteer').WebWorker} WebWorker */

// ---- finding ---------------------------------------------------------------------------------

const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/**
 * A Chromium-family executable: $CHROME_PATH, a system install, or puppeteer's own download
 * (which only exists where the network allowed it; TOOLING.md: it fails here).
 * @returns {string | null}
 */
export function findChromium() {
  return firstExisting([process.env.CHROME_PATH, ...CHROMIUM_PATHS, puppeteerChrome()]);
}

/**
 * A Firefox executable: $FIREFOX_PATH or a system install.
 * @returns {string | null}
 */
export function findFirefox() {
  return firstExisting([process.env.FIREFOX_PATH, ...FIREFOX_PATHS]);
}

/** One line for when there is no browser (DESIGN.md §11). */
export function howToGetBrowsers() {
  return 'No browser found: install one with `apt-get install chromium firefox-esr` (or set CHROME_PATH / FIREFOX_PATH)';
}

/** @returns {string | undefined} */
function puppeteerChrome() {
  try {
    return puppeteer.executablePath();
  } catch {
    return undefined; // no download and no configured channel
  }
}

/**
 * @param {(string | undefined)[]} paths
 * @returns {string | null}
 */
function firstExisting(paths) {
  return paths.find((p) => p && existsSync(p)) ?? null;
}

// ---- Chromium --------------------------------------------------------------------------------

/**
 * `--host-resolver-rules` sending every served host to the fixture server. `MAP * ~NOTFOUND`
 * makes every other name fail to resolve, which keeps Chromium's own background traffic off
 * the network and makes a request to an unlisted host fail loudly (TOOLING.md).
 * @param {number} serverPort
 * @param {readonly string[]} [hosts]
 */
export function hostResolverRules(serverPort, hosts = HOSTS) {
  const maps = hosts.map((h) => `MAP ${h} 127.0.0.1:${serverPort}`);
  return [...maps, 'MAP * ~NOTFOUND', 'EXCLUDE localhost'].join(', ');
}

/**
 * Launch Chromium with the unpacked extension loaded.
 * @param {{ extensionDir?: string, serverPort: number, headless?: boolean, userDataDir?: string,
 *   executablePath?: string, extraArgs?: string[] }} options
 * @returns {Promise<Browser>}
 */
export async function launchChromium({ extensionDir, serverPort, headless = true, userDataDir, executablePath, extraArgs = [] }) {
  const exe = executablePath ?? findChromium();
  if (!exe) throw new Error(howToGetBrowsers());
  return puppeteer.launch({
    executablePath: exe,
    headless,
    // pipe: true is what lets puppeteer load/install unpacked extensions in Chrome.
    pipe: true,
    // No extensionDir: a plain browser (the benchmark's baseline without the extension).
    enableExtensions: extensionDir ? [extensionDir] : false,
    // The fixture cert comes from a throwaway CA; this covers page loads and the extension
    // background's fetches alike (TOOLING.md "Serving real hostnames locally").
    acceptInsecureCerts: true,
    ...(userDataDir ? { userDataDir } : {}),
    args: [
      '--no-sandbox', // we run as root (TOOLING.md "Browsers")
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic', // the fixture server speaks TCP only
      '--disable-dev-shm-usage',
      `--host-resolver-rules=${hostResolverRules(serverPort)}`,
      ...extraArgs,
    ],
  });
}

/**
 * The extension's service worker, once its script has run. The worker target appears
 * ~0.1–0.2 s after launch, and evaluating in it straight away can fail with `chrome is not
 * defined` or hang (TOOLING.md), so poll: find the target, attach, and probe `chrome.runtime.id`
 * with a short per-try timeout. The id depends on the extension's path: read it from the URL.
 * @param {Browser} browser
 * @param {{ extensionId?: string, timeoutMs?: number }} [options]
 * @returns {Promise<{ id: string, worker: WebWorker }>}
 */
export async function extensionWorker(browser, { extensionId, timeoutMs = 15_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no extension service worker target';
  while (Date.now() < deadline) {
    const target = browser.targets().find((t) => isExtensionWorker(t, extensionId));
    if (target) {
      try {
        const worker = await withTimeout(target.worker(), 2_000, 'attach');
        if (worker && (await withTimeout(worker.evaluate(workerReady), 2_000, 'evaluate'))) {
          return { id: new URL(target.url()).host, worker };
        }
        lastError = 'worker not ready';
      } catch (err) {
        lastError = err instanceof Error ? err.message : String(err);
      }
    }
    await sleep(100);
  }
  throw new Error(`extensionWorker: gave up after ${timeoutMs} ms (${lastError})`);
}

/**
 * @param {import('puppeteer').Target} target
 * @param {string} [extensionId]
 */
function isExtensionWorker(target, extensionId) {
  if (target.type() !== 'service_worker') return false;
  const url = target.url();
  return extensionId ? url.startsWith(`chrome-extension://${extensionId}/`) : url.startsWith('chrome-extension://');
}

/** Runs inside the worker: true once the extension APIs exist. */
function workerReady() {
  const g = /** @type {any} */ (globalThis);
  return typeof g.chrome !== 'undefined' && Boolean(g.chrome.runtime?.id);
}

// ---- Firefox ---------------------------------------------------------------------------------

/**
 * Prefs that route everything through the CONNECT proxy and silence Firefox's own background
 * traffic, so the proxy's refused-log shows only what the page or the extension asked for.
 * @param {number} proxyPort
 * @returns {Record<string, unknown>}
 */
export function firefoxPrefs(proxyPort) {
  return {
    // Firefox has no resolver rules: a manual proxy for every scheme, with no exceptions
    // (TOOLING.md). The proxy tunnels only the served hosts.
    'network.proxy.type': 1,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    // Loopback stays unproxied (Firefox's default), so the dead-end URLs below fail locally
    // instead of filling the proxy's refused-log.
    'network.proxy.allow_hijacking_localhost': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
    'network.trr.mode': 5, // no DNS over HTTPS
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    // Extensions: MV3 on (default in 153, harmless if so); no add-on update or metadata checks.
    'extensions.manifestV3.enabled': true,
    'extensions.getAddons.cache.enabled': false,
    'extensions.update.enabled': false,
    'extensions.update.autoUpdateDefault': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.webcompat-reporter.enabled': false,
    'extensions.pocket.enabled': false,
    'extensions.formautofill.addresses.enabled': false,
    'extensions.formautofill.creditCards.enabled': false,
    'app.update.enabled': false,
    'app.update.auto': false,
    'app.normandy.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.downloads.remote.enabled': false,
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.search.update': false,
    'browser.search.geoip.url': '',
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.newtabpage.enabled': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.newtabpage.activity-stream.feeds.system.topsites': false,
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.aboutHomeSnippets.updateUrl': '',
    'browser.ping-centre.telemetry': false,
    'browser.contentblocking.report.monitor.enabled': false,
    'browser.topsites.contile.enabled': false,
    'browser.urlbar.suggest.quicksuggest.sponsored': false,
    'browser.urlbar.quicksuggest.enabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': '',
    'services.sync.enabled': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'dom.security.https_only_mode': false,
    'geo.provider.network.url': '',
    'media.gmp-manager.url': '',
    'media.gmp-gmpopenh264.enabled': false,
    'identity.fxaccounts.enabled': false,
    // Remote Settings (blocklists, CRLite, search config…) polls firefox.settings.services.mozilla.com
    // from startup. Release builds honour this pref only with MOZ_REMOTE_SETTINGS_DEVTOOLS=1 set
    // in the environment (see launchFirefox); port 9 (discard) on loopback refuses at once.
    'services.settings.server': 'http://127.0.0.1:9/v1',
  };
}

/**
 * Launch Firefox (WebDriver BiDi) and install the extension as a temporary add-on (no signing).
 * Firefox's extension background cannot be reached from puppeteer; test through the page DOM and
 * the fixture server's request log (TOOLING.md).
 * @param {{ extensionDir: string, proxyPort: number, headless?: boolean, profileDir?: string,
 *   executablePath?: string, extraPrefs?: Record<string, unknown> }} options
 * @returns {Promise<Browser>}
 */
export async function launchFirefox({ extensionDir, proxyPort, headless = true, profileDir, executablePath, extraPrefs = {} }) {
  const exe = executablePath ?? findFirefox();
  if (!exe) throw new Error(howToGetBrowsers());
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: exe,
    headless,
    acceptInsecureCerts: true,
    ...(profileDir ? { userDataDir: profileDir } : {}),
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: { ...firefoxPrefs(proxyPort), ...extraPrefs },
  });
  try {
    await browser.installExtension(extensionDir);
    return browser;
  } catch (err) {
    await browser.close().catch(() => {});
    throw err;
  }
}

// ---- helpers ---------------------------------------------------------------------------------

/** @param {number} ms */
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
function withTimeout(promise, ms, what) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, timeout])).finally(() => clearTimeout(timer));
}
