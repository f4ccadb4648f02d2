import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { SectionState } from './Section';

/**
 * One polite live region for the whole panel (issue 17): each section is announced once when it
 * has loaded (or failed), and sections that settle together are announced in one sentence, so a
 * screen reader hears "Loaded: Asked by, Answered by" rather than every change in every section,
 * and one outage is not read out five times.
 */
type Tell = (title: string, state: Exclude<SectionState, 'loading'>) => void;

const AnnounceContext = createContext<Tell | null>(null);

/** Sections settling within this long of each other are announced together. */
const BATCH_MS = 600;

export function Announcer({ children }: { children: ComponentChildren }) {
  const [text, setText] = useState('');
  const pending = useRef<{ loaded: string[]; failed: string[] }>({ loaded: [], failed: [] });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const tell = useCallback<Tell>((title, state) => {
    (state === 'error' ? pending.current.failed : pending.current.loaded).push(title);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const { loaded, failed } = pending.current;
      pending.current = { loaded: [], failed: [] };
      setText([loaded.length ? `Loaded: ${loaded.join(', ')}.` : '', failed.length ? `Could not load: ${failed.join(', ')}.` : ''].filter(Boolean).join(' '));
    }, BATCH_MS);
  }, []);
  return (
    <AnnounceContext.Provider value={tell}>
      {children}
      <p class="sr-only" role="status" data-lens-announcer>{text}</p>
    </AnnounceContext.Provider>
  );
}

/**
 * Tells the announcer when a section leaves `loading`: once per outcome, so a retry that works is
 * heard, a section re-rendering with the same state is not, and a section ready in the first
 * frame (from the page alone) is not announced at all: the reader finds it there.
 */
export function useAnnounceSettled(title: string, state: SectionState): void {
  const tell = useContext(AnnounceContext);
  const previous = useRef(state);
  const told = useRef(new Set<SectionState>());
  useEffect(() => {
    const was = previous.current;
    previous.current = state;
    if (!tell || was !== 'loading' || state === 'loading' || told.current.has(state)) return;
    told.current.add(state);
    tell(title, state);
  }, [tell, title, state]);
}
