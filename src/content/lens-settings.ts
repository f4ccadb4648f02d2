import { storage } from '../platform/browser';
import { ask } from '../protocol/ask';
import { DEFAULT_SETTINGS, SETTINGS_MIRROR_KEY, settings as settingsSchema, type Settings } from '../protocol/notebook';
import type { SidebarModel } from '../sidebar/model';

/**
 * How long the first paint may wait for the settings. A worker woken from sleep answers in tens of
 * milliseconds; a background stuck on its database must not keep the sidebar away.
 */
const SETTINGS_WAIT_MS = 1500;

/**
 * The reader's settings (options page), read while the page is read: from the copy in
 * storage.local (no worker wake-up), else asked of the background. Any failure or a slow answer
 * means the defaults: a settings hiccup must never stop the sidebar.
 */
export async function loadLensSettings(): Promise<Settings> {
  const mirrored = await readMirror();
  return mirrored ?? askBackground();
}

async function readMirror(): Promise<Settings | null> {
  try {
    const stored = await storage.local.get(SETTINGS_MIRROR_KEY);
    const parsed = settingsSchema.safeParse(stored[SETTINGS_MIRROR_KEY]);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function askBackground(): Promise<Settings> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<Settings>((resolve) => {
    timer = setTimeout(() => resolve(DEFAULT_SETTINGS), SETTINGS_WAIT_MS);
  });
  const asked = ask('settings.get', {}).then((answer) => (answer.ok ? answer.value : DEFAULT_SETTINGS), () => DEFAULT_SETTINGS);
  return Promise.race([asked, late]).finally(() => clearTimeout(timer));
}

/** Whether the reader left the lens on for this site (an adapter id unknown to the settings is on). */
export function siteEnabled(settings: Settings, adapterId: string): boolean {
  return (settings.sites as Record<string, boolean | undefined>)[adapterId] !== false;
}

export function sectionsOff(settings: Settings): NonNullable<SidebarModel['sectionsOff']> {
  return (Object.keys(settings.sections) as (keyof Settings['sections'])[]).filter((id) => !settings.sections[id]);
}
