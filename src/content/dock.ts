/**
 * Docking: while the sidebar is open the page is narrowed by the sidebar's width, so the sidebar
 * sits beside the content instead of covering it. Set through the CSSOM (allowed under any CSP)
 * and undone exactly, restoring whatever inline value the page had.
 */
export const SIDEBAR_WIDTH = 380;

export function dockPage(doc: Document): () => void {
  const style = doc.documentElement.style;
  const previous = { value: style.getPropertyValue('margin-right'), priority: style.getPropertyPriority('margin-right') };
  style.setProperty('margin-right', `${SIDEBAR_WIDTH}px`, 'important');
  return () => {
    if (previous.value) style.setProperty('margin-right', previous.value, previous.priority);
    else style.removeProperty('margin-right');
  };
}
