import { LENS_INSTANCE_ATTRIBUTE } from './lens-instance';
import { runToEnd } from './slices';
import { piecesOf, segmentAt, type TextMap } from './text-map';

/**
 * Wraps each figure's text in `<mark data-lens-figure="i">` (the public contract, DESIGN.md §9),
 * stamped with our instance (lens-instance.ts) so that a later instance can tell our marks from a
 * page's own. Only text nodes change; links, attributes and the page's own elements stay as they
 * were. Styling is set through the CSSOM, which a page's CSP does not block.
 *
 * A text node with figures in it stays where it was and keeps the text before its first figure;
 * the marks and the text between and after them are new nodes put after it, all in one change
 * per node (splitting one long node figure by figure copied its tail each time: quadratic).
 *
 * The page stays in charge of its own text. A MutationObserver on the answer notices when the
 * page writes to a text node we split (a live-updating page sets `.data` on the node it holds),
 * removes one, or puts something in among our pieces; that node is then put back at once: it
 * keeps whatever the page wrote (or, untouched, its whole text again) and our pieces and marks
 * go. A reader sees the page's new text, unhighlighted there; the ledger still lists the figures
 * as first read (its Show button does nothing for a figure whose marks went). Our own changes
 * never reach the observer: they are taken from its queue the moment they are made.
 */
export interface FigureSpan {
  start: number;
  end: number;
  /** Read out by screen readers and shown on focus (aria-description). */
  description: string;
}

export interface Highlights {
  /** The marks of each figure, in span order (a figure split across elements has several). */
  marks: HTMLElement[][];
  /** Puts every node we split back (each keeping any text the page gave it since) and stops watching. */
  undo(): void;
}

interface Options {
  /** The element the spans were read from: watched for the page's own changes. */
  root: Element;
  /** Our instance's stamp (lens-instance.ts). */
  instance: string;
}

/** One text node we split: the page's node (kept in place) and what we put after it. */
interface Split {
  original: Text;
  inserted: Node[];
  done: boolean;
}

/** How many text nodes are highlighted between pauses. */
const NODES_PER_STEP = 4;
/** How many figures are placed in the text nodes between pauses. */
const SPANS_PER_STEP = 128;

export function highlightFigures(map: TextMap, spans: FigureSpan[], options: Options): Highlights {
  return runToEnd(highlightSteps(map, spans, options));
}

export function* highlightSteps(map: TextMap, spans: FigureSpan[], { root, instance }: Options): Generator<void, Highlights> {
  const doc = root.ownerDocument;
  const marks: HTMLElement[][] = spans.map(() => []);
  const splits: Split[] = [];
  const splitOf = new WeakMap<Node, Split>();
  const observer = new MutationObserver((records) => answerPage(records));

  /** Puts the page's node back; `keepPageText`: the page wrote to it, so its text is the page's. */
  const restore = (split: Split, keepPageText: boolean) => {
    if (split.done) return;
    split.done = true;
    const text = keepPageText ? split.original.data : split.original.data + split.inserted.map((n) => n.textContent ?? '').join('');
    for (const n of split.inserted) n.parentNode?.removeChild(n);
    if (split.original.data !== text) split.original.data = text;
  };
  /** The page's own changes: put back every split node they touch. */
  const answerPage = (records: MutationRecord[]) => {
    const touched = new Map<Split, boolean>();
    const touch = (node: Node | null, wroteOriginal = false) => {
      const split = node ? splitOf.get(node) : undefined;
      if (split && !split.done) touched.set(split, (touched.get(split) ?? false) || wroteOriginal);
    };
    for (const r of records) {
      if (r.type === 'characterData') touch(r.target, splitOf.get(r.target)?.original === r.target);
      if (r.type !== 'childList') continue;
      r.removedNodes.forEach((n) => touch(n));
      // Something of the page's put next to our pieces would otherwise land inside its old text.
      r.addedNodes.forEach((n) => {
        touch(n.previousSibling);
        touch(n.nextSibling);
      });
    }
    for (const [split, wroteOriginal] of touched) restore(split, wroteOriginal);
    observer.takeRecords(); // our own restoring
  };
  observer.observe(root, { childList: true, characterData: true, subtree: true });

  // Which ranges each text node gets, in order; spans and segments are both in text order.
  const ranges = new Map<number, { from: number; to: number; figure: number }[]>();
  const segmentsOf: number[][] = spans.map(() => []);
  for (let figure = 0; figure < spans.length; figure++) {
    const span = spans[figure]!;
    for (const piece of piecesOf(map, span.start, span.end, segmentAt(map, span.start))) {
      let list = ranges.get(piece.segment);
      if (!list) ranges.set(piece.segment, (list = []));
      list.push({ from: piece.from, to: piece.to, figure });
      segmentsOf[figure]!.push(piece.segment);
    }
    if (figure % SPANS_PER_STEP === SPANS_PER_STEP - 1) yield;
  }
  yield;

  const unchanged = (segment: number) => {
    const s = map.segments[segment]!;
    return root.contains(s.node) && s.node.data === s.data && !splitOf.has(s.node);
  };
  const skipped = new Set<number>();
  let count = 0;
  for (const [segment, list] of ranges) {
    // A figure is highlighted whole or not at all: every node it spans must still hold the text
    // we read (the page may have changed it while we paused).
    for (const r of list) {
      if (!skipped.has(r.figure) && marks[r.figure]!.length === 0 && !segmentsOf[r.figure]!.every(unchanged)) skipped.add(r.figure);
    }
    const kept = list.filter((r) => !skipped.has(r.figure));
    if (kept.length && unchanged(segment)) {
      answerPage(observer.takeRecords()); // anything the page did since our last change
      const split = splitNode(doc, map.segments[segment]!.node, kept, spans, marks, instance);
      splits.push(split);
      for (const n of [split.original, ...split.inserted, ...split.inserted.flatMap((n) => Array.from(n.childNodes))]) splitOf.set(n, split);
      observer.takeRecords(); // our own change
    }
    if (++count % NODES_PER_STEP === 0) yield;
  }
  return {
    marks,
    undo: () => {
      answerPage(observer.takeRecords());
      for (const split of splits) restore(split, false);
      observer.disconnect();
    },
  };
}

