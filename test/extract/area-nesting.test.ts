import { describe, expect, it } from 'vitest';
import { areaOf } from '../../src/extract/area';
import { findMoney } from '../../src/extract/money';
import { partOf } from '../../src/extract/nesting';

describe('areaOf', () => {
  it('reads the one area a clause names after across / in / throughout', () => {
    expect(areaOf('Across England, local highway authorities are receiving')?.area).toBe('England');
    expect(areaOf('for schools in England and Wales')?.area).toBe('England and Wales');
    expect(areaOf('throughout the United Kingdom')?.area).toBe('UK');
    expect(areaOf('in Northern Ireland')?.area).toBe('Northern Ireland');
  });

  it('names none when the words only mention a place, or name two', () => {
    expect(areaOf('to keep UK citizens safe')).toBeNull();
    expect(areaOf('funding to UK Deaf Sport')).toBeNull();
    expect(areaOf('in England and in Scotland')).toBeNull();
    expect(areaOf('in Englandshire')).toBeNull();
  });
});

describe('partOf', () => {
  const parts = (text: string) => partOf(text, findMoney(text));

  it('nests only where the text says so', () => {
    expect(parts('a £10 million fund, of which £4 million is for schools')).toEqual([null, 0]);
    expect(parts('£10m in total, including £2m for A and £3m for B.')).toEqual([null, 0, 0]);
    expect(parts('We gave £10m. We also gave £4m.')).toEqual([null, null]);
    expect(parts('£10m for A and £4m for B.')).toEqual([null, null]);
  });

  it('reads "This includes" at the start of the next sentence as pointing back (answer 1740169)', () => {
    expect(parts('the government has allocated £20.4 billion for investment in R&D. This includes the protection of £6.1 billion for core research.')).toEqual([null, 0]);
  });

  it('never nests across currencies or into a rate', () => {
    expect(parts('$10m, of which £4m')).toEqual([null, null]);
    expect(parts('£10m a year, of which £4m')).toEqual([null, null]);
  });
});

describe('areaOf and adjectives', () => {
  it('wants "the" before UK: "investment in UK shipbuilding" is not an amount for the UK', () => {
    expect(areaOf('£4 billion of investment in UK shipbuilding')).toBeNull();
    expect(areaOf('£3 million in the UK')?.area).toBe('UK');
  });
});
