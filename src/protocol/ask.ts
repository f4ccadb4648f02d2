import { runtime } from '../platform/browser';
import { messages, type MessageType, type RequestOf, type ResponseOf } from './messages';
import { EXTENSION_UPDATED, fail, type Result } from './result';

export { EXTENSION_UPDATED };


/** Pauses before asking again when the service worker was stopped mid-request (MV3 does that). */
const RESEND_DELAYS_MS = [150, 600];

type Sent = { kind: 'answer'; answer: unknown } | { kind: 'lost'; message: string } | { kind: 'orphaned' };

/**
 * Send one typed request to the background and get a Result back; never throws.
 *
 * The browser may stop the background service worker at any moment, even while it is answering:
 * the reply is then lost ("message channel closed", or no reply at all). Every request is a read
 * or an idempotent write, so asking again wakes a fresh worker and is safe. When the extension
 * itself was reloaded or updated under the page, this content script is orphaned and no retry can
 * help: say so once, in words the reader can act on.
 */
export async function ask<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<Result<ResponseOf<T>>> {
  let sent = await send(type, payload);
  for (const delay of RESEND_DELAYS_MS) {
    if (sent.kind !== 'lost') break;
    await new Promise((resolve) => setTimeout(resolve, delay));
    sent = await send(type, payload);
  }
  if (sent.kind === 'orphaned') return fail('updated', EXTENSION_UPDATED);
  if (sent.kind === 'lost') return fail('disconnected', 'The extension did not answer; try again in a moment.');
  return checkAnswer(type, sent.answer);
}

async function send(type: MessageType, payload: unknown): Promise<Sent> {
  if (isOrphaned()) return { kind: 'orphaned' };
  try {
    const answer = await runtime.sendMessage({ type, payload });
    // The polyfill turns "message port closed" into an undefined answer.
    if (!answer || typeof answer !== 'object' || !('ok' in answer)) return { kind: 'lost', message: 'no answer' };
    return { kind: 'answer', answer };
  } catch (err) {
    if (isOrphaned() || /context invalidated/i.test(errorText(err))) return { kind: 'orphaned' };
    return { kind: 'lost', message: errorText(err) };
  }
}

/** After a reload or update, the old content script's runtime has no id (Chrome) or throws (Firefox). */
export function isOrphaned(): boolean {
  try {
    return !runtime.id;
  } catch {
    return true;
  }
}

function checkAnswer<T extends MessageType>(type: T, answer: unknown): Result<ResponseOf<T>> {
  // The background is ours, but a stale content script and an updated background must fail
  // clearly rather than render garbage: check the answer against the same schema.
  const result = answer as Result<unknown>;
  if (!result.ok) return result;
  const parsed = messages[type].response.safeParse(result.value);
  if (!parsed.success) return fail('internal', `Unexpected answer to ${type}.`);
  return { ok: true, value: parsed.data as ResponseOf<T>, ...(typeof result.asOf === 'string' ? { asOf: result.asOf } : {}) };
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
