#!/usr/bin/env node
// Builds the unpacked extensions: dist/chrome (MV3 service worker) and dist/firefox (MV3 background
// scripts). One source manifest (manifest.json); each browser gets the variant it understands.
import { build } from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

/** Bundle options shared by both entry points. */
const common = {
  bundle: true,
  minify: true,
  sourcemap: false,
  target: ['chrome120', 'firefox128'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
};

/** Builds both bundles into `outDir`; returns their sizes in bytes. */
async function bundle(outDir) {
  // Content scripts cannot be ES modules, so the content bundle is an IIFE.
  const content = await build({
    ...common,
    entryPoints: [path.join(root, 'src/content/index.ts')],
    outfile: path.join(outDir, 'content.js'),
    format: 'iife',
  });
  const background = await build({
    ...common,
    entryPoints: [path.join(root, 'src/background/index.ts')],
    outfile: path.join(outDir, 'background.js'),
    format: 'esm',
  });
  // The options page (manifest options_ui): a classic script beside its HTML and CSS.
  const options = await build({
    ...common,
    entryPoints: [path.join(root, 'src/options/index.tsx')],
    outfile: path.join(outDir, 'options.js'),
    format: 'iife',
  });
  for (const file of ['options.html', 'options.css']) await cp(path.join(root, 'src/options', file), path.join(outDir, file));
  // The notebook frame the sidebar embeds (web_accessible_resources): the reader's note, out of the page's reach.
  const notebookFrame = await build({
    ...common,
    entryPoints: [path.join(root, 'src/notebook-frame/index.tsx')],
    outfile: path.join(outDir, 'notebook-frame.js'),
    format: 'iife',
  });
  for (const file of ['notebook-frame.html', 'notebook-frame.css']) await cp(path.join(root, 'src/notebook-frame', file), path.join(outDir, file));
  return { content: outputBytes(content.metafile), background: outputBytes(background.metafile), options: outputBytes(options.metafile), notebookFrame: outputBytes(notebookFrame.metafile) };
}

function outputBytes(metafile) {
  return Object.values(metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
}

/** Chrome: MV3 service worker; it rejects the gecko block with a warning, so drop it. */
export function chromeManifest(source) {
  const { browser_specific_settings: _gecko, ...rest } = source;
  return rest;
}

/** Firefox runs `background.scripts` (ES module) and ignores `service_worker`. */
export function firefoxManifest(source) {
  return { ...source, background: { scripts: ['background.js'], type: 'module' } };
}

export async function buildAll({ quiet = false } = {}) {
  const source = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8'));
  const sizes = {};
  for (const [browser, variant] of [['chrome', chromeManifest], ['firefox', firefoxManifest]]) {
    const outDir = path.join(dist, browser);
    await rm(outDir, { recursive: true, force: true });
    await mkdir(outDir, { recursive: true });
    sizes[browser] = await bundle(outDir);
    await cp(path.join(root, 'icons'), path.join(outDir, 'icons'), {
      recursive: true,
      filter: (src) => !src.endsWith('.md'),
    });
    await writeFile(path.join(outDir, 'manifest.json'), JSON.stringify(variant(source), null, 2));
  }
  if (!quiet) {
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`built dist/chrome and dist/firefox: content.js ${kb(sizes.chrome.content)}, background.js ${kb(sizes.chrome.background)}, options.js ${kb(sizes.chrome.options)}, notebook-frame.js ${kb(sizes.chrome.notebookFrame)}`);
  }
  return sizes;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  buildAll().catch((err) => {
    console.error(err.message ?? err);
    process.exit(1);
  });
}
