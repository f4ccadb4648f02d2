// Proves the e2e harness itself, without the real extension (which may not be built yet): a tiny
// throwaway MV3 extension is written to a temp dir and loaded into real Chromium and Firefox,
// which fetch the real hostnames from the local fixture server (DESIGN.md §10, TOOLING.md).

import { request } from 'node:https';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, WebWorker } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionWorker, findChromium, findFirefox, howToGetBrowsers } from '../../scripts/lib/browsers.js';
import { startEnvironment, type Environment, type RouteHandler } from './support/environment.js';

const WRANS_PATH = '/wrans/?id=2019-02-08.215246.h';
const WRANS_URL = `https://www.theyworkforyou.com${WRANS_PATH}`;
const CSP_URL = 'https://www.theyworkforyou.com/wrans/strict-csp/';
const MEMBER_URL = 'https://members-api.parliament.uk/api/Members/172';
/** Served like the APIs but deliberately left out of the test extension's host_permissions. */
const UNPERMITTED_API_URL = 'https://commonsvotes-api.parliament.uk/data/division/1873.json';
const MEMBER = { value: { id: 172, nameListAs: 'Abbott, Ms Diane', nameDisplayAs: 'Ms Diane Abbott' }, links: [] };

// ---- the throwaway extension -----------------------------------------------------------------

type Flavour = 'chromium' | 'firefox';

/** Content script: marks the page, and asks the background to fetch what a <meta> names. */
const CONTENT_JS = `
(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const probe = document.createElement('div');
  probe.id = 'harness-probe';
  probe.textContent = 'harness probe';
  document.body.append(probe);
  const meta = document.querySelector('meta[name="harness-fetch"]');
  if (!meta) return;
  api.runtime.sendMessage({ fetch: meta.content }, (reply) => {
    probe.dataset.fetch = reply ? (reply.ok ? String(reply.status) : 'error: ' + reply.error) : 'no reply';
  });
})();
`;

/** Background: fetches on request, from a message (both browsers) or a direct call (Chromium). */
const BACKGROUND_JS = `
const api = globalThis.browser ?? globalThis.chrome;
globalThis.harnessFetch = async (url) => {
  try {
    const res = await fetch(url);
    return { ok: true, status: res.status, body: await res.text() };
  } catch (err) {
    return { ok: false, error: String(err) };
  }
};
api.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
  if (!msg || typeof msg.fetch !== 'string') return false;
  globalThis.harnessFetch(msg.fetch).then(sendResponse);
  return true; // answer asynchronously (works in both browsers, unlike returning a promise)
});
`;

function writeTestExtension(flavour: Flavour): string {
  const dir = mkdtempSync(join(tmpdir(), `harness-ext-${flavour}-`));
  const manifest = {
    manifest_version: 3,
    name: 'Parliament Lens harness probe',
    version: '1.0.0',
    host_permissions: ['https://members-api.parliament.uk/*'],
    content_scripts: [{ matches: ['https://www.theyworkforyou.com/*'], js: ['content.js'], run_at: 'document_idle' }],
    // Firefox 153 ignores background.service_worker and runs background.scripts (TOOLING.md).
    background: flavour === 'chromium' ? { service_worker: 'background.js' } : { scripts: ['background.js'] },
    ...(flavour === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'harness-probe@parliament-lens.test', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'content.js'), CONTENT_JS);
  writeFileSync(join(dir, 'background.js'), BACKGROUND_JS);
  return dir;
}

// ---- fixture routes --------------------------------------------------------------------------

const wransPage = (fetchUrl?: string) => `<!doctype html>
<html><head><meta charset="utf-8"><title>Written answer</title>
${fetchUrl ? `<meta name="harness-fetch" content="${fetchUrl}">` : ''}</head>
<body><div class="debate-speech"><p>Sarah Champion: To ask the Secretary of State for the Home Department…</p></div></body></html>`;

let nextFetchUrl: string | undefined;

const routes: Record<string, RouteHandler> = {
  'www.theyworkforyou.com': (_req, _res, ctx) => {
    if (ctx.url.pathname === '/wrans/strict-csp/') return ctx.html(wransPage(), { csp: true });
    if (ctx.url.pathname === '/wrans/') return ctx.html(wransPage(nextFetchUrl));
    return ctx.notFound();
  },
  'members-api.parliament.uk': (_req, _res, ctx) => {
    if (ctx.url.pathname === '/api/Members/172') return ctx.json(MEMBER);
    return ctx.notFound();
  },
  'commonsvotes-api.parliament.uk': (_req, _res, ctx) => ctx.json({ DivisionId: 1873 }),
};

// ---- helpers ---------------------------------------------------------------------------------

