import { runtime } from '../platform/browser';
import { messages, type MessageType, type RequestOf, type ResponseOf } from './messages';
import { fail, type Result } from './result';

/**
 * Send one typed request to the background and get a Result back; never throws.
 * The answer is validated against the response schema: the background is ours, but a stale
 * content script talking to an updated background must fail clearly, not render garbage.
 */
export async function ask<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<Result<ResponseOf<T>>> {
  let answer: unknown;
  try {
    answer = await runtime.sendMessage({ type, payload });
  } catch (err) {
    // "Extension context invalidated" after an update, or no worker could be woken.
    return fail('disconnected', errorText(err));
  }
  return checkAnswer(type, answer);
}

function checkAnswer<T extends MessageType>(type: T, answer: unknown): Result<ResponseOf<T>> {
  if (!answer || typeof answer !== 'object' || !('ok' in answer)) {
    return fail('disconnected', 'The extension did not answer.');
  }
  const result = answer as Result<unknown>;
  if (!result.ok) return result;
  const parsed = messages[type].response.safeParse(result.value);
  if (!parsed.success) return fail('internal', `Unexpected answer to ${type}.`);
  return { ok: true, value: parsed.data as ResponseOf<T> };
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
