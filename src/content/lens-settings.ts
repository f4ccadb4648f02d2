import { ask } from '../protocol/ask';
import { DEFAULT_SETTINGS, type Settings } from '../protocol/notebook';
import type { SidebarModel } from '../sidebar/model';

/**
 * The reader's settings (options page), asked of the background while the page is read. Any
 * failure means the defaults: a settings hiccup must never stop the sidebar from appearing.
 */
export async function loadLensSettings(): Promise<Settings> {
  try {
    const answer = await ask('settings.get', {});
    return answer.ok ? answer.value : DEFAULT_SETTINGS;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Whether the reader left the lens on for this site (an adapter id unknown to the settings is on). */
export function siteEnabled(settings: Settings, adapterId: string): boolean {
  return (settings.sites as Record<string, boolean | undefined>)[adapterId] !== false;
}

export function sectionsOff(settings: Settings): NonNullable<SidebarModel['sectionsOff']> {
  return (Object.keys(settings.sections) as (keyof Settings['sections'])[]).filter((id) => !settings.sections[id]);
}
