import { describe, expect, it } from 'vitest';
import { savedItemsCsv } from '../../src/sidebar/notebook/csv';
import { citation, markdownLink, officialCitation, twfyCitation, type Citable } from '../../src/sidebar/notebook/citations';
import { matchesSearch } from '../../src/protocol/notebook';
import { contextFragment, contextFromFragment } from '../../src/protocol/notebook-context';
import { notebookContextFrom, parseTags, savedItemFrom } from '../../src/sidebar/notebook/saved-item';
import type { SidebarModel } from '../../src/sidebar/model';
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

describe('the note frame’s context', () => {
  const model: SidebarModel = {
    question: {
      heading: 'Offences against Children: Internet', department: 'Home Office', uin: '214555', house: 'Commons',
      tabled: { iso: '2019-01-30', text: '30 January 2019' }, answered: { iso: '2019-02-08', text: '8 February 2019' }, daysToAnswer: 9,
      officialUrl: null, pageUrl: 'https://www.theyworkforyou.com/wrans/?id=2019-02-08.214555.h', grouped: [], citation: '',
    },
    lookup: { uin: '214555', house: 'Commons', aroundDate: '2019-01-30', tabledDate: '2019-01-30', answered: true, answerDate: '2019-02-08', department: 'Home Office' },
    asker: { name: 'Sarah Champion', position: null, photoUrl: null, profileUrl: null, twfyPersonId: null },
    answerer: null,
    ledger: null,
  };

  it('carries only what the page says, survives the URL fragment, and becomes the saved item with the official dates', () => {
    const context = notebookContextFrom(model)!;
    expect(context).toMatchObject({ id: 'Commons/214555/2019-01-30', askerName: 'Sarah Champion', lookup: { uin: '214555', aroundDate: '2019-01-30' } });
    expect(Object.keys(context)).not.toContain('note');
    expect(contextFromFragment(contextFragment(context))).toEqual(context);
    const record = { answeringBodyName: 'Home Office', dateTabled: '2019-01-30', dateAnswered: '2019-02-11' } as Parameters<typeof savedItemFrom>[1];
    const item = savedItemFrom(context, record, 'note', ['t'], null, 5);
    expect(item).toMatchObject({ id: context.id, dateAnswered: '2019-02-11', note: 'note', tags: ['t'], savedAt: 5, updatedAt: 5 });
    expect(item).not.toHaveProperty('lookup');
  });

  it('refuses a fragment that is not a context (a page rewriting the frame URL gets a frame that saves nothing)', () => {
    expect(contextFromFragment('#%7B%22id%22%3A%22x%22%7D')).toBeNull();
    expect(contextFromFragment('#not json')).toBeNull();
    expect(contextFromFragment('')).toBeNull();
  });

  it('cuts overlong page fields to the saved item’s limits, so the page stays saveable', () => {
    const long = { ...model, asker: { ...model.asker!, name: 'x'.repeat(5_000) }, question: { ...model.question, department: 'd'.repeat(900) } };
    expect(contextFromFragment(contextFragment(notebookContextFrom(long)!))).not.toBeNull();
  });
});
