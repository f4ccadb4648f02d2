import type { Runtime } from '../platform/browser';
import { envelope, isMessageType, messages, type MessageType, type RequestOf, type ResponseOf } from '../protocol/messages';
import { fail, type Result } from '../protocol/result';
import type { FetchScope } from './fetch-scope';

export type Handler<T extends MessageType> = (request: RequestOf<T>, sender: Runtime.MessageSender, scope: FetchScope) => Promise<Result<ResponseOf<T>>>;
export type Handlers = { [T in MessageType]: Handler<T> };

/**
 * Routes one runtime message to its handler. Returns undefined (no answer) for messages that are
 * not ours: a foreign sender, a malformed envelope or an unknown type. A known type with a bad
 * payload gets a `bad_request` Result, so a buggy caller learns why instead of hanging.
 */
export function routeMessage(
  message: unknown,
  sender: Runtime.MessageSender,
  ownId: string,
  handlers: Handlers,
  openScope: () => FetchScope,
): Promise<Result<unknown>> | undefined {
  if (sender.id !== ownId) return undefined;
  const parsed = envelope.safeParse(message);
  if (!parsed.success || !isMessageType(parsed.data.type)) return undefined;
  return dispatch(parsed.data.type, parsed.data.payload, sender, handlers, openScope());
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
