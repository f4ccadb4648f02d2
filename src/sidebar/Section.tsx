import type { ComponentChildren } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { SectionId } from '../protocol/notebook';
import { PanelContext } from './panel-context';

export type { SectionId };
export type SectionState = 'loading' | 'ready' | 'empty' | 'error';

/** A request still loading after this long is said to be slow (it keeps trying). Issue 17: within 5 s. */
export const SLOW_AFTER_MS = 4000;

interface Props {
  id: SectionId;
  title: string;
  state: SectionState;
  children: ComponentChildren;
  /** For a section that waits until it is scrolled to (use-seen.ts). */
  sectionRef?: (el: HTMLElement | null) => void;
}

/**
 * One sidebar section with its public `data-section` / `data-state` (DESIGN.md §9). Its heading is
 * a button that folds it; the reader's choice is remembered (App.tsx). Until they choose, a section
 * with nothing to say starts folded. Folded content stays in the DOM, hidden, so it keeps loading.
 */
export function Section({ id, title, state, children, sectionRef }: Props) {
  const panel = useContext(PanelContext);
  const headingId = `pl-${id}-heading`;
  const bodyId = `pl-${id}-body`;
  const folded = panel.folded[id] ?? state === 'empty';
  const slow = useSlow(state === 'loading');
  useAnnounceOnce(state, title, panel.announce);
  return (
    <section ref={sectionRef} data-section={id} data-state={state} data-folded={folded ? 'true' : undefined} aria-labelledby={headingId} aria-busy={state === 'loading'}>
      <h2>
        <button type="button" class="fold" id={headingId} aria-expanded={!folded} aria-controls={bodyId} onClick={() => panel.setFolded(id, !folded)}>
          <span class="fold-mark" aria-hidden="true">{folded ? '▸' : '▾'}</span>
          {title}
        </button>
      </h2>
      <div id={bodyId} class="section-body" hidden={folded}>
        {children}
        {slow && <p class="note slow">Still waiting for an answer. It is slow today; this keeps trying.</p>}
      </div>
    </section>
  );
}

export function Loading({ children }: { children: ComponentChildren }) {
  return <p class="note loading">{children}</p>;
}

/** True once `loading` has lasted SLOW_AFTER_MS; false again as soon as it ends. */
function useSlow(loading: boolean): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    setSlow(false);
    if (!loading) return undefined;
    const timer = setTimeout(() => setSlow(true), SLOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [loading]);
  return slow;
}

/**
 * A section that was loading says so once when it is done (one polite live region, App.tsx), not
 * at every later change. A section ready at once (from the page alone) says nothing.
 */
function useAnnounceOnce(state: SectionState, title: string, announce: (words: string) => void): void {
  const seen = useRef({ loading: false, announced: false });
  useEffect(() => {
    if (state === 'loading') {
      seen.current.loading = true;
      return;
    }
    if (!seen.current.loading || seen.current.announced) return;
    seen.current.announced = true;
    announce(state === 'error' ? `${title}: could not load` : `${title}: loaded`);
  }, [state, title, announce]);
}
