import { memoized } from './memoized';

/** The keys the panel answers to, where a reader can find them. Never changes. */
export const Shortcuts = memoized(function Shortcuts() {
  return (
    <details class="shortcuts" data-shortcuts>
      <summary>Keyboard shortcuts</summary>
      <dl class="small">
        <dt><kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>L</kbd></dt>
        <dd>Open the panel, or move into it; again from inside closes it (change it in the browser's extension shortcuts)</dd>
        <dt><kbd>Esc</kbd></dt>
        <dd>Close a figure's explanation, then the panel; you go back to where you were on the page</dd>
        <dt><kbd>Tab</kbd></dt>
        <dd>Move through the panel; each section's heading folds or unfolds it</dd>
        <dt><kbd>j</kbd> / <kbd>k</kbd> or arrows</dt>
        <dd>Next or previous item in a list of related questions</dd>
        <dt><kbd>←</kbd> / <kbd>→</kbd></dt>
        <dd>On the panel's left edge: make it wider or narrower</dd>
      </dl>
    </details>
  );
});
