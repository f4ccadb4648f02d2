// Small helpers shared by the fake Parliament APIs: sending JSON, ASP.NET-style error bodies, and
// reading query parameters the way ASP.NET Core model binding does (names case-insensitive, the
// first value for a scalar, every value for an array, invalid values collected as validation errors).
// Plain Node ES module, no dependencies.

import { randomBytes } from 'node:crypto';

/** @typedef {import('node:http').IncomingMessage} Req */
/** @typedef {import('node:http').ServerResponse} Res */

export const JSON_TYPE = 'application/json; charset=utf-8';

/** The Parliament APIs allow any origin (DESIGN.md §10: the fixture server keeps the real CORS headers). */
const BASE_HEADERS = Object.freeze({ 'Access-Control-Allow-Origin': '*' });

/**
 * @param {Res} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
export function sendJson(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Type': JSON_TYPE, 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(res.req?.method === 'HEAD' ? undefined : text);
}

/**
 * A status with no body (e.g. the Members API's 404, which its OpenAPI document gives no content).
 * @param {Res} res
 * @param {number} status
 * @param {Record<string, string>} [headers]
 */
export function sendEmpty(res, status, headers = {}) {
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Length': 0, ...headers });
  res.end();
}

/**
 * @param {Res} res
 * @param {number} status
 * @param {string} contentType
 * @param {Buffer} bytes
 * @param {Record<string, string>} [headers]
 */
export function sendBytes(res, status, contentType, bytes, headers = {}) {
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Type': contentType, 'Content-Length': bytes.length, ...headers });
  res.end(res.req?.method === 'HEAD' ? undefined : bytes);
}

/** RFC 7231 section anchors that ASP.NET Core puts in ProblemDetails.type. */
const PROBLEM_TYPES = /** @type {Record<number, string>} */ ({
  400: 'https://tools.ietf.org/html/rfc7231#section-6.5.1',
  404: 'https://tools.ietf.org/html/rfc7231#section-6.5.4',
  405: 'https://tools.ietf.org/html/rfc7231#section-6.5.5',
});

/** A W3C trace-context id, as ASP.NET Core adds to ProblemDetails (`traceId`). */
export function traceId() {
  return `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-00`;
}

/**
 * ProblemDetails (the OpenAPI component both specs name for 400/404), shaped as ASP.NET Core's
 * [ApiController] writes it: type, title, status, traceId, and `errors` for validation failures.
 * @param {Res} res
 * @param {number} status
 * @param {string} title
 * @param {Record<string, string[]>} [errors]
 */
export function sendProblem(res, status, title, errors) {
  /** @type {Record<string, unknown>} */
  const body = { type: PROBLEM_TYPES[status] ?? 'about:blank', title, status, traceId: traceId() };
  if (errors) body.errors = errors;
  sendJson(res, status, body, { 'Content-Type': 'application/problem+json; charset=utf-8' });
}

/** @param {Res} res @param {Record<string, string[]>} errors */
export function sendValidationProblem(res, errors) {
  sendProblem(res, 400, 'One or more validation errors occurred.', errors);
}

/** @param {Res} res */
export function sendMethodNotAllowed(res) {
  sendEmpty(res, 405, { Allow: 'GET, HEAD' });
}

/**
 * Path and query of a request. `req.url` is a path (`/api/...?...`); the host does not matter.
 * @param {Req} req
 * @returns {{ path: string, query: Query }}
 */
/**
 * The start every fake API shares: only GET (and HEAD) are answered, as by the real APIs; the path
 * is split into parts, with a lower-cased copy because ASP.NET Core routes match case-insensitively.
 * Returns null after answering 405 itself.
 * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
 */
export function readGetRequest(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== undefined) {
    sendMethodNotAllowed(res);
    return null;
  }
  const { path, query } = parseRequestUrl(req);
  const parts = path.split('/').filter(Boolean);
  return { path, query, parts, lower: parts.map((p) => p.toLowerCase()) };
}

export function parseRequestUrl(req) {
  const url = new URL(req.url ?? '/', 'http://fixture.invalid');
  return { path: decodeURIComponent(url.pathname), query: new Query(url.searchParams) };
}

/**
 * Query parameters with ASP.NET Core's binding rules. Every `int…`/`bool…`/`date…`/`enum…` reader
 * records an error (in ASP.NET's wording) instead of throwing; check `errors` once all are read.
 */
