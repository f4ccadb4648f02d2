import { memoized } from './memoized';
import { TOGGLE_SHORTCUT } from './keys';

/** The keys, in plain words, at the foot of the panel (issue 17). Never changes. */
export const KeysNote = memoized(function KeysNote() {
  return (
    <footer class="keys" aria-labelledby="pl-keys-heading" data-lens-keys>
      <h2 id="pl-keys-heading">Keyboard</h2>
      <ul class="small">
        <li><kbd>{TOGGLE_SHORTCUT}</kbd> opens or closes this panel; when it opens, you are taken into it. Your browser's extension shortcut settings can change the keys.</li>
        <li><kbd>Esc</kbd> hides a figure's explanation in the page; in this panel it closes the panel and takes you back to where you were.</li>
        <li>On the page, the first <kbd>Tab</kbd> reaches “Go to Parliament Lens”.</li>
        <li>In related questions, <kbd>↓</kbd> or <kbd>j</kbd> moves to the next link, <kbd>↑</kbd> or <kbd>k</kbd> to the one before, and <kbd>Enter</kbd> opens it.</li>
      </ul>
    </footer>
  );
});
