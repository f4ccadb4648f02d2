import { vi } from 'vitest';

/**
 * happy-dom has an IntersectionObserver that never reports. These tests render one section at a
 * time, so each observed element is "scrolled to" at once, as a reader would reach it.
 */
export function everythingInView(): void {
  vi.stubGlobal('IntersectionObserver', class {
    constructor(private readonly report: (entries: { isIntersecting: boolean; target: Element }[]) => void) {}
    observe(target: Element): void {
      queueMicrotask(() => this.report([{ isIntersecting: true, target }]));
    }
    disconnect(): void {}
  });
}
