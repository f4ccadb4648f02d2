import { render } from 'preact';
import { h } from 'preact';
import { ask } from '../protocol/ask';
import { App } from '../sidebar/App';
import type { SidebarModel } from '../sidebar/model';
import { sidebarCss } from '../sidebar/styles';
import { dockPage } from './dock';
import { LENS_INSTANCE_ATTRIBUTE } from './lens-instance';
import { TOGGLE_SHORTCUT } from '../sidebar/keys';
import { panelFocus } from './panel-focus';
import { applyStyles } from './shadow-styles';
import { mountSkipControl } from './skip-control';

export interface SidebarHost {
  host: HTMLElement;
  /** A layer in our shadow root for things drawn over the page (figure tooltips). */
  overlay: HTMLElement;
  isOpen(): boolean;
  setOpen(open: boolean): void;
  /** Parts of the model that became known after the first frame (the figures ledger). */
  update(change: Partial<SidebarModel>): void;
  /** The extension was reloaded or updated under this page: say so once, offer a page reload. */
  showUpdated(): void;
  remove(): void;
}

interface Options {
  /** This run's stamp (lens-instance.ts): how a later run tells our host from a page's own element. */
  instance: string;
  model: SidebarModel;
  open: boolean;
  onOpenChange(open: boolean): void;
  revealFigure(index: number): void;
}

/**
 * `<parliament-lens>` with an open shadow root (DESIGN.md §7). Content scripts cannot define custom
 * elements (customElements is null in Chrome's isolated world), but any valid custom-element name
 * may carry a shadow root, defined or not.
 */
export function mountSidebar(doc: Document, options: Options): SidebarHost {
  const host = doc.createElement('parliament-lens');
  host.setAttribute(LENS_INSTANCE_ATTRIBUTE, options.instance);
  placeHost(host);
  const shadow = host.attachShadow({ mode: 'open' });
  applyStyles(shadow, sidebarCss);
  const app = doc.createElement('div');
  const overlay = doc.createElement('div');
  overlay.className = 'root';
  shadow.append(app, overlay);
  (doc.body ?? doc.documentElement).append(host);
  const focus = panelFocus(host, shadow);
  // Esc in the panel closes it; a tooltip open at the time takes the Esc instead (figure-tooltip.ts
  // marks it handled). Not from a text field, where Esc may mean "undo my typing".
  shadow.addEventListener('keydown', (event) => {
    const key = event as KeyboardEvent;
    if (key.key !== 'Escape' || key.defaultPrevented || !open || isTextField(key.target)) return;
    key.preventDefault();
    setOpen(false);
  });

  let model = options.model;
  let open = options.open;
  let updated = false;
  let undock: (() => void) | null = null;
  const showUpdated = () => {
    if (updated) return;
    updated = true;
    draw();
  };
  // Any request that finds the extension gone also switches the banner on.
  const watchedAsk: typeof ask = async (type, payload) => {
    const answer = await ask(type, payload);
    if (!answer.ok && answer.error.code === 'updated') showUpdated();
    return answer;
  };
  const draw = () => {
    if (open && !undock) undock = dockPage(doc);
    if (!open && undock) {
      undock();
      undock = null;
    }
    render(
      h(App, {
        model,
        open,
        updated,
        ask: watchedAsk,
        actions: {
          revealFigure: options.revealFigure,
          close: () => setOpen(false),
          open: () => setOpen(true),
          reloadPage: () => doc.defaultView?.location.reload(),
        },
      }),
      app,
    );
  };
  // Opened on purpose (tab, skip control, toolbar button, shortcut): focus goes into the panel.
  // Closed with focus inside it: focus goes back where the reader came from (panel-focus.ts).
  const setOpen = (next: boolean, from?: HTMLElement) => {
    if (next === open) {
      if (next) focus.enter(from);
      return;
    }
    const hadFocus = doc.activeElement === host;
    open = next;
    draw();
    if (open) focus.enter(from);
    else if (hadFocus) focus.leave();
    options.onOpenChange(open);
  };
  draw();
  const skip = mountSkipControl(doc, options.instance, TOGGLE_SHORTCUT, (button) => setOpen(true, button));
  return {
    host,
    overlay,
    isOpen: () => open,
    setOpen: (next) => setOpen(next),
    update: (change) => {
      model = { ...model, ...change };
      draw();
    },
    showUpdated,
    remove: () => {
      render(null, app);
      undock?.();
      focus.stop();
      skip.remove();
      host.remove();
    },
  };
}

function isTextField(target: EventTarget | null): boolean {
  return target instanceof Element && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/** The host is fixed to the right edge; its content decides its size. Inline style: CSP-safe. */
function placeHost(host: HTMLElement): void {
  const s = host.style;
  s.setProperty('position', 'fixed', 'important');
  s.setProperty('top', '0', 'important');
  s.setProperty('right', '0', 'important');
  s.setProperty('z-index', '2147483646', 'important');
  s.setProperty('display', 'block', 'important');
}
