/**
 * Result<T>: how every answer crosses the message boundary. Errors are plain data with a code the
 * sidebar can act on (retry, explain), never thrown objects (they do not survive structured clone).
 */

export type ErrorCode =
  | 'bad_request' // the payload failed its schema
  | 'not_found' // the API has no such record (yet)
  | 'network' // fetch failed, timed out or the API answered 5xx
  | 'rate_limited' // 429
  | 'bad_response' // the API's JSON did not match our schema
  | 'disconnected' // the worker could not be reached (it may be restarting): worth a retry
  | 'updated' // the extension was reloaded or updated under this page: only a page reload helps
  | 'internal';

export interface ResultError {
  code: ErrorCode;
  message: string;
}

/**
 * `asOf` (ISO timestamp) is set only when the answer rests on an older cached copy because the API
 * failed just now: the sidebar then says "showing data from <date>".
 */
export type Result<T> = { ok: true; value: T; asOf?: string } | { ok: false; error: ResultError };

/** The words the sidebar shows when this page's content script outlived its extension. */
export const EXTENSION_UPDATED = 'Parliament Lens was updated or reloaded. Reload this page to use it again.';

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}
