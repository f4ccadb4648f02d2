import { runtime, type Runtime } from '../platform/browser';
import { tabMessage } from '../protocol/messages';
import type { SidebarModel } from '../sidebar/model';
import type { SiteAdapter } from '../sites/site-adapter';
import { removeStaleLens, watchForUpdate } from './extension-lifecycle';
import { annotateFigures } from './figures';
import { attachFigureTooltip } from './figure-tooltip';
import { loadLensSettings, sectionsOff, siteEnabled } from './lens-settings';
import { loadOpenState, saveOpenState } from './open-state';
import { lookupView, personView, questionView } from './question-view';
import { mountSidebar, type SidebarHost } from './sidebar-host';

/** Performance measures the benchmark reads (`npm run bench`). */
export const MEASURE_PAINT = 'parliament-lens:start-to-first-paint';
export const MEASURE_SYNC = 'parliament-lens:main-thread';

/**
 * Read the page, highlight the figures, mount the sidebar. Everything here comes from the page;
 * API-backed sections fill in later, each on its own. Any failure leaves the page as it was.
 */
export async function startLens(adapter: SiteAdapter, url: URL, doc: Document): Promise<SidebarHost | null> {
  const scriptStart = performance.now();
  // The only wait before first paint, whether the reader left the sidebar closed, runs while we read.
  const openState = loadOpenState();
  const settings = loadLensSettings();
  removeStaleLens(doc);
  const reading = adapter.read(doc, url);
  if (!reading) return null;
  const readTime = performance.now() - scriptStart;
  const [stored, chosen] = await Promise.all([openState, settings]);
  if (!siteEnabled(chosen, adapter.id)) return null;
  const open = stored ?? chosen.defaultOpen;
  const resumed = performance.now();
  const figures = annotateFigures(reading.answerElement, reading.context.answeredDate ?? reading.context.gidDate);
  const figured = performance.now();
  const model: SidebarModel = {
    question: questionView(reading.context),
    lookup: lookupView(reading.context),
    asker: personView(reading.context.asker),
    answerer: personView(reading.context.answerer),
    ledger: figures.ledger,
    sectionsOff: sectionsOff(chosen),
    twfyVotes: chosen.twfyVotes,
  };
  const sidebar = mountSidebar(doc, {
    model,
    open,
    onOpenChange: saveOpenState,
    revealFigure: (index) => revealMark(figures.marks[index]?.[0]),
  });
  if (reading.answerElement) attachFigureTooltip(reading.answerElement, sidebar.overlay, figures.ledger.figures);
  listenForToggle(sidebar);
  watchForUpdate(() => sidebar.showUpdated());
  const mounted = performance.now();
  recordTimings(scriptStart, readTime + (mounted - resumed));
  // The parts, so the benchmark can say where the time goes.
  performance.measure('parliament-lens:read-page', { start: scriptStart, duration: readTime });
  performance.measure('parliament-lens:figures', { start: resumed, end: figured });
  performance.measure('parliament-lens:render', { start: figured, end: mounted });
  return sidebar;
}

function revealMark(mark: HTMLElement | undefined): void {
  if (!mark) return;
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  mark.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  mark.focus({ preventScroll: true });
}

/** The toolbar button and the keyboard shortcut reach us from the background. */
function listenForToggle(sidebar: SidebarHost): void {
  runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== runtime.id || !tabMessage.safeParse(message).success) return undefined;
    sidebar.setOpen(!sidebar.isOpen());
    saveOpenState(sidebar.isOpen());
    return undefined;
  });
}

/**
 * Two figures for the benchmark: our main-thread time (reading, highlighting, first render; the
 * storage wait excluded) and the wall time from script start to the frame that shows the sidebar.
 */
function recordTimings(scriptStart: number, mainThreadMs: number): void {
  performance.measure(MEASURE_SYNC, { start: scriptStart, duration: mainThreadMs });
  requestAnimationFrame(() => performance.measure(MEASURE_PAINT, { start: scriptStart, end: performance.now() }));
}
