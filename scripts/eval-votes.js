#!/usr/bin/env node
// `npm run eval:votes [-- --verbose [--heldout]]`: precision and recall of "votes on the question's topic"
// against the hand-labelled set in test/fixtures/votes-relevance (issue 16), for divisions and for
// TheyWorkForYou policies, on the tuning part and on the held-out third. The production matcher
// (src/extract/topic-*.ts, policy-groups.ts, the handler's window) is bundled with esbuild; the
// questions, division titles and policies are read from ../shared.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { evaluate, loadLabels, loadSharedData, precision, recall } from './eval-votes-lib.js';
import { hasShared, SHARED_DIR } from './lib/shared-dir.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The matcher exactly as the background imports it, bundled for Node. */
export async function loadMatcher() {
  const out = path.join(root, '.cache', 'eval-votes', 'matcher.mjs');
  await build({
    stdin: {
      contents: [
        "export { topicTerms } from './src/extract/topic-terms';",
        "export { divisionSearchTerm, divisionReason, pickPolicies } from './src/extract/topic-match';",
        "export { policyGroupsForDepartment } from './src/extract/policy-groups';",
        "export { yearsBefore } from './src/background/handlers/votes-divisions';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: out,
    logLevel: 'warning',
  });
  return import(pathToFileURL(out).href);
}

const fixed = (/** @type {number} */ x) => x.toFixed(3);

async function main() {
  if (!hasShared()) {
    console.log(`eval:votes skipped: no shared data at ${SHARED_DIR} (the labelled questions, division titles and policies are read from it).`);
    return;
  }
  const verbose = process.argv.includes('--verbose');
  const { labels } = loadLabels();
  const results = evaluate(await loadMatcher(), loadSharedData(), labels);
  for (const split of ['tune', 'heldout', 'all']) {
    const r = results[split];
    if (!r) continue;
    for (const kind of /** @type {const} */ (['divisions', 'policies'])) {
      const t = r[kind];
      console.log(
        `${split.padEnd(7)} ${kind.padEnd(9)} precision ${fixed(precision(t))} (${t.onTopic}/${t.shown} shown on topic)  ` +
          `recall ${fixed(recall(t))} (${t.found}/${t.labelled} on-topic shown)  over ${r.questions} questions`,
      );
    }
  }
  // Lists per split: tune on the `tune` lists only, so the held-out third stays a fair test.
  const listed = verbose ? (process.argv.includes('--heldout') ? 'heldout' : 'tune') : null;
  const r = listed ? results[listed] : undefined;
  if (r) {
    for (const kind of /** @type {const} */ (['divisions', 'policies'])) {
      console.log(`\n${listed} ${kind}: false positives (${r[kind].falsePositives.length})`);
      for (const line of r[kind].falsePositives) console.log(`  + ${line}`);
      console.log(`${listed} ${kind}: misses (${r[kind].misses.length})`);
      for (const line of r[kind].misses) console.log(`  - ${line}`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
