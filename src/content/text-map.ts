/**
 * The text of an element as one string, with a map back to its text nodes, so string offsets from
 * extract/ (findMoney) can be turned into DOM ranges. Block boundaries become "\n" (belonging to
 * no node) so that "£40</p><p>million" is not read as one figure.
 */

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the joined string. */
  start: number;
}

export interface TextMap {
  text: string;
  segments: TextSegment[];
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT']);

export function buildTextMap(root: Element): TextMap {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const textNode = child as Text;
        segments.push({ node: textNode, start: length });
        push(textNode.data);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIPPED_TAGS.has(tag)) continue;
        const block = BLOCK_TAGS.has(tag);
        if (block) push('\n');
        walk(child);
        if (block) push('\n');
      }
    }
  };
  walk(root);
  return { text: parts.join(''), segments };
}

/** The pieces of [start, end) that fall in each text node: [{node, from, to}] in node offsets. */
export function piecesOf(map: TextMap, start: number, end: number): { node: Text; from: number; to: number }[] {
  const pieces: { node: Text; from: number; to: number }[] = [];
  for (const { node, start: segStart } of map.segments) {
    const segEnd = segStart + node.data.length;
    if (segEnd <= start) continue;
    if (segStart >= end) break;
    const from = Math.max(start, segStart) - segStart;
    const to = Math.min(end, segEnd) - segStart;
    if (to > from) pieces.push({ node, from, to });
  }
  return pieces;
}
