import type { MessageType, RequestOf, ResponseOf } from '../../protocol/messages';
import { fail, type Result } from '../../protocol/result';
import type { AskFn } from '../use-ask';

/** ask() that never throws or rejects: a failure of any kind comes back as a Result to show. */
export async function askSafely<T extends MessageType>(ask: AskFn, type: T, payload: RequestOf<T>): Promise<Result<ResponseOf<T>>> {
  try {
    const answer = await ask(type, payload);
    return answer ?? fail('disconnected', 'The extension did not answer.');
  } catch (err) {
    return fail('disconnected', err instanceof Error ? err.message : String(err));
  }
}
