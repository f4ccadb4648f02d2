import { useEffect, useMemo, useState } from 'preact/hooks';
import { contextFragment } from '../../protocol/notebook-context';
import type { Result } from '../../protocol/result';
import type { SidebarModel } from '../model';
import type { AskFn } from '../use-ask';
import { askSafely } from './ask-safely';
import { notebookContextFrom } from './saved-item';

/**
 * The reader's note on this question, in an extension-origin frame (src/notebook-frame/) rather than
 * in our shadow root (issue 20). The shadow root is open and sits in the page's document: the page's
 * scripts, and other extensions' content scripts, can read everything in it and click its buttons.
 * A chrome-extension:// / moz-extension:// frame is cross-origin to them: they can see this element
 * and its URL (the page's own question, nothing else) but never the note, and cannot click inside.
 *
 * A frame rather than only the options page keeps the reader's flow: the note field is right here,
 * one click (Save) from saved. Nothing of the notebook is drawn out here: not whether this question
 * is saved, not how many are (the page could read either). The frame has one fixed height whatever
 * it holds, so its size says nothing either.
 */
export function NotebookFrame({ model, ask }: { model: SidebarModel; ask: AskFn }) {
  const [frame, setFrame] = useState<Result<{ url: string }> | null>(null);
  useEffect(() => void askSafely(ask, 'notebook.frame', {}).then(setFrame), [ask]);
  const context = useMemo(() => notebookContextFrom(model), [model]);
  if (!context) return <p class="small muted">This page lacks the UIN and date needed to save it.</p>;
  if (!frame) return null;
  if (!frame.ok) return <p class="small muted">The notebook is not available just now: {frame.error.message}</p>;
  return (
    <iframe
      data-notebook="frame"
      title="Your note on this question (private: only in this browser)"
      src={`${frame.value.url}${contextFragment(context)}`}
      style={{ display: 'block', width: '100%', height: '232px', border: '0', marginTop: '8px' }}
    />
  );
}
