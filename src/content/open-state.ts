import { storage } from '../platform/browser';

/** The sidebar remembers whether the reader left it open or closed (default: open). */
const KEY = 'sidebarOpen';

export async function loadOpenState(): Promise<boolean> {
  try {
    const stored = await storage.local.get(KEY);
    return stored[KEY] !== false;
  } catch {
    return true;
  }
}

export function saveOpenState(open: boolean): void {
  storage.local.set({ [KEY]: open }).catch(() => undefined);
}
