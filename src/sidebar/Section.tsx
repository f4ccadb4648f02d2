import type { ComponentChildren } from 'preact';
import type { SectionId } from '../protocol/notebook';
import { useAnnounceSettled } from './announce';

export type { SectionId };
export type SectionState = 'loading' | 'ready' | 'empty' | 'error';

interface Props {
  id: SectionId;
  title: string;
  state: SectionState;
  children: ComponentChildren;
  /** For a section that waits until it is scrolled to (use-seen.ts). */
  sectionRef?: (el: HTMLElement | null) => void;
}

/** One sidebar section with its public `data-section` / `data-state` (DESIGN.md §9). */
export function Section({ id, title, state, children, sectionRef }: Props) {
  const headingId = `pl-${id}-heading`;
  useAnnounceSettled(title, state);
  return (
    <section ref={sectionRef} data-section={id} data-state={state} aria-labelledby={headingId} aria-busy={state === 'loading'}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

export function Loading({ children }: { children: ComponentChildren }) {
  return <p class="note loading">{children}</p>;
}
