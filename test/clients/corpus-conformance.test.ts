// Every line of every file in ../shared/corpus through the production schemas and list reader
// (issue 13). The list files hold `results[]` entries exactly as GET /api/writtenquestions/questions
// returns them, some scraped while their month was current (unanswered questions, null headings);
// the full-text files hold what the single-question endpoint adds. Skipped, in one line, when the
// shared folder is absent.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { missingSharedMessage, sharedPath } from '../../scripts/lib/shared-dir.js';
import type { GetJson } from '../../src/clients/get-json';
import { getQuestion, type WrittenQuestion } from '../../src/clients/written-questions/client';
import { parseQuestionList, searchQuestions } from '../../src/clients/written-questions/search';

const missing = missingSharedMessage();
if (missing) console.log(`Skipped the corpus conformance test (every real list item and full text): ${missing}`);

/** A search returns at most this many results a page (the API's default `take`). */
const PAGE = 20;

const readLines = (file: string) => readFileSync(sharedPath(`corpus/${file}`), 'utf8').split('\n').filter((line) => line.trim());

/** GetJson answering every request with one body, through the request's own (production) parse. */
const answering = (body: unknown): GetJson => async (request) => request.parse(body);

describe.skipIf(missing !== null)('corpus conformance (../shared/corpus)', () => {
  const files = missing ? [] : readdirSync(sharedPath('corpus')).filter((f) => f.endsWith('.jsonl')).sort();
  const months = [...new Set(files.map((f) => /(\d{4}-\d{2})\.jsonl$/.exec(f)?.[1] ?? f))];
  let warn: MockInstance;

  beforeAll(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterAll(() => warn.mockRestore());

  it('knows every file: a list and a full-text file for each month, Dec 2023, Nov 2024 and Nov 2025 included', () => {
    expect(months).toEqual(expect.arrayContaining(['2023-12', '2024-11', '2025-11']));
    expect(files).toEqual(months.flatMap((m) => [`questions-full-text-${m}.jsonl`, `questions-list-${m}.jsonl`]).sort());
  });

  for (const month of months) {
    it(`${month}: every list item parses, as one list and in pages of ${PAGE}; every full text parses merged with its item`, async () => {
      const entries = readLines(`questions-list-${month}.jsonl`).map((line) => JSON.parse(line) as { value: Record<string, unknown> });

      const whole = parseQuestionList({ totalResults: entries.length, results: entries });
      expect(whole.ok && whole.value.dropped, whole.ok ? '' : whole.error.message).toBe(0);

      let rejected = 0;
      let dropped = 0;
      const parsed: WrittenQuestion[] = [];
      for (let skip = 0; skip < entries.length; skip += PAGE) {
        const page = await searchQuestions(answering({ totalResults: entries.length, results: entries.slice(skip, skip + PAGE) }), { searchTerm: 'corpus', skip, take: PAGE });
        if (!page.ok) rejected++;
        else {
          dropped += page.value.dropped;
          parsed.push(...page.value.questions);
        }
      }
      expect({ rejected, dropped, parsed: parsed.length }).toEqual({ rejected: 0, dropped: 0, parsed: entries.length });

      const byId = new Map(entries.map((e) => [e.value.id as number, e]));
      const fullTexts = readLines(`questions-full-text-${month}.jsonl`).map((line) => JSON.parse(line) as { id: number; question_text: string; answer_text: string });
      let fullParsed = 0;
      for (const full of fullTexts) {
        const item = byId.get(full.id);
        expect(item, `full text ${full.id} has no list item`).toBeDefined();
        const single = { ...item, value: { ...item!.value, questionText: full.question_text, answerText: full.answer_text } };
        const question = await getQuestion(answering(single), { id: full.id, answered: true });
        expect(question.ok, question.ok ? '' : `${full.id}: ${question.error.message}`).toBe(true);
        if (question.ok && question.value.fullText && question.value.questionText === full.question_text) fullParsed++;
      }
      expect(fullParsed).toBe(fullTexts.length);
      expect(warn).not.toHaveBeenCalled();

      const headingless = parsed.filter((q) => q.heading === null).length;
      const unanswered = parsed.filter((q) => q.status === 'unanswered').length;
      console.log(
        `corpus ${month}: ${parsed.length} list items parsed (${headingless} without a heading, ${unanswered} unanswered), ` +
          `${dropped} dropped; ${Math.ceil(entries.length / PAGE)} pages of ${PAGE}, ${rejected} rejected; ${fullParsed} of ${fullTexts.length} full texts parsed`,
      );
    });
  }
});
