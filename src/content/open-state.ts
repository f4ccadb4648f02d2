import { storage } from '../platform/browser';

/**
 * The sidebar remembers whether the reader left it open or closed. Undefined until they have
 * opened or closed it once: then the options page's "open by default" decides. Read at start-up
 * together with the settings copy (lens-settings.ts), in one storage call.
 */
export const OPEN_STATE_KEY = 'sidebarOpen';
/** The panel's width (resized by the reader) and which sections they folded or unfolded. */
export const PANEL_PREFS_KEY = 'sidebarPanel';

export interface PanelPrefs {
  /** Pixels; undefined until the reader resizes the panel. */
  width?: number;
  /** Section id → true when the reader folded it, false when they unfolded it. */
  folded: Record<string, boolean>;
}

export function openStateIn(stored: Record<string, unknown>): boolean | undefined {
  const value = stored[OPEN_STATE_KEY];
  return typeof value === 'boolean' ? value : undefined;
}

/** Our own key, but storage is shared with every version of us: read it item by item. */
export function panelPrefsIn(stored: Record<string, unknown>): PanelPrefs {
  const value = stored[PANEL_PREFS_KEY];
  const prefs: PanelPrefs = { folded: {} };
  if (!value || typeof value !== 'object') return prefs;
  const { width, folded } = value as { width?: unknown; folded?: unknown };
  if (typeof width === 'number' && Number.isFinite(width)) prefs.width = width;
  if (folded && typeof folded === 'object') {
    for (const [id, on] of Object.entries(folded)) if (typeof on === 'boolean' && /^[a-z-]{1,40}$/.test(id)) prefs.folded[id] = on;
  }
  return prefs;
}

export function saveOpenState(open: boolean): void {
  storage.local.set({ [OPEN_STATE_KEY]: open }).catch(() => undefined);
}

export function savePanelPrefs(prefs: PanelPrefs): void {
  storage.local.set({ [PANEL_PREFS_KEY]: prefs }).catch(() => undefined);
}