interface Timing { launchMs: number; pageMs: number; probeMs: number }
const timings: Partial<Record<Flavour, Timing>> = {};

async function openAndProbe(browser: Browser, url: string): Promise<{ page: Page; pageMs: number; probeMs: number }> {
  const page = await browser.newPage();
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  const pageMs = Date.now() - t0;
  await page.waitForSelector('#harness-probe', { timeout: 15_000 });
  return { page, pageMs, probeMs: Date.now() - t0 - pageMs };
}

/** An https request to the fixture server naming a real host, as the browsers would send it. */
function get(env: Environment, host: string, path: string, timeoutMs = 5_000): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: env.port, path, servername: host, headers: { host }, rejectUnauthorized: false, timeout: timeoutMs }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

interface FetchReply { ok: boolean; status?: number; body?: string; error?: string }

/** Run the test extension's fetch inside its service worker (Chromium only). */
function workerFetch(worker: WebWorker, url: string): Promise<FetchReply> {
  return worker.evaluate((u: string) => (globalThis as unknown as { harnessFetch(u: string): Promise<FetchReply> }).harnessFetch(u), url);
}

async function navigationError(page: Page, url: string): Promise<string | null> {
  try {
    await page.goto(url, { timeout: 15_000 });
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

// ---- tests -----------------------------------------------------------------------------------

let env: Environment;
const extDirs: string[] = [];

beforeAll(async () => {
  env = await startEnvironment({ routes });
});

afterAll(async () => {
  await env?.close();
  for (const d of extDirs) rmSync(d, { recursive: true, force: true });
  if (Object.keys(timings).length) console.log('harness timings (ms):', JSON.stringify(timings));
});

describe('fixture server', () => {
  it('routes on the Host header, sends API CORS, answers 421 for unknown hosts and logs', async () => {
    env.server.clearRequests();
    const member = await get(env, 'members-api.parliament.uk', '/api/Members/172');
    expect(member.status).toBe(200);
    expect(JSON.parse(member.body)).toEqual(MEMBER);
    expect(member.headers['access-control-allow-origin']).toBe('*');
    const page = await get(env, 'www.theyworkforyou.com', WRANS_PATH);
    expect(page.status).toBe(200);
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
    expect((await get(env, 'example.com', '/')).status).toBe(421);
    expect((await get(env, 'votes.parliament.uk', '/')).status).toBe(404); // served host, no route
    expect(env.server.requests().map((r) => [r.host, r.path, r.status])).toEqual([
      ['members-api.parliament.uk', '/api/Members/172', 200],
      ['www.theyworkforyou.com', WRANS_PATH, 200],
      ['example.com', '/', 421],
      ['votes.parliament.uk', '/', 404],
    ]);
  });

  it('serves the strict CSP header', async () => {
    const res = await get(env, 'www.theyworkforyou.com', '/wrans/strict-csp/');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'none'/);
  });

  it('applies faults by host and by path prefix, most specific first, and clears them', async () => {
    const s = env.server;
    s.setFault('members-api.parliament.uk', '500');
    s.setFault('members-api.parliament.uk/api/Members/172', '429', { times: 1 });
    const limited = await get(env, 'members-api.parliament.uk', '/api/Members/172');
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('1');
    expect(limited.headers['access-control-allow-origin']).toBe('*');
    expect((await get(env, 'members-api.parliament.uk', '/api/Members/172')).status).toBe(500); // `times` used up
    s.clearFaults();
    s.setFault('/api/', '404');
    expect((await get(env, 'members-api.parliament.uk', '/api/Members/172')).status).toBe(404);
    s.clearFaults();
    expect((await get(env, 'members-api.parliament.uk', '/api/Members/172')).status).toBe(200);
  });

  it('rewrites bodies: malformed JSON, generic drift and a custom drift', async () => {
    const s = env.server;
    s.setFault('members-api.parliament.uk', 'malformed');
    const bad = await get(env, 'members-api.parliament.uk', '/api/Members/172');
    expect(bad.status).toBe(200);
    expect(() => JSON.parse(bad.body)).toThrow();
    s.setFault('members-api.parliament.uk', 'drift');
    const drifted = JSON.parse((await get(env, 'members-api.parliament.uk', '/api/Members/172')).body);
    expect(Object.keys(drifted.value)[0]).toBe('id_drifted');
    s.setFault('members-api.parliament.uk', 'drift', (body: typeof MEMBER) => ({ ...body, value: { ...body.value, id: String(body.value.id) } }));
    expect(JSON.parse((await get(env, 'members-api.parliament.uk', '/api/Members/172')).body).value.id).toBe('172');
    s.clearFaults();
  });

  it('delays with slow:<ms>, holds with hang and frees hanging clients on close', async () => {
    const s = env.server;
    s.setFault('members-api.parliament.uk', 'slow:300');
    const t0 = Date.now();
    expect((await get(env, 'members-api.parliament.uk', '/api/Members/172')).status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
    s.setFault('members-api.parliament.uk', 'hang');
    await expect(get(env, 'members-api.parliament.uk', '/api/Members/172', 500)).rejects.toThrow(/timeout/);
    s.clearFaults();

    // close() must not wait for a hanging request: use a separate server for this.
    const { startFixtureServer } = await import('../../scripts/lib/fixture-server.js');
    const other = await startFixtureServer({ routes });
    other.setFault('www.theyworkforyou.com', 'hang');
    const hung = get({ ...env, port: other.port }, 'www.theyworkforyou.com', '/', 30_000).then(() => 'answered', () => 'dropped');
    await other.waitForRequest((r) => r.fault === 'hang');
    const c0 = Date.now();
    await other.close();
    expect(Date.now() - c0).toBeLessThan(1_000);
    expect(await hung).toBe('dropped');
    expect(other.requests()[0]?.status).toBeNull();
  });
});

describe.skipIf(!findChromium())(`Chromium (${findChromium() ?? howToGetBrowsers()})`, () => {
  let browser: Browser;
  let launchMs = 0;

  beforeAll(async () => {
    const dir = writeTestExtension('chromium');
    extDirs.push(dir);
    const t0 = Date.now();
    browser = await env.openChromium(dir);
    launchMs = Date.now() - t0;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('runs the content script on a page served as www.theyworkforyou.com', async () => {
    env.server.clearRequests();
    const { page, pageMs, probeMs } = await openAndProbe(browser, WRANS_URL);
    timings.chromium = { launchMs, pageMs, probeMs };
    expect(page.url()).toBe(WRANS_URL);
    expect(env.server.requests()).toContainEqual(expect.objectContaining({ host: 'www.theyworkforyou.com', path: WRANS_PATH, status: 200 }));
    await page.close();
  });

  it('runs the content script on a page with a strict CSP', async () => {
    const { page } = await openAndProbe(browser, CSP_URL);
    // The page's own CSP forbids inline script; the content script is exempt.
    expect(await page.evaluate(() => document.querySelector('#harness-probe')?.textContent)).toBe('harness probe');
    await page.close();
  });

  it('lets the service worker fetch a permitted API host, routed by Host, without CORS', async () => {
    const { id, worker } = await extensionWorker(browser);
    expect(id).toMatch(/^[a-p]{32}$/);
    env.server.clearRequests();
    const reply = await workerFetch(worker, MEMBER_URL);
    expect(reply).toMatchObject({ ok: true, status: 200 });
    expect(JSON.parse(reply.body ?? '')).toEqual(MEMBER);
    const [entry] = env.server.requests();
    expect(entry).toMatchObject({ host: 'members-api.parliament.uk', method: 'GET', path: '/api/Members/172', status: 200 });
    // TOOLING.md: with host_permissions the background's fetch carries no Origin.
    expect(entry?.origin).toBeUndefined();
  });

  it('shows a fault to the extension and in the request log', async () => {
    const { worker } = await extensionWorker(browser);
    env.server.clearRequests();
    env.server.setFault('members-api.parliament.uk/api/Members', '500');
    try {
      const reply = await workerFetch(worker, MEMBER_URL);
      expect(reply).toMatchObject({ ok: true, status: 500 });
    } finally {
      env.server.clearFaults();
    }
    expect(env.server.requests()).toEqual([expect.objectContaining({ host: 'members-api.parliament.uk', status: 500, fault: '500' })]);
  });

  it('sends an Origin for an API host outside host_permissions (a CORS request)', async () => {
    const { id, worker } = await extensionWorker(browser);
    env.server.clearRequests();
    const reply = await workerFetch(worker, UNPERMITTED_API_URL);
    const entry = env.server.requests().find((r) => r.host === 'commonsvotes-api.parliament.uk');
    // It reaches the server as a CORS request from the extension's origin; with the real APIs'
    // `Access-Control-Allow-Origin: *` the browser then lets it through.
    expect(entry?.origin).toBe(`chrome-extension://${id}`);
    expect(reply).toMatchObject({ ok: true, status: 200 });

    // Without the CORS header, the missing permission shows; the permitted host still works.
    env.server.setApiCors(null);
    try {
      const blocked = await workerFetch(worker, UNPERMITTED_API_URL);
      expect(blocked).toMatchObject({ ok: false });
      const allowed = await workerFetch(worker, MEMBER_URL);
      expect(allowed).toMatchObject({ ok: true, status: 200 });
    } finally {
      env.server.setApiCors('*');
    }
  });

  it('cannot reach a host that is not in the list', async () => {
    const { worker } = await extensionWorker(browser);
    const reply = await workerFetch(worker, 'https://example.com/');
    expect(reply).toMatchObject({ ok: false });
    const page = await browser.newPage();
    expect(await navigationError(page, 'https://example.com/')).toMatch(/ERR_NAME_NOT_RESOLVED/);
    await page.close();
    expect(env.server.requests().some((r) => r.host === 'example.com')).toBe(false);
  });
});

describe.skipIf(!findFirefox())(`Firefox (${findFirefox() ?? howToGetBrowsers()})`, () => {
  let browser: Browser;
  let launchMs = 0;

  beforeAll(async () => {
    const dir = writeTestExtension('firefox');
    extDirs.push(dir);
    const t0 = Date.now();
    browser = await env.openFirefox(dir);
    launchMs = Date.now() - t0;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('runs the content script on a page served as www.theyworkforyou.com, through the proxy', async () => {
    env.server.clearRequests();
    const { page, pageMs, probeMs } = await openAndProbe(browser, WRANS_URL);
    timings.firefox = { launchMs, pageMs, probeMs };
    expect(env.server.requests()).toContainEqual(expect.objectContaining({ host: 'www.theyworkforyou.com', path: WRANS_PATH, status: 200 }));
    expect(env.proxy.tunnels().map((t) => t.host)).toContain('www.theyworkforyou.com');
    await page.close();
  });

  it('runs the content script on a page with a strict CSP', async () => {
    const { page } = await openAndProbe(browser, CSP_URL);
    expect(await page.evaluate(() => document.querySelector('#harness-probe')?.textContent)).toBe('harness probe');
    await page.close();
  });

  it('lets the background fetch a permitted API host (asked by the content script)', async () => {
    env.server.clearRequests();
    nextFetchUrl = MEMBER_URL;
    try {
      const { page } = await openAndProbe(browser, WRANS_URL);
      await page.waitForSelector('#harness-probe[data-fetch]', { timeout: 15_000 });
      expect(await page.$eval('#harness-probe', (el) => (el as HTMLElement).dataset.fetch)).toBe('200');
      await page.close();
    } finally {
      nextFetchUrl = undefined;
    }
    expect(env.server.requests()).toContainEqual(expect.objectContaining({ host: 'members-api.parliament.uk', path: '/api/Members/172', status: 200 }));
  });

  it('shows a fault to the extension and in the request log', async () => {
    env.server.clearRequests();
    env.server.setFault('members-api.parliament.uk', '500');
    nextFetchUrl = MEMBER_URL;
    try {
      const { page } = await openAndProbe(browser, WRANS_URL);
      await page.waitForSelector('#harness-probe[data-fetch]', { timeout: 15_000 });
      expect(await page.$eval('#harness-probe', (el) => (el as HTMLElement).dataset.fetch)).toBe('500');
      await page.close();
    } finally {
      nextFetchUrl = undefined;
      env.server.clearFaults();
    }
    expect(env.server.requests().filter((r) => r.host === 'members-api.parliament.uk')).toEqual([
      expect.objectContaining({ status: 500, fault: '500' }),
    ]);
  });

  it('sends an Origin for an API host outside host_permissions, which fails without CORS', async () => {
    env.server.clearRequests();
    env.server.setApiCors(null);
    nextFetchUrl = UNPERMITTED_API_URL;
    try {
      const { page } = await openAndProbe(browser, WRANS_URL);
      await page.waitForSelector('#harness-probe[data-fetch]', { timeout: 15_000 });
      expect(await page.$eval('#harness-probe', (el) => (el as HTMLElement).dataset.fetch)).toMatch(/^error: /);
      await page.close();
    } finally {
      nextFetchUrl = undefined;
      env.server.setApiCors('*');
    }
    const entry = env.server.requests().find((r) => r.host === 'commonsvotes-api.parliament.uk');
    expect(entry?.origin).toMatch(/^moz-extension:\/\//);
  });

  it('cannot reach a host that is not in the list: the proxy refuses it', async () => {
    const page = await browser.newPage();
    expect(await navigationError(page, 'https://example.com/')).toMatch(/NS_ERROR_PROXY/);
    await page.close();
    // The proxy log is not cleared in this file, so this also shows that nothing else in the
    // Firefox session (the extension, or Firefox's own background traffic) left the list.
    expect(new Set(env.proxy.refused().map((r) => r.host))).toEqual(new Set(['example.com']));
  });
});
