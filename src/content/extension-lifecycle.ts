import { isOrphaned } from '../protocol/ask';
import { unwrapStaleMarks } from './highlight';
import { LENS_INSTANCE_ATTRIBUTE } from './lens-instance';
import { SKIP_TAG } from './skip-control';

/** How often an open page looks whether its extension is still there. */
const ORPHAN_CHECK_MS = 4000;

/**
 * Notices when the extension is reloaded or updated under this page: this script's runtime is
 * then gone. Reading runtime.id costs nothing and, unlike a port or a message, never wakes the
 * background worker; any request in between notices too (protocol/ask.ts answers 'updated').
 */
export function watchForUpdate(onOrphaned: () => void): void {
  const timer = setInterval(() => {
    if (!isOrphaned()) return;
    clearInterval(timer);
    onOrphaned();
  }, ORPHAN_CHECK_MS);
}

/**
 * A previous instance of the lens on this page (an extension reload under an open tab, after
 * which Firefox injects the new content script): remove its sidebar and unwrap its highlights so
 * the new instance starts from the page as it was. Only what that instance stamped
 * (lens-instance.ts) is touched: a page's own `<parliament-lens>` or `mark[data-lens-figure]`
 * elements stay exactly as they are.
 */
export function removeStaleLens(doc: Document): void {
  // Its skip control (skip-control.ts) goes with it.
  for (const skip of Array.from(doc.querySelectorAll(`${SKIP_TAG}[${LENS_INSTANCE_ATTRIBUTE}]`))) skip.remove();
  const stale = Array.from(doc.querySelectorAll(`parliament-lens[${LENS_INSTANCE_ATTRIBUTE}]`));
  // The usual start: nothing of ours on the page, so no second walk of it for marks.
  if (stale.length === 0) return;
  for (const host of stale) {
    const instance = host.getAttribute(LENS_INSTANCE_ATTRIBUTE) ?? '';
    host.remove();
    const ours = Array.from(doc.querySelectorAll(`mark[data-lens-figure][${LENS_INSTANCE_ATTRIBUTE}]`)).filter((m) => m.getAttribute(LENS_INSTANCE_ATTRIBUTE) === instance);
    unwrapStaleMarks(ours);
  }
  // Its dock margin too, or our own dock would take it for the page's and restore it on close.
  doc.documentElement.style.removeProperty('margin-right');
}
