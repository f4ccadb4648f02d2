import { useCallback, useEffect, useState } from 'preact/hooks';
import type { RequestOf, ResponseOf } from '../../protocol/messages';
import type { RelatedItem } from '../../protocol/related-messages';
import type { ResultError } from '../../protocol/result';
import type { AskFn, Asked } from '../use-ask';

type Page = ResponseOf<'related.questions'>;
/** The topic search's request without its page offset (the question, and the page's heading). */
type TopicAbout = Omit<RequestOf<'related.questions'>, 'skip'>;

export interface TopicPages {
  items: RelatedItem[];
  nextSkip: number | null;
  loadingMore: boolean;
  moreError: ResultError | null;
  loadMore: () => void;
}

/**
 * The first page comes from useAsk (with the section's loading / error / retry); later pages are
 * asked for on "Load more" and appended, without duplicates.
 */
export function useTopicPages(ask: AskFn, about: TopicAbout, first: Asked<Page>): TopicPages {
  const [later, setLater] = useState<{ items: RelatedItem[]; nextSkip: number | null } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<ResultError | null>(null);
  useEffect(() => setLater(null), [first]);
  const firstPage = first.state === 'ready' ? first.value : null;
  const nextSkip = later ? later.nextSkip : (firstPage?.nextSkip ?? null);
  const loadMore = useCallback(() => {
    if (nextSkip === null) return;
    setLoadingMore(true);
    setMoreError(null);
    ask('related.questions', { ...about, skip: nextSkip }).then((result) => {
      setLoadingMore(false);
      if (!result.ok) return setMoreError(result.error);
      setLater((prev) => ({ items: [...(prev?.items ?? []), ...result.value.items], nextSkip: result.value.nextSkip }));
    });
  }, [ask, about.questionId, about.answered, about.pageHeading, nextSkip]);
  const seen = new Set<number>();
  const items = [...(firstPage?.items ?? []), ...(later?.items ?? [])].filter((item) => !seen.has(item.id) && seen.add(item.id));
  return { items, nextSkip, loadingMore, moreError, loadMore };
}
