import { storage } from '../platform/browser';

/**
 * The sidebar remembers whether the reader left it open or closed. Undefined until they have
 * opened or closed it once: then the options page's "open by default" decides. Read at start-up
 * together with the settings copy (lens-settings.ts), in one storage call.
 */
export const OPEN_STATE_KEY = 'sidebarOpen';

export function openStateIn(stored: Record<string, unknown>): boolean | undefined {
  const value = stored[OPEN_STATE_KEY];
  return typeof value === 'boolean' ? value : undefined;
}

export function saveOpenState(open: boolean): void {
  storage.local.set({ [OPEN_STATE_KEY]: open }).catch(() => undefined);
}
