import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The production build under test; `npm test` builds it first. */
export function distDir(browser: 'chrome' | 'firefox'): string {
  const dir = path.join(root, 'dist', browser);
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No build in ${dir}: run \`npm run build\` first (npm test does).`);
  }
  return dir;
}

/** The seed page at its real gid (shared/seed/README.md). */
export const SEED_URL = 'https://www.theyworkforyou.com/wrans/?id=2019-01-30.214555.h';
