// One local HTTPS server that answers for every real hostname the extension uses (DESIGN.md §10,
// TOOLING.md "Serving real hostnames locally"). Browsers reach it by name: Chromium through
// --host-resolver-rules, Firefox through the CONNECT proxy. It routes on the Host header, logs
// every request, and can be told to misbehave per host or path prefix so tests can exercise the
// extension's error handling against the production build, with no test-only code path in it.

import { createServer } from 'node:https';
import { readFile } from 'node:fs/promises';
import { ensureCerts } from './certs.js';
import { HOSTS, isApiHost, stripPort } from './hosts.js';

/**
 * A strict page CSP like the ones real sites may send: no scripts of the page's own, no
 * connections. Content scripts are exempt from the page's CSP, so the extension must still work.
 */
export const STRICT_CSP =
  "default-src 'none'; img-src 'self'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** @typedef {import('node:http').IncomingMessage} Req */
/** @typedef {import('node:http').ServerResponse} Res */
/**
 * @typedef {{ status?: number, headers?: Record<string, string | number>, csp?: boolean | string }} SendInit
 *   `csp: true` sends STRICT_CSP; a string sends that policy.
 */
/**
 * @typedef {object} RouteContext
 * @property {string} host        Host header without port, lower case.
 * @property {string} path        Path with query string, as requested.
 * @property {URL} url            Parsed https URL.
 * @property {URLSearchParams} query
 * @property {FixtureServer} server
 * @property {(value: unknown, init?: SendInit) => void} json
 * @property {(body: string, init?: SendInit) => void} html
 * @property {(body: string, init?: SendInit) => void} text
 * @property {(filePath: string, contentType: string, headers?: Record<string, string>) => Promise<void>} file
 * @property {(init?: SendInit) => void} notFound
 */
/** @typedef {(req: Req, res: Res, ctx: RouteContext) => void | Promise<void>} RouteHandler */
/**
 * @typedef {'500' | '429' | '404' | 'hang' | 'malformed' | 'drift' | `slow:${number}` | `stream:${number}` |
 *   `redirect:${string}` | 'redirect-loop' | `throttle:${number}`} FaultMode
 *   Issue 20's hostile ones: `stream:N` sends a JSON body N bytes long, made on the fly as the client
 *   reads it (never held in memory, so 1 GiB is fine); `redirect:URL` answers 302 to that URL;
 *   `redirect-loop` answers 302 to the very path asked; `throttle:N` lets N requests a second
 *   through to the host (Azure API Management's sliding window, as in front of the Parliament APIs)
 *   and answers the rest 429 with Retry-After: 1.
 */
/**
 * @typedef {{ transform?: (body: any) => unknown, times?: number }} FaultOptions
 *   `transform` replaces the generic drift; `times` clears the fault after that many hits.
 */
/**
 * @typedef {object} RequestLogEntry
 * @property {string} host
 * @property {string} method
 * @property {string} path     Path with query string.
 * @property {number} time     Date.now() when the request arrived.
 * @property {number | null} status  null while pending, or when the client went away first.
 * @property {string} [fault]  The fault mode applied, if any.
 * @property {string} [origin] The Origin header, if sent (an extension with host permission sends none).
 * @property {number} [bytesSent] For `stream:N`: how much of the body the client took before it went away.
 */
/**
 * @typedef {object} FixtureServer
 * @property {number} port
 * @property {string} ca   PEM of the throwaway CA (for tools that want to trust it).
 * @property {(host: string, path?: string) => string} url  https URL naming the real host.
 * @property {(host: string, handler: RouteHandler | null) => void} setRoute
 * @property {() => RequestLogEntry[]} requests
 * @property {() => void} clearRequests
 * @property {(pred: (e: RequestLogEntry) => boolean, timeoutMs?: number) => Promise<RequestLogEntry>} waitForRequest
 * @property {(allowOrigin: string | null) => void} setApiCors  `null`: API hosts send no CORS headers.
 * @property {(hostOrPrefix: string, mode: FaultMode, options?: FaultOptions | ((body: any) => unknown)) => void} setFault
 * @property {(hostOrPrefix?: string) => void} clearFaults
 * @property {() => Promise<void>} close
 */

