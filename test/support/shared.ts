// Tests over ../shared's real data (the corpus, reference pages, recorded samples, the seed text)
// run where it is present, on the team's machines and in CI, and skip in a bare clone, where
// `npm test` says once what it skipped (scripts/test.js). Use these instead of testing for files.
import { describe, it } from 'vitest';
import { hasShared } from '../../scripts/lib/shared-dir.js';

/** Whether ../shared is there for this run. */
export const SHARED_PRESENT = hasShared();

/** `describe` for a suite that reads ../shared: skipped without it. */
export const describeWithShared = describe.skipIf(!SHARED_PRESENT);

/** `it` for one test that reads ../shared: skipped without it. */
export const itWithShared = it.skipIf(!SHARED_PRESENT);
