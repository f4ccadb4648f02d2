// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Announcer } from '../../src/sidebar/announce';
import { Section, type SectionState } from '../../src/sidebar/Section';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function Panel({ states }: { states: Record<'asker' | 'answerer' | 'votes', SectionState> }) {
  return (
    <Announcer>
      <Section id="asker" title="Asked by" state={states.asker}>x</Section>
      <Section id="answerer" title="Answered by" state={states.answerer}>x</Section>
      <Section id="votes" title="Votes on this topic" state={states.votes}>x</Section>
    </Announcer>
  );
}

const region = (container: Element) => container.querySelector('[role="status"][data-lens-announcer]')!.textContent;

describe('the panel\'s live region', () => {
  it('says nothing for sections ready in the first frame, then each section once as it settles, settling together in one sentence', () => {
    vi.useFakeTimers();
    const { container, rerender } = render(<Panel states={{ asker: 'ready', answerer: 'loading', votes: 'loading' }} />);
    act(() => { vi.advanceTimersByTime(1000); });
    expect(region(container)).toBe('');
    rerender(<Panel states={{ asker: 'ready', answerer: 'ready', votes: 'error' }} />);
    act(() => { vi.advanceTimersByTime(1000); });
    expect(region(container)).toBe('Loaded: Answered by. Could not load: Votes on this topic.');
    // A retry that fails again is not read out again; one that works is.
    rerender(<Panel states={{ asker: 'ready', answerer: 'ready', votes: 'loading' }} />);
    rerender(<Panel states={{ asker: 'ready', answerer: 'ready', votes: 'error' }} />);
    act(() => { vi.advanceTimersByTime(1000); });
    expect(region(container)).toBe('Loaded: Answered by. Could not load: Votes on this topic.');
    rerender(<Panel states={{ asker: 'ready', answerer: 'ready', votes: 'loading' }} />);
    rerender(<Panel states={{ asker: 'ready', answerer: 'ready', votes: 'ready' }} />);
    act(() => { vi.advanceTimersByTime(1000); });
    expect(region(container)).toBe('Loaded: Votes on this topic.');
  });
});
