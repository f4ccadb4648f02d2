/** Helpers shared by the TWFY adapter tests: parse a page, and a reading as plain data for goldens. */
import type { PageReading } from '../../../src/sites/site-adapter';

export function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A reading as plain data: the answer element by where it sits, not as a node. */
export function summary(reading: PageReading | null) {
  if (!reading) return null;
  const el = reading.answerElement;
  return {
    // Spread, so the lazily read answerText is a plain field in the golden.
    context: { ...reading.context },
    answerElement: el ? { className: el.className, block: el.closest('.debate-speech')?.id ?? null } : null,
  };
}
