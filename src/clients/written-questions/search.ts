/**
 * The list operation as a search: a topic (searchTerm), an asker, a department, date windows and
 * paging, exactly as the OpenAPI document names them. Results carry truncated texts (the API cuts
 * questionText at 255 characters and answerText at 255 + "..."), which is enough for a list line.
 */
import { ok, type Result } from '../../protocol/result';
import type { GetJson } from '../get-json';
import { parseWith } from '../http';
import { idAt, readItems, type ItemsRead, type ListSpec } from '../list-items';
import { QUESTIONS_API, type House, type WrittenQuestion } from './client';
import { questionItemSchema, questionListSchema, toWrittenQuestion, type QuestionItem } from './schemas';

export interface QuestionQuery {
  searchTerm?: string;
  /** The spec does not say whether uIN matches exactly: callers filter the results again. */
  uin?: string;
  askingMemberId?: number;
  answeringBodyId?: number;
  house?: House;
  tabledFrom?: string;
  tabledTo?: string;
  answeredFrom?: string;
  answeredTo?: string;
  includeWithdrawn?: boolean;
  skip?: number;
  take?: number;
}

export interface QuestionPage {
  /** How many questions match in all (the API's totalResults), not just this page. */
  total: number;
  questions: WrittenQuestion[];
  /** Results on this page that did not fit the schema and were left out (logged in the worker). */
  dropped: number;
}

/** GET /api/writtenquestions/questions with the query's filters; expandMember for the askers' names. */
export function questionQueryUrl(query: QuestionQuery): string {
  const params = new URLSearchParams();
  const set = (name: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') params.set(name, String(value));
  };
  set('searchTerm', query.searchTerm);
  set('uIN', query.uin);
  set('askingMemberId', query.askingMemberId);
  set('answeringBodies', query.answeringBodyId);
  set('house', query.house);
  set('tabledWhenFrom', query.tabledFrom);
  set('tabledWhenTo', query.tabledTo);
  set('answeredWhenFrom', query.answeredFrom);
  set('answeredWhenTo', query.answeredTo);
  if (query.includeWithdrawn) params.set('includeWithdrawn', 'true');
  params.set('expandMember', 'true');
  params.set('skip', String(query.skip ?? 0));
  params.set('take', String(query.take ?? 20));
  return `${QUESTIONS_API}/api/writtenquestions/questions?${params}`;
}

const RESULTS: ListSpec<QuestionItem> = { what: 'question search', item: questionItemSchema, idOf: idAt('value', 'id') };

/**
 * The list operation's reply: the envelope checked whole, each result on its own (a result that
 * does not fit is left out and logged once; list-items.ts). Also used by the corpus conformance test.
 */
export function parseQuestionList(raw: unknown): Result<{ total: number } & ItemsRead<QuestionItem>> {
  const envelope = parseWith(questionListSchema, raw, RESULTS.what);
  if (!envelope.ok) return envelope;
  const read = readItems(envelope.value.results ?? [], RESULTS);
  return read.ok ? ok({ total: envelope.value.totalResults, ...read.value }) : read;
}

export async function searchQuestions(getJson: GetJson, query: QuestionQuery): Promise<Result<QuestionPage>> {
  const list = await getJson({ url: questionQueryUrl(query), family: 'question-search', parse: parseQuestionList });
  if (!list.ok) return list;
  const { total, items, dropped } = list.value;
  return ok({ total, questions: items.map((item) => toWrittenQuestion(item.value, false)), dropped });
}
