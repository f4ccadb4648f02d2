/**
 * The keys the sidebar answers to, in the words the panel shows them (issue 17). The toggle is the
 * manifest's suggested key for the `toggle-sidebar` command (test/sidebar/keys.test.ts checks they
 * agree); a reader may change it in the browser's shortcut settings, which a content script cannot
 * read, so the panel says so.
 */
export const TOGGLE_SHORTCUT = 'Alt+Shift+L';
