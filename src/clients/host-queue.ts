/**
 * One queue per API host, shared by every request the worker makes (so by every tab): when a host
 * answers 429, every request to it waits out the Retry-After, then they start one at a time with a
 * jittered gap instead of all at once, and the gap shrinks again as the host keeps answering.
 * Issue 20: 30 tabs against a 5 req/s throttle had 280 of 406 requests refused and every retry fired
 * in the same instant (96 req/s).
 *
 * Only timing lives here, in memory: a worker killed and woken starts with no pause and no gap,
 * which costs at most one more 429.
 */

export interface HostQueueOptions {
  /** Requests to one host at once (browsers open at most 6 HTTP/1.1 connections per host anyway). */
  maxInFlight?: number;
  now?: () => number;
  random?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
}

/** How a request ended, for the host's pace: a 429 (with its pause) slows it, an answer speeds it up. */
export type Outcome = { rateLimitedForMs: number | null } | 'answered' | 'failed';

export interface Turn {
  /** Call exactly once, when the request has its answer (or gave up). */
  done(outcome: Outcome): void;
}

/** Not started: the host asked us to stay away past the caller's deadline. */
export interface Busy {
  busyForMs: number;
}

export interface HostQueue {
  /** Waits for this host's turn, but not past `deadline` (epoch ms). */
  turn(host: string, deadline: number): Promise<Turn | Busy>;
}

/** After the first 429 requests start at least this far apart (jittered 0.5–1.5×); doubled per 429. */
const FIRST_GAP_MS = 250;
const MAX_GAP_MS = 4_000;
/** Without Retry-After, a 429 pauses the host this long. */
const DEFAULT_PAUSE_MS = 1_000;
/** Each answer shrinks the gap by this factor (≈ halved by 14 answers); under 20 ms it is gone. */
const GAP_DECAY = 0.95;

interface Waiter {
  deadline: number;
  start: (turn: Turn | Busy) => void;
}

interface HostState {
  inFlight: number;
  waiting: Waiter[];
  pausedUntil: number;
  gapMs: number;
  nextStartAt: number;
  wakeAt: number | null;
  /** When the gap last grew: 429s for requests started before then were sent at the old pace and do not count again. */
  slowedAt: number;
}

export function createHostQueue({ maxInFlight = 6, now = Date.now, random = Math.random, setTimer = setTimeout }: HostQueueOptions = {}): HostQueue {
  const hosts = new Map<string, HostState>();

  const stateOf = (host: string): HostState => {
    let state = hosts.get(host);
    if (!state) {
      state = { inFlight: 0, waiting: [], pausedUntil: 0, gapMs: 0, nextStartAt: 0, wakeAt: null, slowedAt: -Infinity };
      hosts.set(host, state);
    }
    return state;
  };

  const jittered = (ms: number) => (ms === 0 ? 0 : ms * (0.5 + random()));

  function pump(host: string, state: HostState): void {
    const at = now();
    // Callers whose deadline falls inside the pause hear "busy" now rather than at their deadline.
    state.waiting = state.waiting.filter((w) => {
      if (w.deadline >= Math.max(state.pausedUntil, at)) return true;
      w.start({ busyForMs: Math.max(0, state.pausedUntil - at) });
      return false;
    });
    while (state.waiting.length > 0 && state.inFlight < maxInFlight) {
      const startAt = Math.max(state.pausedUntil, state.nextStartAt);
      if (startAt > at) return wakeLater(host, state, startAt);
      const waiter = state.waiting.shift()!;
      state.inFlight++;
      state.nextStartAt = at + jittered(state.gapMs);
      waiter.start(turnFor(host, state));
    }
    if (state.waiting.length === 0 && state.inFlight === 0 && state.gapMs === 0 && state.pausedUntil <= at) hosts.delete(host);
  }

  function wakeLater(host: string, state: HostState, at: number): void {
    if (state.wakeAt !== null && state.wakeAt <= at) return;
    state.wakeAt = at;
    setTimer(() => {
      if (state.wakeAt === at) state.wakeAt = null;
      pump(host, state);
    }, Math.max(0, at - now()));
  }

  function turnFor(host: string, state: HostState): Turn {
    let finished = false;
    const startedAt = now();
    return {
      done(outcome) {
        if (finished) return;
        finished = true;
        state.inFlight--;
        if (typeof outcome === 'object') {
          state.pausedUntil = Math.max(state.pausedUntil, now() + (outcome.rateLimitedForMs ?? DEFAULT_PAUSE_MS));
          if (startedAt >= state.slowedAt) {
            state.gapMs = Math.min(MAX_GAP_MS, state.gapMs === 0 ? FIRST_GAP_MS : state.gapMs * 2);
            state.slowedAt = now();
          }
          // The first request after the pause goes at a random point of one gap, not exactly on time.
          state.nextStartAt = state.pausedUntil + jittered(state.gapMs) - state.gapMs / 2;
        } else if (outcome === 'answered') {
          state.gapMs = state.gapMs * GAP_DECAY < 20 ? 0 : state.gapMs * GAP_DECAY;
        }
        pump(host, state);
      },
    };
  }

  return {
    turn(host, deadline) {
      const state = stateOf(host);
      return new Promise((start) => {
        state.waiting.push({ deadline, start });
        pump(host, state);
        // A waiter still queued at its deadline gives up (the queue moves only when a turn ends or a timer fires).
        if (state.waiting.some((w) => w.start === start)) {
          setTimer(() => {
            const index = state.waiting.findIndex((w) => w.start === start);
            if (index < 0) return;
            state.waiting.splice(index, 1);
            start({ busyForMs: Math.max(0, state.pausedUntil - now()) });
          }, Math.max(0, deadline - now()));
        }
      });
    },
  };
}
