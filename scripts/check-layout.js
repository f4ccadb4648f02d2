#!/usr/bin/env node
// Checks the layout DESIGN.md §4 describes that eslint cannot: every src/ folder is a known layer,
// and source files stay small enough to read (the design says most under ~200 lines; we fail at 300).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LAYERS = ['platform', 'protocol', 'background', 'clients', 'cache', 'extract', 'sites', 'content', 'sidebar', 'options', 'notebook-frame'];
const MAX_LINES = 300;

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

const problems = [];
for (const entry of await readdir(path.join(root, 'src'), { withFileTypes: true })) {
  if (!entry.isDirectory() || !LAYERS.includes(entry.name)) problems.push(`src/${entry.name}: not a layer of DESIGN.md §4`);
}
for await (const file of files(path.join(root, 'src'))) {
  const lines = (await readFile(file, 'utf8')).split('\n').length;
  if (lines > MAX_LINES) problems.push(`${path.relative(root, file)}: ${lines} lines (limit ${MAX_LINES}); split it`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('layout ok');
