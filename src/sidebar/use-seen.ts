import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * How far outside the panel's visible part an element counts as seen: the request starts a
 * little before the reader gets there.
 */
const AHEAD = '400px';

/**
 * Whether the element has come into (or near) view at least once. Parts below the fold that cost
 * a request of their own (the TheyWorkForYou policy records, the related questions) ask only when
 * the reader scrolls to them, so a visit that never gets there costs those APIs nothing.
 * Without IntersectionObserver (tests, odd hosts) everything counts as seen at once.
 */
export function useSeen<T extends Element>(): [(el: T | null) => void, boolean] {
  const [element, setElement] = useState<T | null>(null);
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined');
  const ref = useRef((el: T | null) => setElement(el)).current;
  useEffect(() => {
    if (seen || !element) return undefined;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setSeen(true);
    }, { rootMargin: AHEAD });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, seen]);
  return [ref, seen];
}
