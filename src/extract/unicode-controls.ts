/**
 * Invisible formatting characters that text from a page or an API must not carry into the sidebar.
 *
 * - Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the marks
 *   (U+200E, U+200F, U+061C): an unclosed RIGHT-TO-LEFT OVERRIDE in a member's name reverses our
 *   own labels after it ("Answered" shows as "derewsnA"). Real Parliament data has none.
 * - Zero-width characters that hide inside words (U+200B, U+2060, U+FEFF, U+180E): "£5\u200Bmillion"
 *   reads as one figure but matches no search. ZWJ and ZWNJ (U+200C, U+200D) are kept: they
 *   shape emoji and several scripts' letters, and cannot reorder or hide text.
 */
const CONTROL_CLASS = '[\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]';
const HAS_CONTROL = new RegExp(CONTROL_CLASS);
const EVERY_CONTROL = new RegExp(CONTROL_CLASS, 'g');

/** The text without the controls above; the same string when it has none (the usual case). */
export function withoutInvisibleControls(text: string): string {
  return HAS_CONTROL.test(text) ? text.replace(EVERY_CONTROL, '') : text;
}
