#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests, then the production build in real Chromium and Firefox.
// Ends with the plain line `N passed, N failed` (CI reads it; see TOOLING.md) and exits non-zero
// on any failure, counting failed steps and failed test files (a failing beforeAll only skips).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingSharedMessage } from './lib/shared-dir.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reports = path.join(root, '.cache', 'test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };

const totals = { passed: 0, failed: 0, skipped: 0 };

/** A step that is not a test runner counts as one test: passed or failed. */
function step(name, command, args) {
  console.log(`\n== ${name}`);
  const run = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (run.status === 0) totals.passed += 1;
  else {
    totals.failed += 1;
    console.log(`${name}: FAILED`);
  }
}

/** A vitest run: its own counts from the JSON report, plus failed files (suites that did not run). */
function vitest(name, configArgs) {
  console.log(`\n== ${name}`);
  const report = path.join(reports, `${name.replace(/\W+/g, '-')}.json`);
  const run = spawnSync('npx', ['vitest', 'run', ...configArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
    cwd: root, env, stdio: 'inherit',
  });
  let failed = 0;
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += json.numPassedTests;
    totals.skipped += json.numPendingTests + json.numTodoTests;
    // Files that failed without a failing test (a throwing beforeAll, an import error) count too.
    const failedFiles = json.testResults.filter((f) => f.status === 'failed' && f.assertionResults.every((a) => a.status !== 'failed'));
    failed = json.numFailedTests + failedFiles.length;
  } catch {
    // no report: vitest itself failed to start
  }
  // A non-zero exit with nothing counted (crash, no report) is still a failure.
  totals.failed += run.status !== 0 && failed === 0 ? 1 : failed;
}

// Without ../shared the tests over the real corpus and reference pages skip themselves
// (test/support/shared.ts); the run says so once, here and again beside the totals.
const missingShared = missingSharedMessage();
if (missingShared) console.log(missingShared);

const only = process.argv[2];
if (!only || only === 'static') {
  step('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
  step('lint', 'npm', ['run', '--silent', 'lint']);
}
if (!only || only === 'unit') vitest('unit', []);
if (!only || only === 'e2e') {
  step('build', 'node', ['scripts/build.js']);
  vitest('browsers', ['--config', 'vitest.e2e.config.ts']);
}

const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
if (missingShared) console.log(`\n${missingShared}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