function splitNode(
  doc: Document,
  node: Text,
  ranges: { from: number; to: number; figure: number }[],
  spans: FigureSpan[],
  marks: HTMLElement[][],
  instance: string,
): Split {
  const data = node.data;
  const fragment = doc.createDocumentFragment();
  const inserted: Node[] = [];
  let at = ranges[0]!.from;
  const prefix = data.slice(0, at);
  for (const r of ranges) {
    if (r.from > at) inserted.push(doc.createTextNode(data.slice(at, r.from)));
    const mark = makeMark(doc, data.slice(r.from, r.to), r.figure, spans[r.figure]!.description, instance);
    marks[r.figure]!.push(mark);
    inserted.push(mark);
    at = r.to;
  }
  if (at < data.length) inserted.push(doc.createTextNode(data.slice(at)));
  fragment.append(...inserted);
  // The page's node keeps the text before the first figure (possibly none) and its place.
  node.data = prefix;
  node.after(fragment);
  return { original: node, inserted, done: false };
}

function makeMark(doc: Document, text: string, index: number, description: string, instance: string): HTMLElement {
  const mark = doc.createElement('mark');
  mark.dataset.lensFigure = String(index);
  mark.setAttribute(LENS_INSTANCE_ATTRIBUTE, instance);
  mark.tabIndex = 0;
  mark.setAttribute('aria-description', description);
  // One CSSOM write per mark (not one per property): thousands of marks add up.
  mark.style.cssText = MARK_CSS;
  mark.append(text);
  return mark;
}

const MARK_CSS =
  'background-color: rgba(255, 213, 79, 0.45); color: inherit; border-bottom: 2px solid #b8860b; border-radius: 2px; padding: 0 1px; cursor: help;';

/**
 * Marks a previous instance of ours left (see extension-lifecycle.ts), whose splits that instance
 * took with it: each mark's text goes back into the text node before it (the page's, which that
 * instance left in place) together with the one text node after it (the piece it split off).
 * Nothing else in the page is joined or normalised.
 */
export function unwrapStaleMarks(marks: Element[]): void {
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    const before = mark.previousSibling;
    const after = mark.nextSibling;
    const text = (mark.textContent ?? '') + (after?.nodeType === Node.TEXT_NODE ? (after as Text).data : '');
    if (after?.nodeType === Node.TEXT_NODE) after.remove();
    if (before?.nodeType === Node.TEXT_NODE) {
      (before as Text).appendData(text);
      mark.remove();
    } else {
      mark.replaceWith(doc(mark).createTextNode(text));
    }
  }
}

function doc(node: Node): Document {
  return node.ownerDocument!;
}
