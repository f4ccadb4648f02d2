import { describe, expect, it } from 'vitest';
import { workingDaysBetween } from '../../src/extract/working-days';

describe('workingDaysBetween', () => {
  it('counts weekdays after the tabling day up to the answer day', () => {
    // Thu 31 Jan 2019 → Fri 8 Feb 2019: Fri 1, Mon 4 … Fri 8 = 6 working days
    expect(workingDaysBetween('2019-01-31', '2019-02-08')).toEqual({ days: 6, holidaysKnown: true });
    expect(workingDaysBetween('2023-12-08', '2023-12-08')).toEqual({ days: 0, holidaysKnown: true });
  });

  it('leaves out Christmas and Boxing Day and the New Year bank holiday', () => {
    // Fri 22 Dec 2023 → Tue 2 Jan 2024: 27, 28, 29 Dec and 2 Jan (25, 26 Dec and 1 Jan are holidays)
    expect(workingDaysBetween('2023-12-22', '2024-01-02')?.days).toBe(4);
  });

  it('says when bank holidays are not known for the years', () => {
    expect(workingDaysBetween('2014-01-06', '2014-01-10')).toEqual({ days: 4, holidaysKnown: false });
  });

  it('refuses reversed or malformed dates', () => {
    expect(workingDaysBetween('2024-01-10', '2024-01-01')).toBeNull();
    expect(workingDaysBetween('soon', '2024-01-01')).toBeNull();
  });
});
