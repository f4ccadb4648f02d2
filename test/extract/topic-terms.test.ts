/**
 * Topic terms over the real corpus: printed for 30 questions (every 100th of Dec 2023's 2,989) so a
 * reader can judge them as topics, and checked over every month for what must never be a term
 * (boilerplate, departments). The corpus parts are skipped without ../shared.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../scripts/lib/shared-dir.js';
import { CORPUS_MONTHS } from '../../scripts/fixture-apis/sources.js';
import { searchStem, topicTerms } from '../../src/extract/topic-terms';
import { describeWithShared } from '../support/shared';

interface CorpusItem {
  heading: string | null;
  questionText: string;
  answeringBodyName: string;
}

/** One month's list values; called only inside the shared suite's tests. */
const corpusMonth = (month: (typeof CORPUS_MONTHS)[number]): CorpusItem[] =>
  readFileSync(sharedPath(`corpus/questions-list-${month}.jsonl`), 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { value: CorpusItem }).value);

const BOILERPLATE = ['secretary', 'state', 'steps', 'step', 'department', 'ministry', 'office', 'minister', 'ask', 'government', 'assessment', 'majesty'];

describe('topicTerms', () => {
  it('maps the seed heading onto how bills are titled (online safety, child)', () => {
    expect(topicTerms('Offences against Children: Internet')).toEqual(['online safety', 'child', 'offence']);
  });

  it('maps the Lords fixture heading and leaves out the aspect', () => {
    expect(topicTerms('Buses: Exhaust Emissions')).toEqual(['air quality', 'bus services']);
    expect(topicTerms('Schools: Finance')).toEqual(['school']);
  });

  it('drops boilerplate and department names from question text when the heading is thin', () => {
    const terms = topicTerms('Probate', 'To ask the Secretary of State for Justice, what recent assessment he has made of the adequacy of HM Courts and Tribunals Service probate staffing.');
    expect(terms[0]).toBe('probate');
    expect(terms).not.toContain('justice');
    expect(terms.some((t) => BOILERPLATE.includes(t))).toBe(false);
  });

  it('singularises roughly, as substring search needs', () => {
    expect(['schools', 'emissions', 'businesses', 'policies', 'churches'].map(searchStem)).toEqual(['school', 'emission', 'business', 'policy', 'church']);
  });
});

describeWithShared('topicTerms over the corpus', () => {
  it('reads as topics over 30 Dec 2023 questions', () => {
    const sample = corpusMonth('2023-12').filter((_, i) => i % 100 === 0).slice(0, 30);
    expect(sample).toHaveLength(30);
    const lines = sample.map((q) => `${(q.heading ?? '').padEnd(48)} → ${topicTerms(q.heading ?? '', q.questionText).join(' | ')}`);
    console.log(`Topic terms for 30 corpus questions:\n${lines.join('\n')}`);
    for (const q of sample) {
      const terms = topicTerms(q.heading ?? '', q.questionText);
      expect(terms.length, q.heading ?? '').toBeGreaterThan(0);
      expect(terms.length).toBeLessThanOrEqual(5);
      for (const term of terms) {
        expect(term, q.heading ?? '').toMatch(/^[a-z0-9 ]+$/);
        expect(term.split(' ').some((w) => BOILERPLATE.includes(w)), `${q.heading}: ${term}`).toBe(false);
      }
    }
  });

  it('gives every headed question of every month at least one term and never a boilerplate word', () => {
    for (const month of CORPUS_MONTHS) {
      const headed = corpusMonth(month).filter((q): q is CorpusItem & { heading: string } => q.heading !== null);
      expect(headed.length, month).toBeGreaterThan(1_000);
      const bad = headed.filter((q) => {
        const terms = topicTerms(q.heading, q.questionText);
        return terms.length === 0 || terms.some((t) => t.split(' ').some((w) => BOILERPLATE.includes(w)));
      });
      expect(bad.map((q) => q.heading), month).toEqual([]);
    }
  });

  it('takes no boilerplate from the question text alone, for the questions the API has no heading for yet', () => {
    // Nov 2024 and Nov 2025 hold 616 and 1,413 such (the page shows a heading; the API may not yet).
    const unheaded = CORPUS_MONTHS.flatMap((month) => corpusMonth(month)).filter((q) => q.heading === null);
    expect(unheaded).toHaveLength(616 + 1_413);
    let none = 0;
    for (const q of unheaded) {
      const terms = topicTerms('', q.questionText);
      if (terms.length === 0) none++;
      expect(terms.some((t) => t.split(' ').some((w) => BOILERPLATE.includes(w))), q.questionText).toBe(false);
    }
    console.log(`topic terms from question text alone: ${unheaded.length - none} of ${unheaded.length} questions get one`);
  });
});
