import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TOGGLE_SHORTCUT } from '../../src/sidebar/keys';

describe('the keys the panel lists', () => {
  it('names the shortcut the manifest suggests for showing and hiding the sidebar', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as { commands: Record<string, { suggested_key: { default: string } }> };
    expect(manifest.commands['toggle-sidebar']!.suggested_key.default).toBe(TOGGLE_SHORTCUT);
  });
});