/**
 * Start the fixture server on 127.0.0.1.
 * `apiCors` is the Access-Control-Allow-Origin the API hosts send: `*` like the real Parliament
 * APIs, so the browser's CORS checks are as in production. Measured here (harness test): an
 * extension fetch *with* host permission sends no Origin and skips CORS; *without* it is a CORS
 * request from `chrome-extension://<id>`, which `*` lets through. So to catch a missing host
 * permission, assert no API request in `requests()` has an `origin`, or pass `apiCors: null`.
 * @param {{ port?: number, routes?: Record<string, RouteHandler>, tls?: { key: string, cert: string, ca?: string },
 *   apiCors?: string | null }} [options]
 * @returns {Promise<FixtureServer>}
 */
export async function startFixtureServer({ port = 0, routes = {}, tls, apiCors: initialCors = '*' } = {}) {
  let apiCors = initialCors;
  const hosts = [...new Set([...HOSTS, ...Object.keys(routes)])];
  const creds = tls ?? ensureCerts(hosts);
  /** @type {Map<string, RouteHandler>} */
  const routeMap = new Map(Object.entries(routes).map(([h, fn]) => [h.toLowerCase(), fn]));
  /** @type {RequestLogEntry[]} */
  let log = [];
  /** @type {Set<() => void>} */
  const waiters = new Set();
  const faults = new FaultTable();
  /** Responses held open by `hang` or `slow`, ended on close(). */
  /** @type {Set<Res>} */
  const held = new Set();

  const https = createServer({ key: creds.key, cert: creds.cert }, (req, res) => {
    const entry = logRequest(req);
    res.on('finish', () => { entry.status = res.statusCode; notify(); });
    handle(req, res, entry).catch((err) => failHandler(res, entry, err));
  });
  // A browser dropping a TLS handshake (e.g. while it shuts down) is not a test failure.
  https.on('tlsClientError', () => {});

  /** @param {Req} req */
  function logRequest(req) {
    /** @type {RequestLogEntry} */
    const entry = {
      host: stripPort(req.headers.host ?? '').toLowerCase(),
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      time: Date.now(),
      status: null,
    };
    if (typeof req.headers.origin === 'string') entry.origin = req.headers.origin;
    log.push(entry);
    notify();
    return entry;
  }

  function notify() {
    for (const w of [...waiters]) w();
  }

  /**
   * @param {Req} req
   * @param {Res} res
   * @param {RequestLogEntry} entry
   */
  async function handle(req, res, entry) {
    const { host, path } = entry;
    if (!hosts.includes(host)) return plain(res, 421, `Misdirected request: this server does not serve ${host || '(no Host)'}\n`);
    if (isApiHost(host) && apiCors) res.setHeader('Access-Control-Allow-Origin', apiCors);
    if (req.method === 'OPTIONS' && isApiHost(host) && apiCors) return preflight(res, apiCors);

    const fault = faults.take(host, path);
    if (fault) {
      entry.fault = fault.mode;
      notify(); // waitForRequest may be waiting on the fault
      const done = await applyFault(res, fault, held, entry);
      if (done) return;
    }
    const handler = routeMap.get(host);
    if (!handler) return plain(res, 404, `No fixture route for ${host}\n`);
    await handler(req, res, makeContext(host, path, res, server));
  }

  /**
   * @param {Res} res
   * @param {RequestLogEntry} entry
   * @param {unknown} err
   */
  function failHandler(res, entry, err) {
    console.error(`fixture-server: handler for ${entry.host}${entry.path} threw:`, err);
    if (!res.headersSent) plain(res, 500, 'Fixture handler error\n');
    else res.destroy();
  }

  /** @type {FixtureServer} */
  const server = {
    port: 0,
    ca: creds.ca ?? '',
    url: (host, path = '/') => `https://${host}${path.startsWith('/') ? path : `/${path}`}`,
    setRoute(host, handler) {
      const h = host.toLowerCase();
      if (handler) routeMap.set(h, handler);
      else routeMap.delete(h);
      if (!hosts.includes(h)) hosts.push(h);
    },
    requests: () => log.map((e) => ({ ...e })),
    clearRequests: () => { log = []; },
    waitForRequest: (pred, timeoutMs = 10_000) => waitFor(() => log.find(pred), waiters, timeoutMs),
    setApiCors: (value) => { apiCors = value; },
    setFault: (key, mode, options) => faults.set(key, mode, typeof options === 'function' ? { transform: options } : options),
    clearFaults: (key) => faults.clear(key),
    close: () => closeServer(https, held),
  };

  await new Promise((resolve, reject) => {
    https.once('error', reject);
    https.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const addr = https.address();
  server.port = typeof addr === 'object' && addr ? addr.port : port;
  return server;
}

/**
 * Serve a file from disk. Reads it whole: fixtures are small, and a whole body lets the
 * malformed/drift faults rewrite it.
 * @param {Res} res
 * @param {string} filePath
 * @param {string} contentType
 * @param {Record<string, string>} [extraHeaders] e.g. `{ 'Content-Security-Policy': STRICT_CSP }`
 */
export async function serveFile(res, filePath, contentType, extraHeaders = {}) {
  let body;
  try {
    body = await readFile(filePath);
  } catch {
    return plain(res, 404, `Fixture file missing: ${filePath}\n`);
  }
  res.writeHead(200, { 'Content-Type': contentType, 'Content-Length': body.length, ...extraHeaders });
  res.end(body);
}

// ---- responses -------------------------------------------------------------------------------

/**
 * @param {string} host
 * @param {string} path
 * @param {Res} res
 * @param {FixtureServer} server
 * @returns {RouteContext}
 */
function makeContext(host, path, res, server) {
  const url = new URL(path, `https://${host}`);
  return {
    host, path, url, query: url.searchParams, server,
    json: (value, init) => send(res, JSON.stringify(value), 'application/json; charset=utf-8', init),
    html: (body, init) => send(res, body, 'text/html; charset=utf-8', init),
    text: (body, init) => send(res, body, 'text/plain; charset=utf-8', init),
    file: (filePath, contentType, headers) => serveFile(res, filePath, contentType, headers),
    notFound: (init) => send(res, 'Not found\n', 'text/plain; charset=utf-8', { status: 404, ...init }),
  };
}

/**
 * @param {Res} res
 * @param {string} body
 * @param {string} contentType
 * @param {SendInit} [init]
 */
function send(res, body, contentType, { status = 200, headers = {}, csp } = {}) {
  /** @type {Record<string, string | number>} */
  const all = { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body), ...headers };
  if (csp) all['Content-Security-Policy'] = csp === true ? STRICT_CSP : csp;
  res.writeHead(status, all);
  res.end(body);
}

/**
 * @param {Res} res
 * @param {number} status
 * @param {string} body
 * @param {Record<string, string>} [headers]
 */
function plain(res, status, body, headers = {}) {
  send(res, body, 'text/plain; charset=utf-8', { status, headers });
}

/**
 * @param {Res} res
 * @param {string} allowOrigin
 */
function preflight(res, allowOrigin) {
  res.writeHead(204, {
    'Access-Control-Allow-Origin': allowOrigin,
    'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
    'Access-Control-Allow-Headers': '*',
    'Access-Control-Max-Age': '600',
  });
  res.end();
}

// ---- faults ----------------------------------------------------------------------------------

/** @typedef {{ mode: FaultMode, transform?: (body: any) => unknown, remaining: number, admitted?: number[] }} Fault */

/**
 * Faults keyed by `host`, `host/path-prefix` or `/path-prefix` (any host). The longest matching
 * key wins, so a path fault can sit inside a host-wide one.
 */
class FaultTable {
  /** @type {Map<string, Fault>} */
  #faults = new Map();

  /**
   * @param {string} key
   * @param {FaultMode} mode
   * @param {FaultOptions} [options]
   */
  set(key, mode, { transform, times = Infinity } = {}) {
    if (!isFaultMode(mode)) throw new Error(`fixture-server: unknown fault mode ${JSON.stringify(mode)}`);
    /** @type {Fault} */
    const fault = { mode, remaining: times };
    if (transform) fault.transform = transform;
    this.#faults.set(normaliseKey(key), fault);
  }

  /** @param {string} [key] */
  clear(key) {
    if (key === undefined) this.#faults.clear();
    else this.#faults.delete(normaliseKey(key));
  }

  /**
   * The fault for this request, counting it as used.
   * @param {string} host
   * @param {string} path
   * @returns {Fault | null}
   */
  take(host, path) {
    let best = null;
    let bestLen = -1;
    for (const [key, fault] of this.#faults) {
      if (matches(key, host, path) && key.length > bestLen) { best = [key, fault]; bestLen = key.length; }
    }
    if (!best) return null;
    const [key, fault] = /** @type {[string, Fault]} */ (best);
    if (--fault.remaining <= 0) this.#faults.delete(key);
    return fault;
  }
}

/** @param {string} key */
function normaliseKey(key) {
  // Hosts are case-insensitive, paths are not.
  const slash = key.indexOf('/');
  if (slash === 0) return key;
  if (slash < 0) return key.toLowerCase();
  return key.slice(0, slash).toLowerCase() + key.slice(slash);
}

/**
 * @param {string} key
 * @param {string} host
 * @param {string} path
 */
function matches(key, host, path) {
  if (key.startsWith('/')) return path.startsWith(key);
  const slash = key.indexOf('/');
  if (slash < 0) return key === host;
  return key.slice(0, slash) === host && path.startsWith(key.slice(slash));
}

/** @param {string} mode */
function isFaultMode(mode) {
  return ['500', '429', '404', 'hang', 'malformed', 'drift', 'redirect-loop'].includes(mode) ||
    /^(slow|stream|throttle):\d+$/.test(mode) || /^redirect:https?:\/\//.test(mode);
}

/**
 * Apply a fault. Returns true when the fault has answered (or will never answer); false when the
 * route handler should still run (slow, and the body rewrites).
 * @param {Res} res
 * @param {Fault} fault
 * @param {Set<Res>} held
 * @param {RequestLogEntry} entry
 * @returns {Promise<boolean>}
 */
async function applyFault(res, fault, held, entry) {
  const { mode } = fault;
  if (mode.startsWith('redirect:')) return redirect(res, mode.slice('redirect:'.length)), true;
  if (mode === 'redirect-loop') return redirect(res, entry.path), true;
  if (mode.startsWith('stream:')) return await streamJson(res, Number(mode.slice('stream:'.length)), held, entry), true;
  if (mode.startsWith('throttle:')) {
    const now = Date.now();
    fault.admitted = (fault.admitted ?? []).filter((t) => t > now - 1000);
    if (fault.admitted.length < Number(mode.slice('throttle:'.length))) {
      fault.admitted.push(now);
      return false;
    }
    sendJsonError(res, 429, 'Rate limit is exceeded. Try again in 1 seconds.', { 'Retry-After': '1' });
    return true;
  }
  if (mode === '500') return sendJsonError(res, 500, 'Internal Server Error'), true;
  if (mode === '404') return sendJsonError(res, 404, 'Not Found'), true;
  if (mode === '429') {
    // Shaped like Azure API Management's throttling answer, which fronts the Parliament APIs.
    sendJsonError(res, 429, 'Rate limit is exceeded. Try again in 1 seconds.', { 'Retry-After': '1' });
    return true;
  }
  if (mode === 'hang') {
    held.add(res);
    res.on('close', () => held.delete(res));
    return true;
  }
  if (mode.startsWith('slow:')) {
    const alive = await delay(Number(mode.slice(5)), res, held);
    return !alive;
  }
  captureBody(res, mode === 'malformed' ? malformBody : (body) => driftBody(body, fault.transform));
  return false;
}

/**
 * @param {Res} res
 * @param {number} status
 * @param {string} message
 * @param {Record<string, string>} [headers]
 */
function sendJsonError(res, status, message, headers = {}) {
  send(res, JSON.stringify({ statusCode: status, message }), 'application/json; charset=utf-8', { status, headers });
}

/**
 * @param {Res} res
 * @param {string} location
 */
function redirect(res, location) {
  res.writeHead(302, { Location: location, 'Content-Length': 0 });
  res.end();
}

/**
 * A Members-API-shaped reply whose name runs to `bytes` in all, written as the client reads it
 * (backpressure: the next chunk waits for 'drain'), so nothing big is ever held here.
 * @param {Res} res
 * @param {number} bytes
 * @param {Set<Res>} held
 * @param {RequestLogEntry} entry
 */
async function streamJson(res, bytes, held, entry) {
  const head = '{"value":{"id":172,"nameDisplayAs":"';
  const tail = '"}}';
  const chunk = Buffer.alloc(64 * 1024, 'x');
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }); // chunked: no length given
  held.add(res);
  entry.bytesSent = 0;
  const write = (/** @type {Buffer | string} */ data) => {
    entry.bytesSent = (entry.bytesSent ?? 0) + Buffer.byteLength(data);
    return res.write(data);
  };
  try {
    write(head);
    let left = bytes - head.length - tail.length;
    while (left > 0 && !res.destroyed) {
      const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
      left -= part.length;
      if (!write(part)) {
        await new Promise((resolve) => {
          const go = () => { res.off('drain', go); res.off('close', go); resolve(undefined); };
          res.on('drain', go);
          res.on('close', go);
        });
      }
    }
    if (!res.destroyed) res.end(tail);
  } finally {
    held.delete(res);
  }
}

