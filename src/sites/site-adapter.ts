import type { PageContext } from './page-context';

/** What an adapter hands the content script: plain data plus the DOM nodes it may annotate. */
export interface PageReading {
  context: PageContext;
  /** The element holding the answer's text; figures are highlighted only inside it. */
  answerElement: Element | null;
}

export interface SiteAdapter {
  /** Stable id, e.g. `theyworkforyou-wrans`. */
  id: string;
  /** Cheap test on the URL alone: is this a page the adapter annotates? */
  matchesUrl(url: URL): boolean;
  /** Read the page. Returns null when the markup is not a written question after all. */
  read(doc: Document, url: URL): PageReading | null;
}
