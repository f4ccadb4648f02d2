/**
 * What the sidebar tells the notebook frame about the page's question: page-derived data only (the
 * page already knows all of it), carried in the frame URL's fragment. The frame never receives
 * anything else from the page, and never sends the page anything (issue 20).
 */
import { boolean, extend, nullable, object, omit, optional, type infer as Infer } from 'zod/mini';
import { house, isoDate, uin } from './fields';
import { savedItem } from './notebook';

/** The question.record request for the page's question, so the frame can add the official dates. */
const lookup = object({ uin, house, aroundDate: isoDate, tabledDate: optional(nullable(isoDate)), answered: optional(boolean()) });

export const notebookContext = extend(omit(savedItem, { note: true, tags: true, savedAt: true, updatedAt: true }), { lookup: nullable(lookup) });
export type NotebookContext = Infer<typeof notebookContext>;

/** The frame page's file in the build (manifest web_accessible_resources lists it). */
export const NOTEBOOK_FRAME_PAGE = 'notebook-frame.html';

export function contextFragment(context: NotebookContext): string {
  return `#${encodeURIComponent(JSON.stringify(context))}`;
}

/** The context from the frame's own location.hash; null when it is missing or not ours. */
export function contextFromFragment(hash: string): NotebookContext | null {
  try {
    const parsed = notebookContext.safeParse(JSON.parse(decodeURIComponent(hash.replace(/^#/, ''))));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
