import { describe, expect, it } from 'vitest';
import { VOTE_COLOURS } from '../../src/sidebar/sections/votes-styles';
import { sidebarCss } from '../../src/sidebar/styles';

/** WCAG 2.2 contrast ratio of two #rrggbb colours (relative luminance, sRGB). */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('vote colours (WCAG AA)', () => {
  it('checks contrast the way WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    // The old pair: green and red told apart by colour alone, 1.28:1 against each other.
    expect(contrast('#2e8b57', '#c0392b')).toBeCloseTo(1.28, 2);
  });

  for (const [scheme, c] of Object.entries(VOTE_COLOURS)) {
    it(`${scheme}: "Aye"/"No" text and marks 4.5:1 against the panel (so bars are past 3:1 too)`, () => {
      expect(contrast(c.aye, c.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c.no, c.background)).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('uses the panel backgrounds the stylesheet sets', () => {
    expect(sidebarCss).toContain(`--bg: ${VOTE_COLOURS.light.background};`);
    expect(sidebarCss).toContain(`--bg: ${VOTE_COLOURS.dark.background};`);
    expect(sidebarCss).toContain(`--aye: ${VOTE_COLOURS.dark.aye}`);
  });
});
