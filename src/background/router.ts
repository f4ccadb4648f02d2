import type { Runtime } from '../platform/browser';
import { envelope, isMessageType, messages, type MessageType, type RequestOf, type ResponseOf } from '../protocol/messages';
import { EXTENSION_PAGES_ONLY } from '../protocol/notebook-messages';
import { fail, type Result } from '../protocol/result';
import type { FetchScope } from './fetch-scope';

export type Handler<T extends MessageType> = (request: RequestOf<T>, sender: Runtime.MessageSender, scope: FetchScope) => Promise<Result<ResponseOf<T>>>;
export type Handlers = { [T in MessageType]: Handler<T> };

/**
 * Who we are: the extension's id, and the URL its own pages start with (runtime.getURL(''):
 * "chrome-extension://<id>/", "moz-extension://<uuid>/" in Firefox, where the two differ).
 */
export interface OwnExtension {
  id: string;
  pagesUrl: string;
}

/**
 * Routes one runtime message to its handler. Returns undefined (no answer) for messages that are
 * not ours: a foreign sender, a malformed envelope or an unknown type. A known type with a bad
 * payload gets a `bad_request` Result, so a buggy caller learns why instead of hanging.
 *
 * The notebook's types are answered only for our own pages (EXTENSION_PAGES_ONLY): a content
 * script's sender.url is the web page's, and whatever our content script can be made to send, the
 * page's scripts can make it send (our sidebar's DOM is theirs to read and click, issue 20).
 */
export function routeMessage(
  message: unknown,
  sender: Runtime.MessageSender,
  own: OwnExtension,
  handlers: Handlers,
  openScope: () => FetchScope,
): Promise<Result<unknown>> | undefined {
  if (sender.id !== own.id) return undefined;
  const parsed = envelope.safeParse(message);
  if (!parsed.success || !isMessageType(parsed.data.type)) return undefined;
  const type = parsed.data.type;
  if (EXTENSION_PAGES_ONLY.has(type) && !fromExtensionPage(sender, own)) {
    return Promise.resolve(fail('bad_request', `${type} is answered only in Parliament Lens's own pages, never in a web page.`));
  }
  return dispatch(type, parsed.data.payload, sender, handlers, openScope());
}

/** The sender is a document of our own origin (options page, notebook frame), not a content script. */
export function fromExtensionPage(sender: Runtime.MessageSender, own: OwnExtension): boolean {
  // An empty or odd prefix would match everything: only a real extension origin counts.
  if (!/^[a-z]+-extension:\/\/[^/]+\/$/.test(own.pagesUrl)) return false;
  if (typeof sender.url !== 'string' || !sender.url.startsWith(own.pagesUrl)) return false;
  // Chrome also names the sender's origin; where it does, it must agree.
  const origin = (sender as { origin?: unknown }).origin;
  return origin === undefined || origin === own.pagesUrl.slice(0, -1);
}

async function dispatch<T extends MessageType>(
  type: T,
  payload: unknown,
  sender: Runtime.MessageSender,
  handlers: Handlers,
  scope: FetchScope,
): Promise<Result<unknown>> {
  const request = messages[type].request.safeParse(payload);
  if (!request.success) return fail('bad_request', `Invalid ${type} request.`);
  try {
    const result = await handlers[type](request.data as RequestOf<T>, sender, scope);
    // An answer built on an old cached copy (the API failed) says from when, for the sidebar to show.
    const staleSince = scope.staleSince();
    return result.ok && staleSince !== null ? { ...result, asOf: new Date(staleSince).toISOString() } : result;
  } catch (err) {
    // Handlers return Results; a throw is our bug. Answer plainly rather than leave the caller waiting.
    return fail('internal', err instanceof Error ? err.message : String(err));
  }
}
