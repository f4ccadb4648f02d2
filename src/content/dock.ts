/**
 * Docking: while the sidebar is open the page is narrowed by the sidebar's width, so the sidebar
 * sits beside the content instead of covering it. Set through the CSSOM (allowed under any CSP)
 * and undone exactly, restoring whatever inline value the page had.
 *
 * Where there is no room for both (a phone, 400 % zoom, a narrow window) the panel is a drawer
 * instead: closed to a tab until the reader opens it on purpose, then over the page at up to the
 * full width, and the page is left as it was.
 */
export const SIDEBAR_WIDTH = 380;
/** The narrowest the reader may make the panel; below this its sections wrap badly. */
export const MIN_SIDEBAR_WIDTH = 300;
export const MAX_SIDEBAR_WIDTH = 640;
/**
 * The narrowest page we leave beside the docked panel. TheyWorkForYou's answers (tables included)
 * read at 600 px; below that the panel becomes a drawer. 1024 px: 380 px docked; 800 px: a drawer.
 */
export const MIN_PAGE_WIDTH = 600;

export interface PanelPlacement {
  mode: 'docked' | 'drawer';
  width: number;
  minWidth: number;
  maxWidth: number;
}

/** Where the panel goes in a viewport this wide, with the width the reader chose (or the default). */
export function placePanel(viewportWidth: number, chosenWidth: number | undefined): PanelPlacement {
  const roomy = Math.min(MAX_SIDEBAR_WIDTH, viewportWidth - MIN_PAGE_WIDTH);
  if (roomy < MIN_SIDEBAR_WIDTH) {
    const width = Math.max(0, Math.min(SIDEBAR_WIDTH, viewportWidth));
    return { mode: 'drawer', width, minWidth: width, maxWidth: width };
  }
  const wanted = chosenWidth ?? SIDEBAR_WIDTH;
  return { mode: 'docked', width: Math.round(Math.min(roomy, Math.max(MIN_SIDEBAR_WIDTH, wanted))), minWidth: MIN_SIDEBAR_WIDTH, maxWidth: Math.round(roomy) };
}

/** Narrow the page by `width` px; returns the undo. Calling it again with a new width is fine. */
export function dockPage(doc: Document, width: number = SIDEBAR_WIDTH): () => void {
  const style = doc.documentElement.style;
  const previous = { value: style.getPropertyValue('margin-right'), priority: style.getPropertyPriority('margin-right') };
  style.setProperty('margin-right', `${width}px`, 'important');
  return () => {
    if (previous.value) style.setProperty('margin-right', previous.value, previous.priority);
    else style.removeProperty('margin-right');
  };
}
