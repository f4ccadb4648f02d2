import { createContext } from 'preact';

/**
 * What every section shares with the panel around it (App.tsx): which sections the reader folded,
 * the one live region that says when a section has loaded, and the question record's failure,
 * which the summary reports once for every section that waits on it.
 */
export interface PanelControls {
  /** Section id → folded; an id missing here was never folded or unfolded by the reader. */
  folded: Readonly<Record<string, boolean>>;
  setFolded(id: string, folded: boolean): void;
  /** Say once, politely, that a section has finished loading. */
  announce(words: string): void;
  /** The retry of the failed question record: an ErrorNote with this retry is that same outage. */
  outageRetry: (() => void) | null;
}

export const PanelContext = createContext<PanelControls>({
  folded: {},
  setFolded: () => undefined,
  announce: () => undefined,
  outageRetry: null,
});
