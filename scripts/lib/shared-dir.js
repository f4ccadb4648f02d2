// Where the project's shared material lives: the real corpus, the seed text and the reference
// samples. It sits beside the checkout (../shared) on the team's machines and in CI;
// PARLIAMENT_LENS_SHARED points elsewhere. A user's clone has none: the demo and the tests then run
// on the repository's own fixtures and say in one line what they skipped (docs/DESIGN.md, "Fixture data").
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// File paths, not URLs: under a DOM test environment the global URL is not Node's.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const SHARED_DIR = process.env.PARLIAMENT_LENS_SHARED
  ? path.resolve(process.env.PARLIAMENT_LENS_SHARED)
  : path.resolve(repoRoot, '../shared');

/** A file or folder under the shared directory. @param {string} rel */
export const sharedPath = (rel) => path.join(SHARED_DIR, rel);

/** Whether the shared folder is there (its Dec 2023 corpus is the marker every part of it came with). */
export const hasShared = () => existsSync(sharedPath('corpus/questions-list-2023-12.jsonl'));

/** The one line that says what runs without the shared folder; null when it is there. */
export function missingSharedMessage() {
  return hasShared()
    ? null
    : `No shared data at ${SHARED_DIR}: using the repository's own fixtures; the real-corpus parts are skipped ` +
      '(put the shared/ folder beside the checkout, or set PARLIAMENT_LENS_SHARED, to run them).';
}
