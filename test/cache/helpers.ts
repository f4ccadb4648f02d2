import { vi } from 'vitest';
import { fail, ok, type Result } from '../../src/protocol/result';

let counter = 0;
/** A database name no other test uses, so tests never see each other's data or connections. */
export function freshDbName(): string {
  counter += 1;
  return `lens-test-${Date.now()}-${counter}`;
}

export interface Question {
  uin: string;
  answered: boolean;
}

/** A stand-in for a client's zod parser: accepts {uin: string, answered: boolean}. */
export function parseQuestion(raw: unknown): Result<Question> {
  if (typeof raw === 'object' && raw !== null && typeof (raw as Question).uin === 'string' && typeof (raw as Question).answered === 'boolean') {
    const { uin, answered } = raw as Question;
    return ok({ uin, answered });
  }
  return fail('bad_response', 'not a question');
}

/** A fetchRaw mock that answers each URL from a table (or with a network failure). */
export function fakeNetwork(bodies: Record<string, unknown> = {}) {
  return vi.fn(async (url: string): Promise<Result<unknown>> => (url in bodies ? ok(bodies[url]) : fail('network', `offline: ${url}`)));
}

/** A promise with its resolve exposed, to hold a request in flight. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

export const DAY_MS = 24 * 60 * 60 * 1000;
