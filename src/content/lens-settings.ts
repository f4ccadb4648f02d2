import { storage } from '../platform/browser';
import { ask } from '../protocol/ask';
import { DEFAULT_SETTINGS, SETTINGS_MIRROR_KEY, settings as settingsSchema, type Settings } from '../protocol/notebook';
import type { SidebarModel } from '../sidebar/model';
import { OPEN_STATE_KEY, openStateIn } from './open-state';

/**
 * How long the first paint may wait for the settings. A worker woken from sleep answers in tens of
 * milliseconds; a background stuck on its database must not keep the sidebar away.
 */
const SETTINGS_WAIT_MS = 1500;

export interface StartState {
  settings: Settings;
  /** Whether the reader left the sidebar open; undefined until they first open or close it. */
  open: boolean | undefined;
}

/**
 * What the first paint needs, read while the page is read: the reader's settings (options page)
 * from their copy in storage.local (no worker wake-up), else asked of the background, and the
 * remembered open state, both in one storage call. Any failure or a slow answer means the
 * defaults: a settings hiccup must never stop the sidebar.
 */
export async function loadStartState(): Promise<StartState> {
  const stored = await readStored();
  const parsed = settingsSchema.safeParse(stored[SETTINGS_MIRROR_KEY]);
  return { settings: parsed.success ? parsed.data : await askBackground(), open: openStateIn(stored) };
}

async function readStored(): Promise<Record<string, unknown>> {
  try {
    return await storage.local.get([SETTINGS_MIRROR_KEY, OPEN_STATE_KEY]);
  } catch {
    return {};
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