/**
 * Wait `ms`, unless the server closes or the client leaves first.
 * @param {number} ms
 * @param {Res} res
 * @param {Set<Res>} held
 * @returns {Promise<boolean>} whether the response can still be written
 */
function delay(ms, res, held) {
  held.add(res);
  return new Promise((resolve) => {
    const timer = setTimeout(finish, ms);
    res.once('close', finish);
    function finish() {
      clearTimeout(timer);
      res.off('close', finish);
      held.delete(res);
      resolve(!res.destroyed && !res.writableEnded);
    }
  });
}

/**
 * Buffer whatever the route handler writes, then send `transform(body)` with a correct
 * Content-Length. writeHead is deferred because Node fixes the headers when it is called.
 * @param {Res} res
 * @param {(body: string) => string} transform
 */
function captureBody(res, transform) {
  /** @type {Buffer[]} */
  const chunks = [];
  const real = { writeHead: res.writeHead, write: res.write, end: res.end };
  /** @type {[number, Record<string, any>] | null} */
  let head = null;

  /** @type {any} */ (res).writeHead = (/** @type {number} */ status, /** @type {any[]} */ ...rest) => {
    const headers = rest.find((r) => r && typeof r === 'object') ?? {};
    head = [status, headers];
    return res;
  };
  /** @type {any} */ (res).write = (/** @type {any} */ chunk, /** @type {any} */ enc, /** @type {any} */ cb) => {
    if (chunk != null && typeof chunk !== 'function') chunks.push(toBuffer(chunk, enc));
    const done = [enc, cb].find((f) => typeof f === 'function');
    if (done) queueMicrotask(done);
    return true;
  };
  /** @type {any} */ (res).end = (/** @type {any} */ chunk, /** @type {any} */ enc, /** @type {any} */ cb) => {
    if (chunk != null && typeof chunk !== 'function') chunks.push(toBuffer(chunk, enc));
    // Node's own end() calls this.writeHead() to send implicit headers: put the real ones back.
    Object.assign(res, real);
    if (head) {
      res.statusCode = head[0];
      for (const [k, v] of Object.entries(head[1])) res.setHeader(k, v);
    }
    const out = Buffer.from(transform(Buffer.concat(chunks).toString('utf8')), 'utf8');
    res.setHeader('Content-Length', out.length);
    return res.end(out, [chunk, enc, cb].find((f) => typeof f === 'function'));
  };
}

