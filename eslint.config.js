// Lint: TypeScript rules, the layer rules of DESIGN.md §4 (who may import what), and the
// security rules (no HTML strings from outside into the DOM).
import tseslint from 'typescript-eslint';

/** Each layer of src/ and the layers it may import (besides itself and npm packages listed). */
const layers = {
  extract: { may: [], packages: [] },
  sites: { may: ['extract'], packages: [] },
  protocol: { may: ['platform'], packages: ['zod'] },
  platform: { may: [], packages: ['webextension-polyfill'] },
  clients: { may: ['protocol', 'extract'], packages: ['zod'] },
  cache: { may: ['protocol'], packages: ['idb'] },
  background: { may: ['clients', 'cache', 'protocol', 'platform', 'extract'], packages: [] },
  content: { may: ['sites', 'extract', 'sidebar', 'protocol', 'platform'], packages: ['preact'] },
  sidebar: { may: ['protocol'], packages: ['preact'] },
  // The options page: an extension page of its own, reusing the sidebar's notebook parts.
  options: { may: ['protocol', 'platform', 'sidebar'], packages: ['preact'] },
  // The notebook frame (issue 20): an extension page embedded in the sidebar, holding the reader's note.
  // Nothing imports it, so nothing of it can be drawn into the page's DOM by the sidebar or content script.
  'notebook-frame': { may: ['protocol', 'platform', 'sidebar'], packages: ['preact'] },
};
const allLayers = Object.keys(layers);
const allPackages = ['zod', 'webextension-polyfill', 'idb', 'preact'];

function layerRules(layer, { may, packages }) {
  const forbiddenLayers = allLayers.filter((l) => l !== layer && !may.includes(l));
  const forbiddenPackages = allPackages.filter((p) => !packages.includes(p));
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...forbiddenLayers.map((l) => ({ group: [`**/${l}/*`, `**/${l}`], message: `src/${layer} may not import src/${l} (DESIGN.md §4).` })),
          ...forbiddenPackages.map((p) => ({ group: [p, `${p}/*`], message: `src/${layer} may not import ${p} (DESIGN.md §4).` })),
        ],
      }],
    },
  };
}

const noHtmlSinks = {
  'no-restricted-properties': ['error',
    { property: 'innerHTML', message: 'No innerHTML: build nodes and set textContent (untrusted text).' },
    { property: 'outerHTML', message: 'No outerHTML: build nodes and set textContent (untrusted text).' },
    { property: 'insertAdjacentHTML', message: 'No HTML strings into the DOM.' },
    { object: 'document', property: 'write', message: 'No document.write.' },
  ],
  'no-restricted-syntax': ['error',
    { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML.' },
  ],
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', 'artifacts/**', 'test/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      ...noHtmlSinks,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...Object.entries(layers).map(([layer, spec]) => layerRules(layer, spec)),
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/platform/**'],
    rules: {
      // only platform/ may touch the extension APIs directly
      'no-restricted-globals': ['error', { name: 'chrome', message: 'Use src/platform.' }, { name: 'browser', message: 'Use src/platform.' }],
    },
  },
  {
    files: ['scripts/**/*.js', 'test/**/*.ts', '*.js', '*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
