/**
 * Topic terms over the real corpus: printed for 30 questions (every 100th of the 2,989) so a reader
 * can judge them as topics, and checked for what must never be a term (boilerplate, departments).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_DIR } from '../../scripts/lib/shared-dir.js';
import { searchStem, topicTerms } from '../../src/extract/topic-terms';

interface CorpusItem {
  heading: string;
  questionText: string;
  answeringBodyName: string;
}

const corpus: CorpusItem[] = readFileSync(join(SHARED_DIR, 'corpus', 'questions-list-2023-12.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => (JSON.parse(line) as { value: CorpusItem }).value);

const BOILERPLATE = ['secretary', 'state', 'steps', 'step', 'department', 'ministry', 'office', 'minister', 'ask', 'government', 'assessment', 'majesty'];

describe('topicTerms', () => {
  it('maps the seed heading onto how bills are titled (online, child)', () => {
    expect(topicTerms('Offences against Children: Internet')).toEqual(['online', 'child', 'offence']);
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

  it('reads as topics over 30 corpus questions', () => {
    const sample = corpus.filter((_, i) => i % 100 === 0).slice(0, 30);
    expect(sample).toHaveLength(30);
    const lines = sample.map((q) => `${q.heading.padEnd(48)} → ${topicTerms(q.heading, q.questionText).join(' | ')}`);
    console.log(`Topic terms for 30 corpus questions:\n${lines.join('\n')}`);
    for (const q of sample) {
      const terms = topicTerms(q.heading, q.questionText);
      expect(terms.length, q.heading).toBeGreaterThan(0);
      expect(terms.length).toBeLessThanOrEqual(5);
      for (const term of terms) {
        expect(term, q.heading).toMatch(/^[a-z0-9 ]+$/);
        expect(term.split(' ').some((w) => BOILERPLATE.includes(w)), `${q.heading}: ${term}`).toBe(false);
      }
    }
  });

  it('gives every corpus question at least one term and never a boilerplate word', () => {
    const bad = corpus.filter((q) => {
      const terms = topicTerms(q.heading, q.questionText);
      return terms.length === 0 || terms.some((t) => t.split(' ').some((w) => BOILERPLATE.includes(w)));
    });
    expect(bad.map((q) => q.heading)).toEqual([]);
  });
});
