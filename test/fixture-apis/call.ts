// Calls a fake-API handler with a minimal request and a response that records what was written,
// and reads the files the tests compare against: our own fixtures always, ../shared's reference
// files and corpus only when called (inside a describeWithShared suite's tests or beforeAll), so a
// bare clone never reads them (test/support/shared.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { sharedPath } from '../../scripts/lib/shared-dir.js';
import { CORPUS_MONTHS, testPoolQuestions } from '../../scripts/fixture-apis/sources.js';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Parsed JSON the tests poke at freely; each test asserts the shape it relies on. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface Reply {
  status: number;
  headers: Record<string, string | number>;
  body: Buffer;
  text(): string;
  json<T = Json>(): T;
}

/** Call `handler` for `path` (path + query) on `host`, as the fixture server would. */
export function call(handler: Handler, path: string, init: { method?: string; host?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = {};
    let status = 200;
    const req = { url: path, method: init.method ?? 'GET', headers: { host: init.host ?? 'localhost' } };
    const res = {
      get headersSent() { return false; },
      setHeader(name: string, value: string | number) { headers[name.toLowerCase()] = value; return res; },
      getHeader(name: string) { return headers[name.toLowerCase()]; },
      writeHead(code: number, more?: Record<string, string | number>) {
        status = code;
        for (const [k, v] of Object.entries(more ?? {})) headers[k.toLowerCase()] = v;
        return res;
      },
      end(chunk?: string | Buffer) {
        const body = chunk === undefined ? Buffer.alloc(0) : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, 'utf8');
        resolve({
          status, headers, body,
          text: () => body.toString('utf8'),
          json: () => JSON.parse(body.toString('utf8')),
        });
        return res;
      },
    };
    try {
      handler(req as unknown as IncomingMessage, res as unknown as ServerResponse);
    } catch (err) {
      reject(err);
    }
  });
}

/** A file under ../shared (beside the repository). */
export { sharedPath };
export const readShared = (rel: string) => readFileSync(sharedPath(rel), 'utf8');
export const readSharedJson = <T = Json>(rel: string): T => JSON.parse(readShared(rel)) as T;
export const readSharedLines = <T = Json>(rel: string): T[] =>
  readShared(rel).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);

/** A value made on first use and kept: describe bodies run even when skipped, so shared reads wait for a test. */
export function lazy<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

/** QuestionsViewModel as the corpus and our records hold it (the keys the tests look at). */
export interface QuestionValue {
  id: number; uin: string; house: string; heading: string | null; questionText: string; answerText: string | null;
  askingMemberId: number; answeringMemberId: number | null; correctingMemberId: number | null; answeringBodyId: number;
  dateTabled: string; dateAnswered: string | null; dateAnswerCorrected: string | null;
  answerIsHolding: boolean | null; answerIsCorrection: boolean | null; dateHoldingAnswer: string | null;
  groupedQuestions: string[] | null; isWithdrawn: boolean;
  askingMember: Record<string, unknown> | null; answeringMember: Record<string, unknown> | null;
}
export interface QuestionItem { value: QuestionValue; links: { rel: string; href: string; method: string }[] }
export interface FullText { id: number; question_text: string; answer_text: string }

/** The corpus months ../shared holds, oldest first (the order the fake concatenates them in). */
export { CORPUS_MONTHS };
export type CorpusMonth = (typeof CORPUS_MONTHS)[number];

/** One month's list items, as the file has them. Read only with ../shared present. */
export const corpusList = (month: CorpusMonth) => readSharedLines<QuestionItem>(`corpus/questions-list-${month}.jsonl`);
/** One month's full texts. Read only with ../shared present. */
export const corpusFullTexts = (month: CorpusMonth) => readSharedLines<FullText>(`corpus/questions-full-text-${month}.jsonl`);

/** Our own records (test/fixtures/api/constructed-questions.json), the values as written. */
export const ownQuestionValues = (): QuestionValue[] =>
  JSON.parse(readFileSync(new URL('../fixtures/api/constructed-questions.json', import.meta.url), 'utf8')) as QuestionValue[];

/** Everything the fake serves besides the corpus: our records, then (without ../shared) the generated test pool. */
export const servedOwnValues = (): QuestionValue[] => [...ownQuestionValues(), ...(testPoolQuestions() as QuestionValue[])];

/** The OpenAPI component's property names. */
export function specProperties(spec: 'members-api' | 'writtenquestions-api', component: string): string[] {
  const doc = readSharedJson<{ components: { schemas: Record<string, { properties?: Record<string, unknown> }> } }>(
    `reference/openapi/${spec}.json`,
  );
  return Object.keys(doc.components.schemas[component]?.properties ?? {});
}
