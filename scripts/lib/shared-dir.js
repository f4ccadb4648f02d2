// Where the project's shared material lives: the corpus, the seed text and the reference samples
// that tests, fixtures, the demo and the benchmark read. It sits beside the checkout (../shared),
// as on the developers' machines and in CI; PARLIAMENT_LENS_SHARED points elsewhere.
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

/** One line for a reader whose checkout has no shared directory beside it; null when all is well. */
export function missingSharedMessage() {
  return existsSync(sharedPath('corpus/questions-list-2023-12.jsonl'))
    ? null
    : `No shared data at ${SHARED_DIR}: put the project's shared/ folder beside the checkout, or set PARLIAMENT_LENS_SHARED.`;
}
