import { runtime } from '../platform/browser';
import { isOrphaned } from '../protocol/ask';
import { PAGE_PORT } from '../protocol/messages';

/**
 * Tells us at once when the extension is reloaded or updated under this page: the port to the
 * background drops and this script's runtime is gone. A port also drops when the browser merely
 * stops an idle service worker; then we stop watching rather than reconnect, so a page never
 * keeps waking the worker (the next request notices an update anyway, protocol/ask.ts).
 */
export function watchForUpdate(onOrphaned: () => void): void {
  let noticed = false;
  const check = () => {
    if (noticed || !isOrphaned()) return;
    noticed = true;
    clearInterval(timer);
    onOrphaned();
  };
  // The port is not always told (a worker stopped just before the reload has already dropped
  // it), so also look every few seconds: reading runtime.id costs nothing and wakes no worker.
  const timer = setInterval(check, ORPHAN_CHECK_MS);
  try {
    runtime.connect({ name: PAGE_PORT }).onDisconnect.addListener(check);
  } catch {
    check();
  }
}

const ORPHAN_CHECK_MS = 4000;

/**
 * A previous instance of the lens on this page (an extension reload under an open tab, after
 * which Firefox injects the new content script): remove its sidebar and unwrap its highlights so
 * the new instance starts from the page as it was.
 */
export function removeStaleLens(doc: Document): void {
  const stale = Array.from(doc.querySelectorAll('parliament-lens'));
  for (const host of stale) host.remove();
  // Its dock margin too, or our own dock would take it for the page's and restore it on close.
  if (stale.length > 0) doc.documentElement.style.removeProperty('margin-right');
  for (const mark of Array.from(doc.querySelectorAll('mark[data-lens-figure]'))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }
}
