import { render } from 'preact';
import { h } from 'preact';
import { ask } from '../protocol/ask';
import { App } from '../sidebar/App';
import type { SidebarModel } from '../sidebar/model';
import { sidebarCss } from '../sidebar/styles';
import { dockPage, placePanel, type PanelPlacement } from './dock';
import type { PanelPrefs } from './open-state';
import { LENS_INSTANCE_ATTRIBUTE } from './lens-instance';
import { applyStyles } from './shadow-styles';

export interface SidebarHost {
  host: HTMLElement;
  /** A layer in our shadow root for things drawn over the page (figure tooltips). */
  overlay: HTMLElement;
  isOpen(): boolean;
  setOpen(open: boolean): void;
  /**
   * The shortcut (and toolbar button): open the panel and move into it; from the page with the
   * panel open, move into it; from inside it, close it (focus goes back to where it was).
   */
  toggle(): void;
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
  /** The remembered width and folded sections (open-state.ts), and where changes go. */
  panel?: PanelPrefs;
  onPanelChange?(prefs: PanelPrefs): void;
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

  const view = doc.defaultView;
  const prefs: PanelPrefs = { folded: { ...options.panel?.folded }, ...(options.panel?.width ? { width: options.panel.width } : {}) };
  let model: SidebarModel = { ...options.model, folded: prefs.folded };
  let placement: PanelPlacement = placePanel(view?.innerWidth ?? 1400, prefs.width);
  // A drawer covers the page, so it opens only when the reader asks, never by itself at load.
  let open = options.open && placement.mode === 'docked';
  let updated = false;
  let undock: (() => void) | null = null;
  let dockedWidth = 0;
  /** Where the reader was on the page before moving into the panel: focus goes back there on close. */
  let returnTo: HTMLElement | null = null;
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
  const dock = () => {
    const wanted = open && placement.mode === 'docked' ? placement.width : 0;
    if (wanted === dockedWidth) return;
    undock?.();
    undock = wanted ? dockPage(doc, wanted) : null;
    dockedWidth = wanted;
  };
  const savePrefs = () => options.onPanelChange?.({ ...prefs, folded: { ...prefs.folded } });
  const actions = {
    revealFigure: options.revealFigure,
    close: () => setOpen(false),
    open: () => setOpen(true),
    reloadPage: () => view?.location.reload(),
    saveFolded: (folded: Record<string, boolean>) => {
      prefs.folded = folded;
      savePrefs();
    },
    resize: (width: number, done: boolean) => {
      prefs.width = width;
      placement = placePanel(view?.innerWidth ?? 1400, width);
      draw();
      if (done) savePrefs();
    },
  };
  const draw = () => {
    dock();
    render(h(App, { model, open, updated, ask: watchedAsk, layout: placement, actions }), app);
  };
  const focusInside = () => shadow.activeElement !== null;
  const setOpen = (next: boolean) => {
    if (next === open) return;
    const hadFocus = focusInside();
    open = next;
    draw();
    options.onOpenChange(open);
    if (open) shadow.querySelector<HTMLElement>('aside h1')?.focus();
    else if (hadFocus) {
      // Back where the reader was; with nowhere to go back to, the tab that reopens the panel.
      if (returnTo?.isConnected) returnTo.focus();
      else shadow.querySelector<HTMLElement>('.tab')?.focus();
      returnTo = null;
    }
  };
  // Focus arriving from the page remembers where it came from (relatedTarget is the page's element).
  host.addEventListener('focusin', (event) => {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && from !== host && !host.contains(from)) returnTo = from;
  });
  const onViewportResize = () => {
    const next = placePanel(view?.innerWidth ?? 1400, prefs.width);
    if (next.mode === placement.mode && next.width === placement.width && next.maxWidth === placement.maxWidth) return;
    placement = next;
    draw();
  };
  view?.addEventListener('resize', onViewportResize);
  draw();
  return {
    host,
    overlay,
    isOpen: () => open,
    setOpen,
    toggle: () => {
      if (!open) return setOpen(true);
      if (focusInside()) return setOpen(false);
      shadow.querySelector<HTMLElement>('aside h1')?.focus();
    },
    update: (change) => {
      model = { ...model, ...change };
      draw();
    },
    showUpdated,
    remove: () => {
      view?.removeEventListener('resize', onViewportResize);
      render(null, app);
      undock?.();
      host.remove();
    },
  };
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
