/**
 * The text of an element as one string, with a map back to its text nodes, so string offsets from
 * extract/ (findMoney) can be turned into DOM ranges. Block boundaries become "\n" (belonging to
 * no node) so that "£40</p><p>million" is not read as one figure.
 *
 * Only what a sighted reader sees as ordinary HTML text is read (issue 20): the same text
 * `innerText` gives. Left out, and so never highlighted:
 * - what is not rendered: the `hidden` attribute, `display: none` (closed `<details>` too),
 *   `content-visibility: hidden`, scripts, styles, templates; text whose own element has
 *   `visibility: hidden` (its children may still be visible, as in CSS);
 * - what is rendered but not plain page text: SVG, MathML and anything else outside the HTML
 *   namespace (a mark there would not even render), editable regions and form controls (the
 *   reader's or the page's input, never ours to split), any `<parliament-lens>` element and any
 *   `mark[data-lens-figure]` already in the page (the page's own, kept exactly as they are).
 *   These count as a break ("\n") so the text either side of them is never joined into a figure.
 * `aria-hidden` is NOT hidden here: it hides text from assistive technology only, a sighted reader
 * sees it, and the figures are highlighted for the eye (the ledger reads them out to everyone).
 * Hidden text counts as nothing at all: `£<span hidden>99</span>5 million` reads as "£5 million".
 *
 * The walk is iterative (no recursion): any depth of nesting costs heap, never the stack. It is a
 * generator that pauses every few hundred nodes so a caller can spread it over several tasks
 * (slices.ts); buildTextMap runs it to the end at once.
 */
import { runToEnd } from './slices';

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the joined string. */
  start: number;
  /** The node's text when it was read: a node whose text has changed since is left alone. */
  data: string;
}

