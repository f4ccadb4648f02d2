import { LENS_INSTANCE_ATTRIBUTE } from './lens-instance';

/**
 * Where keyboard focus goes as the panel opens and closes (issue 17): opening on purpose (the tab,
 * the skip control, the toolbar button or shortcut) moves focus into the panel; closing puts it
 * back where the reader was before they came in, or on the closed tab, never on the page's body
 * (a screen reader would start again from the top of the page).
 */
export interface PanelFocus {
  /** Focus the panel (after it is drawn); `from` is where to come back to, by default the page's focused element. */
  enter(from?: HTMLElement | null): void;
  /** After the panel closed with focus inside it: back to where the reader came from, else the closed tab. */
  leave(): void;
  stop(): void;
}

export function panelFocus(host: HTMLElement, shadow: ShadowRoot): PanelFocus {
  const doc = host.ownerDocument;
  let returnTo: HTMLElement | null = null;
  const remember = (el: Element | null) => {
    // Our own elements (this host, the skip control's host) cannot take focus back themselves.
    if (el instanceof HTMLElement && el !== doc.body && !el.hasAttribute(LENS_INSTANCE_ATTRIBUTE)) returnTo = el;
  };
  // Focus that arrives by Tab or a click also knows where it came from.
  const onFocusIn = (event: FocusEvent) => {
    const from = event.relatedTarget;
    if (from instanceof Element && !host.contains(from)) remember(from);
  };
  host.addEventListener('focusin', onFocusIn);
  return {
    enter(from) {
      returnTo = null;
      if (from !== undefined) returnTo = from;
      else if (doc.activeElement !== host) remember(doc.activeElement);
      // The panel itself (tabindex -1): a screen reader names the landmark, the next Tab is its first control.
      shadow.querySelector<HTMLElement>('.panel')?.focus();
    },
    leave() {
      const target = returnTo?.isConnected ? returnTo : shadow.querySelector<HTMLElement>('.tab');
      returnTo = null;
      target?.focus();
    },
    stop() {
      host.removeEventListener('focusin', onFocusIn);
    },
  };
}