/**
 * @param {string | Uint8Array} chunk
 * @param {unknown} enc
 */
function toBuffer(chunk, enc) {
  return typeof chunk === 'string' ? Buffer.from(chunk, typeof enc === 'string' ? /** @type {BufferEncoding} */ (enc) : 'utf8') : Buffer.from(chunk);
}

/**
 * Cut the body short and add a NUL: no prefix of JSON followed by a raw control character parses,
 * whatever the original held.
 * @param {string} body
 */
export function malformBody(body) {
  return `${body.slice(0, Math.floor(body.length / 2))}\u0000<truncated`;
}

/**
 * Schema drift: the caller's transformation, or the generic one (rename the first key of each
 * `value` object, the Members API envelope; of the top-level object when there is none; a
 * top-level list, as Commons Votes and TWFY Votes send, arrives wrapped in a new envelope, which
 * breaks a client even when the list is empty). A body that is not JSON passes through unchanged.
 * @param {string} body
 * @param {(body: any) => unknown} [transform]
 */
export function driftBody(body, transform) {
  let parsed;
  try {
    parsed = JSON.parse(body);
  } catch {
    return body;
  }
  return JSON.stringify(transform ? transform(parsed) : genericDrift(parsed));
}

/** @param {unknown} doc */
function genericDrift(doc) {
  if (Array.isArray(doc)) return { items_drifted: doc };
  if (!isPlainObject(doc)) return doc;
  const targets = [];
  if (isPlainObject(doc.value)) targets.push(doc.value);
  if (Array.isArray(doc.items)) for (const item of doc.items) if (isPlainObject(item?.value)) targets.push(item.value);
  if (targets.length === 0) targets.push(doc);
  for (const t of targets) renameFirstKey(t);
  return doc;
}

