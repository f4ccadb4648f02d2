import { piecesOf, type TextMap } from './text-map';

/**
 * Wraps each figure's text in `<mark data-lens-figure="i">` (the public contract, DESIGN.md §9).
 * Only text nodes are split; links, attributes and the page's own elements stay as they were.
 * Styling is set through the CSSOM, which a page's CSP does not block.
 * Returns an undo function that puts the page back exactly (marks unwrapped, text re-joined).
 */
export interface FigureSpan {
  start: number;
  end: number;
  /** Read out by screen readers and shown on focus (aria-description). */
  description: string;
}

export function highlightFigures(map: TextMap, spans: FigureSpan[]): { marks: HTMLElement[][]; undo: () => void } {
  const doc = map.segments[0]?.node.ownerDocument;
  const marks: HTMLElement[][] = [];
  if (!doc) return { marks, undo: () => undefined };
  // Wrap from the last span backwards so earlier offsets stay valid while nodes are split.
  for (let i = spans.length - 1; i >= 0; i--) {
    const span = spans[i]!;
    marks[i] = piecesOf(map, span.start, span.end)
      .reverse()
      .map((piece) => wrapPiece(doc, piece, i, span.description))
      .reverse();
  }
  return { marks, undo: () => unwrapMarks(marks.flat()) };
}

function wrapPiece(doc: Document, piece: { node: Text; from: number; to: number }, index: number, description: string): HTMLElement {
  let target = piece.node;
  if (piece.to < target.data.length) target.splitText(piece.to);
  if (piece.from > 0) target = target.splitText(piece.from);
  const mark = doc.createElement('mark');
  mark.dataset.lensFigure = String(index);
  mark.tabIndex = 0;
  mark.setAttribute('aria-description', description);
  styleMark(mark);
  target.replaceWith(mark);
  mark.append(target);
  return mark;
}

function styleMark(mark: HTMLElement): void {
  const s = mark.style;
  s.backgroundColor = 'rgba(255, 213, 79, 0.45)';
  s.color = 'inherit';
  s.borderBottom = '2px solid #b8860b';
  s.borderRadius = '2px';
  s.padding = '0 1px';
  s.cursor = 'help';
}

/** Puts the marked text back as plain text, re-joined with its neighbours. */
export function unwrapMarks(marks: Element[]): void {
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    mark.replaceWith(...Array.from(mark.childNodes));
    parent.normalize();
  }
}
