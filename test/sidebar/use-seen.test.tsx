// @vitest-environment happy-dom
import { act, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSeen } from '../../src/sidebar/use-seen';

function Probe() {
  const [ref, seen] = useSeen<HTMLDivElement>();
  return <div ref={ref} data-seen={String(seen)} />;
}

afterEach(() => vi.unstubAllGlobals());

describe('useSeen', () => {
  it('is false until the element comes near the view, then stays true', async () => {
    const observers: { report: (e: { isIntersecting: boolean }[]) => void; disconnected: boolean; margin: string | undefined }[] = [];
    vi.stubGlobal('IntersectionObserver', class {
      entry: (typeof observers)[number];
      constructor(report: (e: { isIntersecting: boolean }[]) => void, options?: { rootMargin?: string }) {
        this.entry = { report, disconnected: false, margin: options?.rootMargin };
        observers.push(this.entry);
      }
      observe(): void {}
      disconnect(): void {
        this.entry.disconnected = true;
      }
    });
    const { container } = render(<Probe />);
    const seen = () => container.querySelector('div')!.getAttribute('data-seen');
    await vi.waitFor(() => expect(observers).toHaveLength(1));
    expect(seen()).toBe('false');
    expect(observers[0]!.margin).toBe('400px');
    act(() => observers[0]!.report([{ isIntersecting: false }]));
    expect(seen()).toBe('false');
    act(() => observers[0]!.report([{ isIntersecting: true }]));
    expect(seen()).toBe('true');
    expect(observers[0]!.disconnected).toBe(true);
  });

  it('counts everything as seen where there is no IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const { container } = render(<Probe />);
    expect(container.querySelector('div')!.getAttribute('data-seen')).toBe('true');
  });
});
