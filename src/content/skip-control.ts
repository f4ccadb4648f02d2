import { LENS_INSTANCE_ATTRIBUTE } from './lens-instance';
import { applyStyles } from './shadow-styles';

/**
 * A skip link for the panel (issue 17; WCAG technique G1): the page's first Tab stop, out of
 * sight until it has keyboard focus, then shown at the top right, over the panel's own strip and
 * never over the page's text. The sidebar itself comes after the page in the Tab order, so
 * without this its first control was the 22nd stop on the seed page and the 60th on a table page.
 * Its own tag, not `<parliament-lens>`: that one host per page is the public contract (DESIGN.md §9).
 */
export const SKIP_TAG = 'parliament-lens-skip';
export const SKIP_LABEL = 'Go to Parliament Lens';

const skipCss = `
:host { all: initial; }
button {
  position: fixed; top: 8px; right: 8px; z-index: 2147483647; transform: translateY(-200%);
  font: 600 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  background: #ffffff; color: #1b1f23; border: 2px solid #1b1f23; border-radius: 6px; padding: 6px 12px;
  cursor: pointer;
}
button:focus { transform: none; outline: 3px solid #1d70b8; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  button { background: #16191d; color: #e8eaed; border-color: #e8eaed; }
  button:focus { outline-color: #8ab4f8; }
}
@media (prefers-reduced-motion: no-preference) { button { transition: transform 0.1s; } }
`;

export function mountSkipControl(doc: Document, instance: string, shortcut: string, go: (button: HTMLElement) => void): HTMLElement {
  const host = doc.createElement(SKIP_TAG);
  host.setAttribute(LENS_INSTANCE_ATTRIBUTE, instance);
  const shadow = host.attachShadow({ mode: 'open' });
  applyStyles(shadow, skipCss);
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = `${SKIP_LABEL} (${shortcut})`;
  button.addEventListener('click', () => go(button));
  shadow.append(button);
  // First in the body, so it is the first Tab stop; fixed, so it takes no room in the page's layout.
  const parent = doc.body ?? doc.documentElement;
  parent.prepend(host);
  return host;
}
