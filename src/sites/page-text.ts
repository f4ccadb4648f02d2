/**
 * Small readers for untrusted page content, shared by site adapters: plain text with paragraph
 * breaks, whitespace-collapsed and clipped text, http(s)-only URLs, and dates checked to exist.
 */
import { withoutInvisibleControls } from '../extract/unicode-controls';

/**
 * Collapse whitespace (including no-break spaces), drop invisible bidi and zero-width controls, and
 * clip: page text is unbounded and untrusted.
 */
export function cleanText(raw: string | null | undefined, max: number): string {
  return withoutInvisibleControls((raw ?? '').replace(/\s+/g, ' ')).trim().slice(0, max);
}

const MAX_URL_LENGTH = 2_000;

/** Resolve against the page URL (not `<base>`, which the page controls); only http(s) survives. */
export function resolveHttpUrl(href: string | null | undefined, base: URL): URL | null {
  const raw = href?.trim();
  if (!raw || raw.length > MAX_URL_LENGTH) return null;
  try {
    const url = new URL(raw, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** "2019-02-08" when it names a real day, else null (so "2019-02-30" never reaches the sidebar). */
export function isoDate(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? text : null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_PATTERN = MONTHS.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)})?`).join('|');
const DATE_IN_WORDS = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN})\\.?\\s+(\\d{4})\\b`, 'i');

/** The first "8th February 2019" / "8 February 2019" / "8 Feb 2019" in the text, as ISO. */
export function isoDateFromWords(text: string): string | null {
  const match = DATE_IN_WORDS.exec(text);
  if (!match) return null;
  const month = MONTHS.findIndex((m) => m.slice(0, 3).toLowerCase() === (match[2] ?? '').slice(0, 3).toLowerCase()) + 1;
  const iso = `${match[3]}-${String(month).padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`;
  return month > 0 ? isoDate(iso) : null;
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'tfoot',
  'thead', 'ul',
]);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'math']);
/** Past this depth the markup is hostile or broken; the rest of the branch is read as one run of text. */
const MAX_DEPTH = 64;

/**
 * Plain text of an element as paragraphs joined by "\n\n": each block element (and each `<br>`)
 * ends a paragraph, a table row is one paragraph with its cells joined by a tab, and elements
 * matching `skip` (page widgets) are left out. Clipped to `max` characters.
 */
export function blockText(root: Element, max: number, skip = ''): string {
  const reader = new ParagraphReader(max, skip);
  reader.read(root, 0);
  reader.flush();
  return reader.paragraphs.join('\n\n').slice(0, max);
}

class ParagraphReader {
  paragraphs: string[] = [];
  private line = '';
  private length = 0;

  constructor(
    private readonly max: number,
    private readonly skip: string,
  ) {}

  read(node: Node, depth: number): void {
    for (const child of Array.from(node.childNodes)) {
      if (this.length > this.max) return;
      if (child.nodeType === 3) this.line += child.nodeValue ?? '';
      else if (child.nodeType === 1) this.readElement(child as Element, depth + 1);
    }
  }

  flush(): void {
    this.push(cleanText(this.line, this.max));
    this.line = '';
  }

  private readElement(el: Element, depth: number): void {
    const tag = el.localName;
    if (SKIP_TAGS.has(tag) || (this.skip && el.matches(this.skip))) return;
    if (depth > MAX_DEPTH) {
      this.line += ` ${el.textContent ?? ''} `;
    } else if (tag === 'br') {
      this.flush();
    } else if (tag === 'tr') {
      this.flush();
      this.push(this.rowText(el, depth));
    } else if (BLOCK_TAGS.has(tag)) {
      this.flush();
      this.read(el, depth);
      this.flush();
    } else {
      this.read(el, depth);
    }
  }

  private rowText(row: Element, depth: number): string {
    const cells = Array.from(row.children).filter((c) => c.localName === 'td' || c.localName === 'th');
    return cells
      .map((cell) => {
        const inner = new ParagraphReader(this.max, this.skip);
        inner.read(cell, depth);
        inner.flush();
        return inner.paragraphs.join(' ');
      })
      .filter(Boolean)
      .join('\t');
  }

  private push(text: string): void {
    if (!text) return;
    this.paragraphs.push(text);
    this.length += text.length + 2;
  }
}
