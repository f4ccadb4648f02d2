import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../src/extract/word-diff';

describe('wordDiff', () => {
  it('marks the words a correction changed', () => {
    expect(wordDiff('We spent £40 million in 2023.', 'We spent £4 million in 2023.')).toEqual([
      { kind: 'same', text: 'We spent ' },
      { kind: 'removed', text: '£40' },
      { kind: 'added', text: '£4' },
      { kind: 'same', text: ' million in 2023.' },
    ]);
  });

  it('is all "same" for identical texts and rebuilds both sides', () => {
    const before = 'The figure was 12 in 2022 and 15 in 2023.';
    const after = 'The figure was 13 in 2022, and 15 in 2023 (provisional).';
    const parts = wordDiff(before, after)!;
    expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(before);
    expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(after);
    expect(wordDiff(before, before)).toEqual([{ kind: 'same', text: before }]);
  });
});
