// The seed page's text as the reader saw it (test/fixtures/seed/README.md): carried by the repository,
// so tests of the seed page run in a bare clone too.
import { readFileSync } from 'node:fs';

export const SEED_TEXT_PATH = new URL('../fixtures/seed/theyworkforyou-wrans-2019-01-30.214555.txt', import.meta.url);

export const seedText = (): string => readFileSync(SEED_TEXT_PATH, 'utf8');
