/**
 * Which lens made an element: our `<parliament-lens>` host and our marks carry this attribute with
 * one instance's id. A page may have `<parliament-lens>` or `mark[data-lens-figure]` elements of
 * its own (issue 20); only stamped ones are ever removed or unwrapped, and only together with
 * the host whose instance made them.
 */
export const LENS_INSTANCE_ATTRIBUTE = 'data-lens-instance';

/** A fresh id for this content script's run. */
export function newLensInstance(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
