/**
 * "Money seen before": for each amount in the answer, earlier answers from the same department
 * that contain the same amount in any of its usual spellings ("£40m", "£40 million",
 * "£40,000,000"): one search per spelling, at most MAX_SPELLINGS per amount and MAX_MONEY_AMOUNTS
 * amounts, and only when the reader asks (it is not part of the cold visit).
 */
import type { GetJson } from '../../clients/get-json';
import { shiftDay } from '../../clients/written-questions/client';
import { searchQuestions } from '../../clients/written-questions/search';
import { amountSearchTerm, amountSpellings } from '../../extract/related-terms';
import type { RequestOf, ResponseOf } from '../../protocol/messages';
import { MAX_MONEY_AMOUNTS } from '../../protocol/related-messages';
import { ok, type Result } from '../../protocol/result';
import type { Handler } from '../router';
import { loadPageQuestion, toRelatedItem } from './related-items';

/** Earlier answers listed per amount; the total says how many there are in all. */
const ITEMS_PER_AMOUNT = 5;

type Reply = ResponseOf<'related.money'>;

export async function relatedMoneyFor(getJson: GetJson, request: RequestOf<'related.money'>): Promise<Result<Reply>> {
  const page = await loadPageQuestion(getJson, request);
  if (!page.ok) return page;
  const q = page.value;
  const terms = [...new Set(request.amounts.map(amountSearchTerm).filter((t): t is string => t !== null))].slice(0, MAX_MONEY_AMOUNTS);
  if (q.answeringBodyId === null || terms.length === 0) return ok({ department: q.answeringBodyName, amounts: [] });
  const before = shiftDay(q.dateAnswered ?? q.dateTabled, -1);
  const searches = await Promise.all(
    terms.map((term) =>
      Promise.all(
        amountSpellings(term).map((spelling) =>
          searchQuestions(getJson, { searchTerm: spelling, answeringBodyId: q.answeringBodyId ?? undefined, answeredTo: before, take: ITEMS_PER_AMOUNT }),
        ),
      ),
    ),
  );
  const amounts: Reply['amounts'] = [];
  for (const [i, bySpelling] of searches.entries()) {
    const seen = new Map<number, ReturnType<typeof toRelatedItem>>();
    // The searches overlap (an answer may write both "£40m" and "£40 million"), so the largest
    // count is the honest "at least"; the items are merged by id, the page's spelling first.
    let total = 0;
    for (const found of bySpelling) {
      if (!found.ok) return found;
      total = Math.max(total, found.value.total);
      for (const other of found.value.questions) if (other.id !== q.id && !seen.has(other.id)) seen.set(other.id, toRelatedItem('money', other));
    }
    amounts.push({ amount: terms[i]!, total: Math.max(total, seen.size), items: [...seen.values()].slice(0, ITEMS_PER_AMOUNT) });
  }
  return ok({ department: q.answeringBodyName, amounts });
}

export const relatedMoney: Handler<'related.money'> = (request, _sender, { getJson }) => relatedMoneyFor(getJson, request);
