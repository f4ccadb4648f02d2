import { useCallback, useEffect, useState } from 'preact/hooks';
import type { MessageType, RequestOf, ResponseOf } from '../protocol/messages';
import type { Result, ResultError } from '../protocol/result';

/** How the sidebar reaches the background; injected so components can be tested without a browser. */
export type AskFn = <T extends MessageType>(type: T, payload: RequestOf<T>) => Promise<Result<ResponseOf<T>>>;

export type Asked<T> =
  | { state: 'loading' }
  /** asOf: the answer rests on an older cached copy because the API failed just now (ISO time). */
  | { state: 'ready'; value: T; asOf?: string }
  | { state: 'error'; error: ResultError; retry: () => void };

/**
 * Ask once per distinct payload; `null` means "not yet" (a request waiting on another's answer).
 * Each section asks on its own, so one slow or failing API never holds up the others.
 */
export function useAsk<T extends MessageType>(ask: AskFn, type: T, payload: RequestOf<T> | null): Asked<ResponseOf<T>> {
  const key = payload === null ? null : JSON.stringify(payload);
  const [attempt, setAttempt] = useState(0);
  const [asked, setAsked] = useState<Asked<ResponseOf<T>>>({ state: 'loading' });
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    if (key === null) return undefined;
    let current = true;
    setAsked({ state: 'loading' });
    ask(type, JSON.parse(key) as RequestOf<T>).then((result) => {
      if (!current) return;
      if (!result.ok) setAsked({ state: 'error', error: result.error, retry });
      else setAsked(result.asOf ? { state: 'ready', value: result.value, asOf: result.asOf } : { state: 'ready', value: result.value });
    });
    return () => {
      current = false;
    };
  }, [ask, type, key, attempt, retry]);

  return asked;
}
