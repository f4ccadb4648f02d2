import { describe, expect, it } from 'vitest';
import { savedItemsCsv } from '../../src/sidebar/notebook/csv';
import { citation, markdownLink, officialCitation, twfyCitation, type Citable } from '../../src/sidebar/notebook/citations';
import { matchesSearch, parseTags } from '../../src/sidebar/notebook/saved-item';
import { savedItemFor } from '../cache/notebook-helpers';

const seed: Citable = {
  heading: 'Offences against Children: Internet',
  house: 'Commons',
  uin: '215246',
  department: 'Home Office',
  dateTabled: '2019-01-31',
  dateAnswered: '2019-02-08',
  url: 'https://www.theyworkforyou.com/wrans/?id=2019-02-08.215246.h',
};

describe('citations', () => {
  it('gives the seed question in the three forms', () => {
    expect(twfyCitation(seed)).toBe('HC Deb, 8 February 2019, cW');
    expect(officialCitation(seed)).toBe('Written question 215246, tabled 31 January 2019, answered 8 February 2019, Home Office');
    expect(markdownLink(seed)).toBe('[Offences against Children: Internet (HC written question 215246)](https://www.theyworkforyou.com/wrans/?id=2019-02-08.215246.h)');
  });

  it('uses only what the data has: no answer date, no TWFY form; Lords is HL', () => {
    const open = { ...seed, house: 'Lords' as const, uin: 'HL1234', dateAnswered: null, department: null };
    expect(citation('twfy', open)).toBeNull();
    expect(officialCitation(open)).toBe('Written question HL1234, tabled 31 January 2019, not yet answered');
    expect(twfyCitation({ ...open, dateAnswered: '2023-12-20' })).toBe('HL Deb, 20 December 2023, cW');
  });

  it('escapes brackets in the heading and parentheses in the link', () => {
    expect(markdownLink({ ...seed, heading: 'Schools [England]', url: 'https://example.org/a_(b)' })).toBe('[Schools \\[England\\] (HC written question 215246)](https://example.org/a_%28b%29)');
  });
});

describe('CSV export', () => {
  it('quotes every field, keeps multi-line notes in one cell, and defuses formulas', () => {
    const item = { ...savedItemFor(1), note: '=HYPERLINK("x")\nline "two", three', tags: ['a', 'b'] };
    const csv = savedItemsCsv([item]);
    const [header, ...rest] = csv.split('\r\n');
    expect(header).toContain('"id","heading","house","uin"');
    const row = rest.join('\r\n');
    expect(row).toContain('"\'=HYPERLINK(""x"")\nline ""two"", three"');
    expect(row).toContain('"a; b"');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3); // header, one row (its note's \n stays inside quotes), final empty
  });
});

describe('tags and search', () => {
  it('trims, drops empties and duplicates', () => {
    expect(parseTags(' evidence, Home Office ,evidence,, ')).toEqual(['evidence', 'Home Office']);
  });

  it('matches every word anywhere in the item, case-insensitively', () => {
    const item = { ...savedItemFor(2), note: 'Follow up with the DfE', tags: ['evidence'] };
    expect(matchesSearch(item, 'dfe EVIDENCE')).toBe(true);
    expect(matchesSearch(item, 'dfe missing')).toBe(false);
    expect(matchesSearch(item, '')).toBe(true);
  });
});
