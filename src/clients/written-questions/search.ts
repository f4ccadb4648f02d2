/**
 * The list operation as a search: a topic (searchTerm), an asker, a department, date windows and
 * paging, exactly as the OpenAPI document names them. Results carry truncated texts (the API cuts
 * questionText at 255 characters and answerText at 255 + "..."), which is enough for a list line.
 */
import { ok, type Result } from '../../protocol/result';
import type { GetJson } from '../get-json';
import { parseWith } from '../http';
import { QUESTIONS_API, type House, type WrittenQuestion } from './client';
import { questionListSchema, toWrittenQuestion } from './schemas';

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

export async function searchQuestions(getJson: GetJson, query: QuestionQuery): Promise<Result<QuestionPage>> {
  const list = await getJson({
    url: questionQueryUrl(query),
    family: 'question-search',
    parse: (raw) => parseWith(questionListSchema, raw, 'question search'),
  });
  if (!list.ok) return list;
  return ok({ total: list.value.totalResults, questions: (list.value.results ?? []).map((item) => toWrittenQuestion(item.value, false)) });
}
