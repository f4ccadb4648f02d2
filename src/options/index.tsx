/** Options page entry (manifest options_ui): settings, the notebook, export and import. */
import { render } from 'preact';
import { ask } from '../protocol/ask';
import { OptionsApp } from './OptionsApp';

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<OptionsApp ask={ask} />, root);
}