export interface TextMap {
  text: string;
  segments: TextSegment[];
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
/** Never rendered as text. */
const UNRENDERED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Rendered, but their text is input, a control or replaced content, not the answer's prose. */
const OPAQUE_TAGS = new Set(['TEXTAREA', 'SELECT', 'OPTION', 'INPUT', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO']);
const INPUT_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton']);
/** How many nodes the walk visits between pauses. */
const NODES_PER_STEP = 64;

type Kind = 'read' | 'unrendered' | 'opaque';

export function buildTextMap(root: Element): TextMap {
  return runToEnd(textMapSteps(root));
}

export function* textMapSteps(root: Element): Generator<void, TextMap> {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const done = (): TextMap => ({ text: parts.join(''), segments });
  const doc = root.ownerDocument;
  if (doc.designMode === 'on' || (root as HTMLElement).isContentEditable || kindOf(root) !== 'read') return done();

  // Whether the text nodes directly inside each open element are shown (visibility is per element).
  const showsText: boolean[] = [showsOwnText(root)];
  const open: Node[] = [root];
  let node: Node | null = root.firstChild;
  let visited = 0;
  while (node) {
    if (++visited % NODES_PER_STEP === 0) {
      yield;
      // The page may have moved or removed where we were while we paused: stop at what was read.
      // (Only the node's own place is checked, in O(1): highlight.ts checks that every node it
      // changes is still inside the answer and holds the text read.)
      if (node.parentNode !== open[open.length - 1]) break;
    }
    if (node.nodeType === Node.TEXT_NODE) {
      if (showsText[showsText.length - 1]) {
        const data = (node as Text).data;
        segments.push({ node: node as Text, start: length, data });
        // A line break in the page's source is a space on screen ("£5⏎million" wraps one figure):
        // "\n" in the text means a block boundary, which no figure crosses. Same length, same offsets.
        push(data.replace(SOURCE_BREAKS, ' '));
      }
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      const kind = kindOf(el);
      if (kind === 'opaque') push('\n');
      if (kind === 'read') {
        const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
        if (block) push('\n');
        if (el.firstChild) {
          showsText.push(showsOwnText(el));
          open.push(el);
          node = el.firstChild;
          continue;
        }
        if (block) push('\n');
      }
    }
    // Next: the sibling, or the sibling of the nearest open ancestor, closing blocks on the way up.
    while (node && !node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root || showsText.length <= 1) {
        node = null;
        break;
      }
      showsText.pop();
      open.pop();
      if (BLOCK_TAGS.has((node as Element).tagName.toUpperCase())) push('\n');
    }
    node = node ? node.nextSibling : null;
  }
  return done();
}

/** Line breaks and tabs inside a text node, which HTML renders as spaces (outside <pre>, which answers do not use). */
const SOURCE_BREAKS = /[\n\r\t\f]/g;

function kindOf(el: Element): Kind {
  const tag = el.tagName.toUpperCase();
  if (el.namespaceURI !== HTML_NS || tag === 'SVG' || tag === 'MATH') return 'opaque';
  if (UNRENDERED_TAGS.has(tag)) return 'unrendered';
  if (OPAQUE_TAGS.has(tag) || tag === 'PARLIAMENT-LENS' || (tag === 'MARK' && el.hasAttribute('data-lens-figure'))) return 'opaque';
  if (startsEditing(el) || INPUT_ROLES.has(el.getAttribute('role') ?? '')) return 'opaque';
  return isRendered(el) ? 'read' : 'unrendered';
}

/**
 * An element whose own attribute makes it editable. Its descendants are never visited, so the
 * attribute is all there is to look at (isContentEditable would climb every ancestor, for every
 * element: quadratic in the nesting).
 */
function startsEditing(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && ['', 'true', 'plaintext-only'].includes(value.toLowerCase());
}

/** Has a box (or, `display: contents`, its children may): not display:none, not inside content-visibility:hidden. */
function isRendered(el: Element): boolean {
  // `hidden` counts whatever the page's CSS makes of it: hidden="until-found" text is not shown
  // until found, and an overriding [hidden] rule is rare enough to cost only a highlight.
  if (el.hasAttribute('hidden')) return false;
  if (typeof el.checkVisibility === 'function') {
    return el.checkVisibility() || computedStyle(el)?.display === 'contents';
  }
  return computedStyle(el)?.display !== 'none';
}

/** Whether text directly inside `el` is seen: its (inherited) visibility is 'visible'. */
function showsOwnText(el: Element): boolean {
  if (typeof el.checkVisibility === 'function') {
    if (el.checkVisibility({ visibilityProperty: true })) return true;
    // A box but not visible: visibility hidden. No box at all (display: contents): ask the style.
    if (el.checkVisibility()) return false;
  }
  const visibility = computedStyle(el)?.visibility;
  return visibility !== 'hidden' && visibility !== 'collapse';
}

function computedStyle(el: Element): CSSStyleDeclaration | null {
  return el.ownerDocument.defaultView?.getComputedStyle(el) ?? null;
}

/**
 * The pieces of [start, end) that fall in each text node: [{node, from, to}] in node offsets.
 * `from` is the index in map.segments to start looking at (spans come in order, so a caller
 * walking them keeps its place and the whole pass stays linear).
 */
export function piecesOf(map: TextMap, start: number, end: number, from = 0): { node: Text; from: number; to: number; segment: number }[] {
  const pieces: { node: Text; from: number; to: number; segment: number }[] = [];
  for (let i = from; i < map.segments.length; i++) {
    const { node, start: segStart, data } = map.segments[i]!;
    const segEnd = segStart + data.length;
    if (segEnd <= start) continue;
    if (segStart >= end) break;
    const lo = Math.max(start, segStart) - segStart;
    const hi = Math.min(end, segEnd) - segStart;
    if (hi > lo) pieces.push({ node, from: lo, to: hi, segment: i });
  }
  return pieces;
}

/** The index of the first segment that ends after `offset` (binary search). */
export function segmentAt(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const s = map.segments[mid]!;
    if (s.start + s.data.length <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
