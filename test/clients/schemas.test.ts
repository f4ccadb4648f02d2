import { it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { biographyItemSchema, memberItemSchema, toBiography, toMemberProfile } from '../../src/clients/members/schemas';
import { questionItemSchema, toWrittenQuestion } from '../../src/clients/written-questions/schemas';
import { parseQuestionList } from '../../src/clients/written-questions/search';
import { sharedPath } from '../../scripts/lib/shared-dir.js';
import { describeWithShared, SHARED_PRESENT } from '../support/shared';

const shared = sharedPath;
const readJson = (path: string): unknown => JSON.parse(readFileSync(shared(path), 'utf8'));
const lines = (path: string) => readFileSync(shared(path), 'utf8').split('\n').filter((line) => line.trim());

const QUESTION_SAMPLES = 'reference/samples/questions-statements-api';
const MEMBER_SAMPLES = 'reference/samples/members-api';
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Shows which field failed, so a schema change points at its cause. */
function expectParses(schema: { safeParse: (raw: unknown) => { success: boolean; error?: { issues: unknown[] } } }, raw: unknown, label: string) {
  const parsed = schema.safeParse(raw);
  expect(parsed.success, `${label}: ${JSON.stringify(parsed.error?.issues.slice(0, 2))}`).toBe(true);
}

describeWithShared('Written Questions samples (reference/samples/questions-statements-api)', () => {
  const files = !SHARED_PRESENT ? [] : readdirSync(shared(QUESTION_SAMPLES)).sort();

  it('covers every sample file with the schema of its endpoint', () => {
    expect(files).toEqual([
      'aws-samples-mock_api_question.json',
      'aws-samples-mock_api_questions.json',
      'mysociety-list-results-2024-07-unanswered.json',
      'mysociety-list-results-2024-08-sample.json',
    ]);
  });

  it('single question (GET …/questions/{id}) parses as an item, with full HTML', () => {
    const parsed = questionItemSchema.parse(readJson(`${QUESTION_SAMPLES}/aws-samples-mock_api_question.json`));
    const question = toWrittenQuestion(parsed.value, true);
    expect(question).toMatchObject({ id: 1679416, uin: '7926', house: 'Commons', dateTabled: '2024-01-05', dateAnswered: '2024-01-10', status: 'answered', correction: null });
    expect(question.answerText).toMatch(/^<p>/);
  });

  it('list response (GET …/questions) parses, every result kept', () => {
    const parsed = parseQuestionList(readJson(`${QUESTION_SAMPLES}/aws-samples-mock_api_questions.json`));
    expect(parsed.ok && parsed.value.items.length).toBeGreaterThan(0);
    expect(parsed.ok && parsed.value.dropped).toBe(0);
  });

  it('mysociety list results parse item by item', () => {
    for (const file of files.filter((f) => f.startsWith('mysociety-'))) {
      const items = readJson(`${QUESTION_SAMPLES}/${file}`) as unknown[];
      items.forEach((item, i) => expectParses(questionItemSchema, item, `${file}[${i}]`));
    }
  });
});

describeWithShared('Members samples (reference/samples/members-api)', () => {
  // Endpoints we do not call; their shapes are not ours to check.
  const notOurs = ['snommoc-contact.json', 'snommoc-empty_list.json', 'snommoc-experience.json', 'snommoc-focus.json', 'snommoc-registered_interests.json'];
  const ours = ['member-172-from-test.json', 'snommoc-biography.json', 'snommoc-empty_biography.json', 'snommoc-search.json'];

  it('classifies every sample file', () => {
    expect(readdirSync(shared(MEMBER_SAMPLES)).sort()).toEqual([...ours, ...notOurs].sort());
  });

  it('GET /api/Members/{id} parses', () => {
    const item = memberItemSchema.parse(readJson(`${MEMBER_SAMPLES}/member-172-from-test.json`));
    expect(item.value && toMemberProfile(item.value)).toMatchObject({ id: 172, name: 'Ms Diane Abbott', house: 'Commons', membershipFrom: 'Hackney North and Stoke Newington', membershipEnd: null });
  });

  it('each /api/Members/Search item parses as a member item (an MP, an excluded hereditary peer, a life peer on leave)', () => {
    // totalResults says 2 but there are 3 items: the sample was trimmed by hand.
    const search = readJson(`${MEMBER_SAMPLES}/snommoc-search.json`) as { items: unknown[] };
    expect(search.items).toHaveLength(3);
    const profiles = search.items.map((raw) => {
      const item = memberItemSchema.parse(raw);
      return item.value && toMemberProfile(item.value);
    });
    expect(profiles[1]).toMatchObject({ house: 'Lords', membershipFrom: 'Hereditary', membershipEnd: '1999-11-11', membershipEndReason: 'Excluded', statusActive: null });
    expect(profiles[2]).toMatchObject({ house: 'Lords', membershipFrom: 'Life peer', membershipEnd: null, statusActive: false, statusDescription: 'Leave of Absence' });
  });

  it('GET /api/Members/{id}/Biography parses, full and empty', () => {
    const full = biographyItemSchema.parse(readJson(`${MEMBER_SAMPLES}/snommoc-biography.json`));
    const bio = full.value && toBiography(full.value);
    expect(bio?.governmentPosts[0]).toMatchObject({ name: 'Prime Minister and First Lord of the Treasury', start: '2024-07-05', end: null, house: 'Commons' });
    // The API pads some department names with a space; the mapping trims it.
    expect(bio?.oppositionPosts.map((p) => p.info)).toContain('Department for Exiting the European Union');
    const empty = biographyItemSchema.parse(readJson(`${MEMBER_SAMPLES}/snommoc-empty_biography.json`));
    expect(empty.value && toBiography(empty.value).representations).toEqual([]);
  });
});

describeWithShared('corpus (Commons questions tabled December 2023)', () => {
  const listLines = !SHARED_PRESENT ? [] : lines('corpus/questions-list-2023-12.jsonl');

  it('every line of the list file parses as a question item and maps to ISO days', () => {
    let parsedCount = 0;
    for (const [i, line] of listLines.entries()) {
      const parsed = questionItemSchema.safeParse(JSON.parse(line));
      expect(parsed.success, `line ${i + 1}: ${JSON.stringify(parsed.error?.issues.slice(0, 2))}`).toBe(true);
      if (!parsed.success) continue;
      const question = toWrittenQuestion(parsed.data.value, false);
      expect(question.dateTabled).toMatch(ISO_DAY);
      expect(question.dateForAnswer).toMatch(ISO_DAY);
      for (const grouped of question.grouped) expect(grouped.dateTabled ?? '2000-01-01').toMatch(ISO_DAY);
      parsedCount++;
    }
    expect(parsedCount).toBe(2989);
  });

  it('every full-text line has string texts, for a question in the list file', () => {
    const listIds = new Set(listLines.map((line) => (JSON.parse(line) as { value: { id: number } }).value.id));
    const fullLines = lines('corpus/questions-full-text-2023-12.jsonl');
    expect(fullLines).toHaveLength(840);
    for (const line of fullLines) {
      const full = JSON.parse(line) as { id: unknown; question_text: unknown; answer_text: unknown };
      expect(typeof full.answer_text, `id ${String(full.id)}`).toBe('string');
      expect(typeof full.question_text).toBe('string');
      expect(listIds.has(full.id as number)).toBe(true);
    }
  });
});

describeWithShared('schema drift is caught where we rely on a field', () => {
  const base = !SHARED_PRESENT ? {} : (readJson(`${QUESTION_SAMPLES}/aws-samples-mock_api_question.json`) as { value: Record<string, unknown> }).value;
  const drifted = (change: Record<string, unknown>) => ({ value: { ...base, ...change }, links: [] });

  it('rejects a missing uin, an unknown house, a malformed date, a wrong id type', () => {
    for (const change of [{ uin: null }, { uin: '' }, { house: 'Bicameral' }, { dateTabled: '05/01/2024' }, { id: '1679416' }, { isWithdrawn: null }]) {
      expect(questionItemSchema.safeParse(drifted(change)).success, JSON.stringify(change)).toBe(false);
    }
  });

  it('tolerates nulls and absences in fields we can do without, and extra fields', () => {
    const tolerated = drifted({ groupedQuestions: null, attachments: null, groupedQuestionsDates: undefined, originalAnswerText: null, questionText: null, brandNewField: 1 });
    expect(questionItemSchema.safeParse(tolerated).success).toBe(true);
  });

  it('accepts null wherever the OpenAPI document marks a field nullable (but uin), and maps it', () => {
    const spec = JSON.parse(readFileSync(shared('reference/openapi/writtenquestions-api.json'), 'utf8')) as {
      components: { schemas: Record<string, { properties: Record<string, { nullable?: boolean }> }> };
    };
    const nullable = Object.entries(spec.components.schemas.QuestionsViewModel!.properties).filter(([, p]) => p.nullable).map(([name]) => name);
    expect(nullable).toEqual(expect.arrayContaining(['heading', 'answeringBodyName', 'dateAnswered', 'answerText', 'answeringMemberId']));
    for (const name of nullable.filter((n) => n !== 'uin')) {
      const parsed = questionItemSchema.safeParse(drifted({ [name]: null }));
      expect(parsed.success, name).toBe(true);
      if (parsed.success) expect(() => toWrittenQuestion(parsed.data.value, true), name).not.toThrow();
    }
    const allNull = questionItemSchema.parse(drifted(Object.fromEntries(nullable.filter((n) => n !== 'uin').map((n) => [n, null]))));
    expect(toWrittenQuestion(allNull.value, false)).toMatchObject({ heading: null, answeringBodyName: null, status: 'unanswered', answerText: null, grouped: [], attachments: [] });
  });
});
