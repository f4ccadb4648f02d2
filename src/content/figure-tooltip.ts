import { cellName, roleLine, unitLine } from '../sidebar/sections/figure-place';
import type { FigureView } from '../sidebar/model';

/**
 * The explanation a highlighted figure shows on hover and on keyboard focus. It lives in our
 * shadow root (the page's CSS cannot restyle it) and is filled with textContent only.
 */
export function attachFigureTooltip(answer: Element, layer: HTMLElement, figures: FigureView[]): () => void {
  const tip = layer.ownerDocument.createElement('div');
  tip.className = 'tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  layer.append(tip);

  const show = (event: Event) => {
    const mark = markOf(event.target);
    const figure = mark ? figures[Number(mark.dataset.lensFigure)] : undefined;
    if (!mark || !figure) return;
    fill(tip, figure, figures.length);
    place(tip, mark);
  };
  const hide = (event: Event) => {
    if (markOf(event.target)) tip.hidden = true;
  };
  answer.addEventListener('mouseover', show);
  answer.addEventListener('focusin', show);
  answer.addEventListener('mouseout', hide);
  answer.addEventListener('focusout', hide);
  return () => {
    answer.removeEventListener('mouseover', show);
    answer.removeEventListener('focusin', show);
    answer.removeEventListener('mouseout', hide);
    answer.removeEventListener('focusout', hide);
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
