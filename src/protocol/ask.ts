import { runtime } from '../platform/browser';
import { messages, type MessageType, type RequestOf, type ResponseOf } from './messages';
import { EXTENSION_UPDATED, fail, type Result } from './result';

export { EXTENSION_UPDATED };


/** Pauses before asking again when the service worker was stopped mid-request (MV3 does that). */
const RESEND_DELAYS_MS = [150, 600];

/**
 * How long an ask may go unanswered, over all its sends. The background bounds its own API work
 * (10 s a try, 30 s in a host's queue, two retries), so this is for a worker that hears and never
 * answers: issue 20 found a section that could stay "loading" for ever, and a Save that failed
 * silently. The notebook, settings and cache answer from IndexedDB alone.
 */
export const API_ANSWER_TIMEOUT_MS = 60_000;
export const LOCAL_ANSWER_TIMEOUT_MS = 15_000;
const answersFromApis = (type: MessageType) => /^(question|member|votes|related)\./.test(type);

type Sent = { kind: 'answer'; answer: unknown } | { kind: 'lost'; message: string } | { kind: 'orphaned' } | { kind: 'timeout' };

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
  const timeoutMs = answersFromApis(type) ? API_ANSWER_TIMEOUT_MS : LOCAL_ANSWER_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  let sent = await send(type, payload, deadline);
  for (const delay of RESEND_DELAYS_MS) {
    if (sent.kind !== 'lost' || Date.now() + delay >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, delay));
    sent = await send(type, payload, deadline);
  }
  if (sent.kind === 'orphaned') return fail('updated', EXTENSION_UPDATED);
  if (sent.kind === 'timeout') return fail('disconnected', `The extension did not answer within ${Math.round(timeoutMs / 1000)} seconds; try again.`);
  if (sent.kind === 'lost') return fail('disconnected', 'The extension did not answer; try again in a moment.');
  return checkAnswer(type, sent.answer);
}

/** Resolves to 'timeout' at the deadline; the late answer, if one ever comes, is dropped. */
function untilDeadline<T>(work: Promise<T>, deadline: number): Promise<T | 'timeout'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function send(type: MessageType, payload: unknown, deadline: number): Promise<Sent> {
  if (isOrphaned()) return { kind: 'orphaned' };
  try {
    const answer = await untilDeadline(runtime.sendMessage({ type, payload }), deadline);
    if (answer === 'timeout') return { kind: 'timeout' };
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