export class Query {
  /** @type {Map<string, string[]>} lower-cased name → values in order */
  #values = new Map();
  /** @type {Record<string, string[]>} */
  errors = {};

  /** @param {URLSearchParams} params */
  constructor(params) {
    for (const [name, value] of params) {
      const key = name.toLowerCase();
      const list = this.#values.get(key);
      if (list) list.push(value);
      else this.#values.set(key, [value]);
    }
  }

  get hasErrors() {
    return Object.keys(this.errors).length > 0;
  }

  /** @param {string} name @param {string} message */
  #fail(name, message) {
    (this.errors[name] ??= []).push(message);
  }

  /**
   * The first value, or undefined when absent or empty (an empty value binds to null for the
   * nullable parameters these APIs take).
   * @param {string} name
   * @returns {string | undefined}
   */
  string(name) {
    const first = this.#values.get(name.toLowerCase())?.[0];
    return first === undefined || first.trim() === '' ? undefined : first;
  }

  /** @param {string} name @returns {string[]} every non-empty value */
  all(name) {
    return (this.#values.get(name.toLowerCase()) ?? []).filter((v) => v.trim() !== '');
  }

  /**
   * @param {string} name
   * @param {{ min?: number, max?: number }} [range] the spec's minimum/maximum
   * @returns {number | undefined}
   */
  int(name, range = {}) {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    const value = parseInt32(raw);
    if (value === null) return this.#fail(name, `The value '${raw}' is not valid.`), undefined;
    const { min = -2147483648, max = 2147483647 } = range;
    if (value < min || value > max) return this.#fail(name, `The field ${name} must be between ${min} and ${max}.`), undefined;
    return value;
  }

  /** @param {string} name @returns {number[]} */
  intArray(name) {
    /** @type {number[]} */
    const out = [];
    for (const raw of this.all(name)) {
      const value = parseInt32(raw);
      if (value === null) this.#fail(name, `The value '${raw}' is not valid.`);
      else out.push(value);
    }
    return out;
  }

  /** @param {string} name @returns {boolean | undefined} */
  bool(name) {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    const v = raw.trim().toLowerCase();
    if (v === 'true') return true;
    if (v === 'false') return false;
    this.#fail(name, `The value '${raw}' is not valid.`);
    return undefined;
  }

  /**
   * A date-time parameter ("Date format yyyy-mm-dd" in the spec; a time part is allowed), as epoch ms
   * in UTC. Times without a zone are taken as UTC, like the API's zone-less dates.
   * @param {string} name
   * @returns {number | undefined}
   */
  date(name) {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    const ms = parseApiDate(raw);
    if (ms === null) this.#fail(name, `The value '${raw}' is not valid.`);
    return ms ?? undefined;
  }

  /**
   * A string enum: names case-insensitively, or the member's index as a number (ASP.NET binds both).
   * @template {string} T
   * @param {string} name
   * @param {readonly T[]} members in declaration order
   * @param {(i: number) => number} [valueOf] numeric value of the i-th member (default: i)
   * @returns {T | undefined}
   */
  enumValue(name, members, valueOf = (i) => i) {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    const v = raw.trim();
    const byName = members.find((m) => m.toLowerCase() === v.toLowerCase());
    if (byName) return byName;
    const n = parseInt32(v);
    if (n !== null) {
      const i = members.findIndex((_, idx) => valueOf(idx) === n);
      if (i >= 0) return members[i];
    }
    this.#fail(name, `The value '${raw}' is not valid.`);
    return undefined;
  }
}

/** @param {string} raw @returns {number | null} */
export function parseInt32(raw) {
  const t = raw.trim();
  if (!/^[+-]?\d+$/.test(t)) return null;
  const n = Number(t);
  return Number.isSafeInteger(n) && n >= -2147483648 && n <= 2147483647 ? n : null;
}

/**
 * "2019-02-08", "2019-02-08T00:00:00", "2019-02-08T10:30:00Z", "…+01:00" → epoch ms (zone-less = UTC).
 * @param {string} raw
 * @returns {number | null}
 */
export function parseApiDate(raw) {
  const t = raw.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  if (!m) return null;
  const [, y, mo, d] = m;
  const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (day.getUTCFullYear() !== Number(y) || day.getUTCMonth() !== Number(mo) - 1 || day.getUTCDate() !== Number(d)) return null;
  const iso = m[4] === undefined ? `${y}-${mo}-${d}T00:00:00Z` : `${t.replace(' ', 'T')}${m[7] ? '' : 'Z'}`;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}
