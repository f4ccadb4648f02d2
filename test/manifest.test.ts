// Issues 7 and 20: permissions stay minimal. The source manifest and both built variants ask
// for storage only, reach exactly the five API hosts, and run the content script only on TWFY's
// written-answer pages.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chromeManifest, firefoxManifest } from '../scripts/build.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const API_HOSTS = [
  'https://questions-statements-api.parliament.uk/*',
  'https://members-api.parliament.uk/*',
  'https://commonsvotes-api.parliament.uk/*',
  'https://lordsvotes-api.parliament.uk/*',
  'https://votes.theyworkforyou.com/*',
];
const WRANS_PAGES = ['https://www.theyworkforyou.com/wrans/*', 'https://theyworkforyou.com/wrans/*'];
const BROAD = /<all_urls>|^\*:\/\/|^https?:\/\/\*\/|\*\.\w|^file:|^ftp:/;
const FORBIDDEN_PERMISSIONS = ['tabs', 'scripting', 'webRequest', 'webRequestBlocking', 'declarativeNetRequest', 'history', 'cookies', 'debugger', 'downloads', 'management', 'nativeMessaging', 'proxy', 'activeTab', 'clipboardRead', 'unlimitedStorage', 'webNavigation'];

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; exclude_matches?: string[]; all_frames?: boolean; world?: string }[];
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
  content_security_policy?: { extension_pages?: string };
}

const source = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8')) as Manifest;
// The built variants come from the same functions scripts/build.js writes dist/ with, so this
// runs before any build (the unit stage of npm test) and checks what ships.
const variants: [string, Manifest][] = [
  ['manifest.json', source],
  ['dist/chrome', chromeManifest(source) as Manifest],
  ['dist/firefox', firefoxManifest(source) as Manifest],
];

describe.each(variants)('%s permissions', (_name, manifest) => {
  it('asks for storage only, and nothing optional', () => {
    expect(manifest.permissions).toEqual(['storage']);
    for (const p of FORBIDDEN_PERMISSIONS) expect(manifest.permissions).not.toContain(p);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
  });

  it('reaches exactly the five API hosts, no wildcard hosts', () => {
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...API_HOSTS].sort());
    const everyPattern = [...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((c) => c.matches)];
    for (const pattern of everyPattern) expect(pattern, pattern).not.toMatch(BROAD);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  });

  it('runs its content script only on TWFY written-answer pages, top frame, isolated world', () => {
    expect(manifest.content_scripts).toHaveLength(1);
    const [script] = manifest.content_scripts!;
    expect([...script!.matches].sort()).toEqual([...WRANS_PAGES].sort());
    expect(script!.all_frames ?? false).toBe(false);
    expect(script!.world ?? 'ISOLATED').toBe('ISOLATED');
  });

  it('exposes to pages only the note frame, and only on TheyWorkForYou; no external messaging, no remote script', () => {
    // The sidebar embeds the notebook frame (issue 20), so TWFY pages must be able to load that one
    // page; its script and stylesheet load from the frame itself and need no exposure.
    expect(manifest.web_accessible_resources).toEqual([
      { resources: ['notebook-frame.html'], matches: ['https://www.theyworkforyou.com/*', 'https://theyworkforyou.com/*'] },
    ]);
    for (const pattern of (manifest.web_accessible_resources as { matches: string[] }[]).flatMap((r) => r.matches)) expect(pattern).not.toMatch(BROAD);
    expect(manifest.externally_connectable).toBeUndefined();
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });
});
