#!/usr/bin/env node
// `npm run package`: store-ready zips of both builds in artifacts/, after web-ext's lint of the
// Firefox build (warnings fail it, so what we ship is clean).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { version } = (await import('../package.json', { with: { type: 'json' } })).default;

function run(args) {
  const result = spawnSync('npx', ['web-ext', ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

await buildAll();
run(['lint', '--source-dir', 'dist/firefox', '--warnings-as-errors']);
for (const browser of ['chrome', 'firefox']) {
  run(['build', '--source-dir', `dist/${browser}`, '--artifacts-dir', 'artifacts', '--filename', `parliament-lens-${browser}-${version}.zip`, '--overwrite-dest']);
}
console.log(`zips in ${path.join(root, 'artifacts')}`);
