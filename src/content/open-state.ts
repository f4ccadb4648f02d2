import { storage } from '../platform/browser';

/**
 * The sidebar remembers whether the reader left it open or closed. Undefined until they have
 * opened or closed it once: then the options page's "open by default" decides.
 */
const KEY = 'sidebarOpen';

export async function loadOpenState(): Promise<boolean | undefined> {
  try {
    const stored = await storage.local.get(KEY);
    return typeof stored[KEY] === 'boolean' ? stored[KEY] : undefined;
  } catch {
    return undefined;
  }
}

export function saveOpenState(open: boolean): void {
  storage.local.set({ [KEY]: open }).catch(() => undefined);
}
