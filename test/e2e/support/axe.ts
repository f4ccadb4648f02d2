// What the axe e2e reads back from the page, and the WCAG contrast ratio for what axe does not
// check (a focus ring against what is behind it; WCAG 1.4.11 asks 3:1).

export interface AxeViolation {
  id: string;
  impact: string | null;
  /** section: the data-section the element is in, if any. */
  nodes: { section: string | null; html: string; summary: string; data: unknown }[];
}

/** `rgb(r, g, b)` / `rgba(r, g, b, a)` as the browsers' computed styles print them (opaque only). */
function channels(color: string): [number, number, number] {
  const m = /^rgba?\(\s*(\d+(?:\.\d+)?)[,\s]+(\d+(?:\.\d+)?)[,\s]+(\d+(?:\.\d+)?)(?:[,\s/]+([\d.]+))?\s*\)$/.exec(color.trim());
  if (!m) throw new Error(`not an rgb() colour: ${color}`);
  if (m[4] !== undefined && Number(m[4]) < 1) throw new Error(`a translucent colour has no single contrast: ${color}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Relative luminance, WCAG 2.x definition. */
function luminance(color: string): number {
  const [r, g, b] = channels(color).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
