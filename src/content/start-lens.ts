import { runtime, type Runtime } from '../platform/browser';
import { tabMessage } from '../protocol/messages';
import type { SiteAdapter } from '../sites/site-adapter';
import { removeStaleLens, watchForUpdate } from './extension-lifecycle';
import { annotateFigures, listedLedger, type PageFigures } from './figures';
import { attachFigureTooltip } from './figure-tooltip';
import { newLensInstance } from './lens-instance';
import { loadStartState, sectionsOff, siteEnabled } from './lens-settings';
import { saveOpenState } from './open-state';
import { lookupView, personView, questionView } from './question-view';
import { reportQuietly } from './report-quietly';
import { mountSidebar, type SidebarHost } from './sidebar-host';
import { newSliceStats } from './slices';

/** Performance measures the benchmark reads (`npm run bench`). */
export const MEASURE_PAINT = 'parliament-lens:start-to-first-paint';
export const MEASURE_SYNC = 'parliament-lens:main-thread';
/** The longest slice of finding and highlighting the figures (its duration), for the benchmark. */
export const MEASURE_FIGURES_SLICE = 'parliament-lens:figures-longest-slice';

/**
 * Read the page, mount the sidebar, then (after its first frame) highlight the figures and fill
 * the ledger. Everything here comes from the page; API-backed sections fill in later, each on its
 * own. Any failure leaves the page as it was.
 */
export async function startLens(adapter: SiteAdapter, url: URL, doc: Document): Promise<SidebarHost | null> {
  const scriptStart = performance.now();
  // The only wait before first paint (settings, whether the reader left the sidebar closed) runs while we read.
  const startState = loadStartState();
  removeStaleLens(doc);
  const reading = adapter.read(doc, url);
  if (!reading) return null;
  const readTime = performance.now() - scriptStart;
  const { settings, open } = await startState;
  if (!siteEnabled(settings, adapter.id)) return null;
  const resumed = performance.now();
  let figures: PageFigures | null = null;
  const instance = newLensInstance();
  const sidebar = mountSidebar(doc, {
    instance,
    model: {
      question: questionView(reading.context),
      lookup: lookupView(reading.context),
      asker: personView(reading.context.asker),
      answerer: personView(reading.context.answerer),
      ledger: null,
      sectionsOff: sectionsOff(settings),
      twfyVotes: settings.twfyVotes,
    },
    open: open ?? settings.defaultOpen,
    onOpenChange: saveOpenState,
    revealFigure: (index) => revealMark(figures?.marks[index]?.[0]),
  });
  listenForToggle(sidebar);
  watchForUpdate(() => sidebar.showUpdated());
  const mounted = performance.now();
  performance.measure('parliament-lens:read-page', { start: scriptStart, duration: readTime });
  performance.measure('parliament-lens:render', { start: resumed, end: mounted });
  requestAnimationFrame(() => performance.measure(MEASURE_PAINT, { start: scriptStart, end: performance.now() }));
  // The figures wait until the sidebar has painted: on a long answer finding and highlighting
  // them costs more than the whole first frame. A reader who switched the figures section off
  // gets no highlights in the page either.
  const answer = settings.sections.figures ? reading.answerElement : null;
  // They are found in slices that yield to the page (slices.ts); data-figures="ready" only once
  // every mark and the ledger are in place.
  afterFirstPaint(doc, async () => {
    const figuresStart = performance.now();
    const stats = newSliceStats();
    figures = await annotateFigures(answer, reading.context.answeredDate ?? reading.context.gidDate, instance, stats);
    // After thousands of marks, their style and layout run in the page's next frame rather than
    // in our render of the ledger (an ordinary answer goes straight on: one task, as before).
    if (figures.marks.length > 1000) await new Promise((resolve) => setTimeout(resolve, 0));
    const found = performance.now();
    sidebar.update({ ledger: listedLedger(figures.ledger) });
    if (answer) attachFigureTooltip(answer, sidebar.overlay, figures.ledger.figures);
    sidebar.host.setAttribute('data-figures', 'ready');
    const figured = performance.now();
    performance.measure('parliament-lens:figures', { start: figuresStart, end: figured });
    performance.measure('parliament-lens:ledger-render', { start: found, end: figured });
    performance.measure(MEASURE_FIGURES_SLICE, { start: figuresStart, duration: stats.longestMs });
    performance.measure('parliament-lens:figures-busy', { start: figuresStart, duration: stats.busyMs });
    performance.measure('parliament-lens:figures-slices', { start: figuresStart, duration: stats.slices });
    // Our main-thread time: reading, the first render, the figures' slices and the ledger's render
    // (the storage wait and the page's own tasks between slices excluded).
    performance.measure(MEASURE_SYNC, { start: scriptStart, duration: readTime + (mounted - resumed) + stats.busyMs + (figured - found) });
  });
  return sidebar;
}

/**
 * Runs `then` in the task after the next frame. A hidden tab draws no frames (requestAnimationFrame
 * waits until it is shown), so a timer makes sure the work is done anyway. Outside startLens's
 * promise, so a failure is caught here: the page must never see an uncaught error of ours.
 */
function afterFirstPaint(doc: Document, then: () => Promise<void>): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    then().catch(reportQuietly);
  };
  doc.defaultView?.requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 200);
}

function revealMark(mark: HTMLElement | undefined): void {
  // A mark the page's own rewrite of its text took away (highlight.ts) has nothing to show.
  if (!mark?.isConnected) return;
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
