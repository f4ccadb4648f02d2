/**
 * Long work on the page's main thread, done in slices that yield to the page (issue 20: "20,000
 * figures blocked the page 6–9.5 s in one task"). The work is a generator that yields after each
 * small step; the runner keeps stepping until the slice's budget is spent, then lets the page's
 * own tasks (its timers, input, a frame) run before the next slice.
 */

/**
 * Our share of one task, in ms. What the page sees as one task is this plus the style and layout
 * our DOM changes cost in the frame after, so it stays well under the 50 ms a long task starts at.
 */
export const SLICE_BUDGET_MS = 8;

/**
 * What a step yields before a step it knows to be long (several ms in one piece): the runner
 * then ends the slice, so the long step starts a slice of its own instead of adding to a spent one.
 */
export const LONG_STEP_NEXT = 'long-step-next';

/** Runs `steps` to the end in one go (unit tests, short answers). */
export function runToEnd<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Runs `steps` in slices of about `budgetMs`. A short answer finishes within its first slice, in
 * the same task it started in, as before slicing (the seed page: one slice, ~17 ms).
 *
 * The yield is a plain setTimeout(0): a task behind the page's own queued timers and events, so
 * they run in between (scheduler.yield() would put our continuation ahead of them, which is what
 * it is for, and the page's heartbeat would wait). After a few nested timers browsers clamp the
 * wait to 4 ms; with 8 ms slices that costs about half as much again in wall time, never page time.
 */
export async function runInSlices<T>(steps: Generator<unknown, T>, { budgetMs = SLICE_BUDGET_MS, stats }: { budgetMs?: number; stats?: SliceStats } = {}): Promise<T> {
  for (let first = true; ; first = false) {
    const start = performance.now();
    // The first slice also pays the style recalculation our first visibility check forces (the
    // sidebar just mounted): twice the budget lets an ordinary answer finish in one task.
    const deadline = start + (first ? 2 * budgetMs : budgetMs);
    let next: IteratorResult<unknown, T>;
    do next = steps.next();
    while (!next.done && next.value !== LONG_STEP_NEXT && performance.now() < deadline);
    if (stats) {
      const took = performance.now() - start;
      stats.slices++;
      stats.busyMs += took;
      stats.longestMs = Math.max(stats.longestMs, took);
    }
    if (next.done) return next.value;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
}

/** What a sliced run cost the main thread (the benchmark's figures). */
export interface SliceStats {
  slices: number;
  busyMs: number;
  longestMs: number;
}

export function newSliceStats(): SliceStats {
  return { slices: 0, busyMs: 0, longestMs: 0 };
}
