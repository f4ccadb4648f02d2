import { cellName, roleLine, unitLine } from '../sidebar/sections/figure-place';
import type { FigureView } from '../sidebar/model';

/**
 * The explanation a highlighted figure shows on hover and on keyboard focus. It lives in our
 * shadow root (the page's CSS cannot restyle it) and is filled with textContent only.
 */
/** How long a tooltip stays after the pointer leaves its figure, to let the pointer reach it. */
const HOVER_GRACE_MS = 300;

export function attachFigureTooltip(answer: Element, layer: HTMLElement, figures: FigureView[]): () => void {
  const tip = layer.ownerDocument.createElement('div');
  tip.className = 'tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  layer.append(tip);

  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const cancelHide = () => clearTimeout(hideTimer);
  const hideNow = () => {
    cancelHide();
    tip.hidden = true;
  };
  const show = (event: Event) => {
    const mark = markOf(event.target);
    const figure = mark ? figures[Number(mark.dataset.lensFigure)] : undefined;
    if (!mark || !figure) return;
    cancelHide();
    fill(tip, figure, figures.length);
    place(tip, mark);
  };
  // Hoverable (WCAG 1.4.13): the pointer may move from the figure onto the tooltip to read it,
  // so leaving the figure hides it only after a moment, and not while the pointer is on it.
  const hideSoon = (event: Event) => {
    if (!markOf(event.target)) return;
    cancelHide();
    hideTimer = setTimeout(hideNow, HOVER_GRACE_MS);
  };
  const hideOnBlur = (event: Event) => {
    if (markOf(event.target)) hideNow();
  };
  // Dismissable: Esc hides it wherever focus is, and only it: the sidebar sees the Esc as handled
  // and stays open (sidebar-host.ts). Capture, so it runs before the page's and the panel's handlers.
  const view = answer.ownerDocument;
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || tip.hidden) return;
    hideNow();
    event.preventDefault();
  };
  answer.addEventListener('mouseover', show);
  answer.addEventListener('focusin', show);
  answer.addEventListener('mouseout', hideSoon);
  answer.addEventListener('focusout', hideOnBlur);
  tip.addEventListener('mouseenter', cancelHide);
  tip.addEventListener('mouseleave', hideNow);
  view.addEventListener('keydown', onKey, true);
  return () => {
    answer.removeEventListener('mouseover', show);
    answer.removeEventListener('focusin', show);
    answer.removeEventListener('mouseout', hideSoon);
    answer.removeEventListener('focusout', hideOnBlur);
    view.removeEventListener('keydown', onKey, true);
    cancelHide();
    tip.remove();
  };
}

function markOf(target: EventTarget | null): HTMLElement | null {
  const el = target instanceof Element ? target.closest('mark[data-lens-figure]') : null;
  return el instanceof HTMLElement ? el : null;
}

function fill(tip: HTMLElement, figure: FigureView, count: number): void {
  const doc = tip.ownerDocument;
  const title = doc.createElement('strong');
  title.textContent = figure.per ? `${figure.display} ${figure.per}` : figure.display;
  const lines = [title, ...derivedLines(figure).map((text) => line(doc, text))];
  lines.push(line(doc, `Figure ${figure.index + 1} of ${count} in this answer (Parliament Lens)`));
  tip.replaceChildren(...lines);
}

/** Each derived number with its method: the arithmetic, then the series and the licence. */
export function derivedLines(figure: FigureView): string[] {
  const lines: string[] = [];
  if (figure.yearly) lines.push(`${figure.yearly.phrase}: ${figure.yearly.display} (${figure.yearly.method})`);
  const cell = cellName(figure);
  if (cell) lines.push(cell);
  const role = roleLine(figure);
  if (role) lines.push(role);
  const unit = unitLine(figure);
  if (unit) lines.push(unit);
  if (figure.valueMax !== null) lines.push('A range: the ledger counts its low end.');
  if (figure.value === null) lines.push('The answer gives no amount.');
  const today = figure.today;
  if (today) {
    const view = today[today.chosen];
    lines.push(`Today's money (${view.label}): ${view.display}. Prices of ${today.yearFrom}.`);
    if (view.method) lines.push(view.method);
    if (view.source) lines.push(view.source);
  }
  if (figure.perHead) {
    lines.push(`Per head: ${figure.perHead.display}`);
    if (figure.perHead.method) lines.push(figure.perHead.method);
  }
  return lines;
}

function line(doc: Document, text: string): HTMLElement {
  const div = doc.createElement('div');
  div.textContent = text;
  return div;
}

/** Below the figure, or above it when there is no room; kept inside the viewport. */
function place(tip: HTMLElement, mark: HTMLElement): void {
  tip.hidden = false;
  const rect = mark.getBoundingClientRect();
  const view = mark.ownerDocument.documentElement;
  const tipRect = tip.getBoundingClientRect();
  const below = rect.bottom + 6 + tipRect.height < view.clientHeight;
  const top = below ? rect.bottom + 6 : Math.max(4, rect.top - 6 - tipRect.height);
  const left = Math.min(Math.max(4, rect.left), Math.max(4, view.clientWidth - tipRect.width - 4));
  tip.style.top = `${top}px`;
  tip.style.left = `${left}px`;
}
