import { describe, expect, it } from 'vitest';
import { amountSearchTerm, topicSearchTerm } from '../../src/extract/related-terms';

describe('topicSearchTerm', () => {
  it('takes the heading subject', () => {
    expect(topicSearchTerm('Offences against Children: Internet', 'Home Office')).toBe('Offences against Children');
    expect(topicSearchTerm('Gaza', 'Foreign, Commonwealth and Development Office')).toBe('Gaza');
  });
  it('skips a subject that only names the department', () => {
    expect(topicSearchTerm('Ministry of Defence: Internet', 'Ministry of Defence')).toBe('Internet');
    expect(topicSearchTerm('Defence: Exports', 'Ministry of Defence')).toBe('Exports');
  });
  it('returns null when nothing is left', () => {
    expect(topicSearchTerm('Home Office', 'Home Office')).toBeNull();
    expect(topicSearchTerm('  ', null)).toBeNull();
  });
});

describe('amountSearchTerm', () => {
  it('keeps the page spelling with whitespace normalised, and refuses vague amounts', () => {
    expect(amountSearchTerm('£21\u00a0 million')).toBe('£21 million');
    expect(amountSearchTerm('£40m')).toBe('£40m');
    expect(amountSearchTerm('millions of pounds')).toBeNull();
  });
});

describe('topicSearchTerm: a word of a long department name is still a topic', () => {
  it('keeps "Housing" for the Department for Levelling Up, Housing and Communities', () => {
    expect(topicSearchTerm('Housing: Planning', 'Department for Levelling Up, Housing and Communities')).toBe('Housing');
    expect(topicSearchTerm('Treasury: Staff', 'HM Treasury')).toBe('Staff');
  });
});
