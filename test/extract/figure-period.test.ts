import { describe, expect, it } from 'vitest';
import { periodIn } from '../../src/extract/figure-period';

describe('periodIn: the period a table header names', () => {
  it('reads the spellings of a financial year as one label (headers of corpus answers 1675246, 1675979, 1677542)', () => {
    expect(periodIn('2023-24 – additional funding (£000)')).toBe('2023-24');
    expect(periodIn('FY 2022-23')).toBe('2022-23');
    expect(periodIn('2018/19')).toBe('2018-19');
    expect(periodIn('2024/2025')).toBe('2024-25');
    expect(periodIn('2023 to 2024')).toBe('2023-24');
  });

  it('reads a span of financial years as a range', () => {
    expect(periodIn('Minimum additional overall uplift between 2023-24 and 2033-34 (£000)')).toBe('2023-24 to 2033-34');
  });

  it('falls back to calendar years, and says nothing when no year is named', () => {
    expect(periodIn('2022')).toBe('2022');
    expect(periodIn('Calendar years 2019 and 2021')).toBe('2019 to 2021');
    expect(periodIn('Total Paid')).toBeNull();
    // Not a financial year: the years are not one apart.
    expect(periodIn('2023-2030 programme')).toBeNull();
  });
});