/** @param {Record<string, unknown>} obj */
function renameFirstKey(obj) {
  const [first] = Object.keys(obj);
  if (first === undefined) return;
  // Rebuild to keep key order, so the drifted key stays first as a real rename would.
  const entries = Object.entries(obj).map(([k, v]) => [k === first ? `${k}_drifted` : k, v]);
  for (const k of Object.keys(obj)) delete obj[k];
  Object.assign(obj, Object.fromEntries(entries));
}

/**
 * @param {unknown} v
 * @returns {v is Record<string, any>}
 */
function isPlainObject(v) {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// ---- lifecycle -------------------------------------------------------------------------------

/**
 * @template T
 * @param {() => T | undefined} find
 * @param {Set<() => void>} waiters
 * @param {number} timeoutMs
 * @returns {Promise<T>}
 */
function waitFor(find, waiters, timeoutMs) {
  return new Promise((resolve, reject) => {
    const check = () => {
      const hit = find();
      if (hit === undefined) return;
      cleanup();
      resolve(hit);
    };
    const timer = setTimeout(() => { cleanup(); reject(new Error(`fixture-server: no matching request within ${timeoutMs} ms`)); }, timeoutMs);
    const cleanup = () => { clearTimeout(timer); waiters.delete(check); };
    waiters.add(check);
    check();
  });
}

/**
 * Stop accepting, end held (hanging/slow) responses, then drop every open connection:
 * browsers keep connections alive, and `close()` alone would wait for them.
 * @param {import('node:https').Server} https
 * @param {Set<Res>} held
 */
function closeServer(https, held) {
  return new Promise((resolve) => {
    if (!https.listening) return resolve(undefined);
    https.close(() => resolve(undefined));
    for (const res of held) res.destroy();
    held.clear();
    https.closeAllConnections();
  });
}
