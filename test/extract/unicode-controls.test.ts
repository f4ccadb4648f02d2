import { describe, expect, it } from 'vitest';
import { withoutInvisibleControls } from '../../src/extract/unicode-controls';
import { cleanText } from '../../src/sites/page-text';

describe('withoutInvisibleControls', () => {
  it('removes every bidi embedding, override, isolate and mark, and the zero-width spaces', () => {
    const controls = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C', '\u200B', '\u2060', '\uFEFF', '\u180E'];
    for (const c of controls) expect(withoutInvisibleControls(`a${c}b${c}`), `U+${c.charCodeAt(0).toString(16)}`).toBe('ab');
  });

  it('leaves ordinary text, Welsh, Arabic letters and joiners alone, returning the same string', () => {
    for (const text of ['Ynys Môn', 'Rt Hon Sir Keir Starmer', 'محمد', 'a\u200Cb', '👩\u200D💻', '£1.2 billion']) {
      expect(withoutInvisibleControls(text)).toBe(text);
    }
  });

  it('is used by the page readers: a name on the page loses its override', () => {
    expect(cleanText('  Sarah\u202E Champion  ', 100)).toBe('Sarah Champion');
  });
});
