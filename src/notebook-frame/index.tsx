/**
 * The notebook frame (issue 20): an extension page the sidebar embeds, so the reader's note is in a
 * document of the extension's origin that the web page's scripts cannot read or click into. Its only
 * input from the page is the question's context in the URL fragment (page data the page already has).
 */
import { render } from 'preact';
import { ask } from '../protocol/ask';
import { contextFromFragment } from '../protocol/notebook-context';
import { NoteEditor } from './NoteEditor';

const root = document.getElementById('app');
if (root) {
  const context = contextFromFragment(location.hash);
  root.textContent = '';
  if (context) render(<NoteEditor context={context} ask={ask} />, root);
  else root.textContent = 'This page cannot be saved (its question is not fully known).';
}
