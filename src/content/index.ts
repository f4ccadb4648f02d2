/**
 * Content script entry: pick the adapter by URL, then start the lens. Runs once per page.
 * Whatever goes wrong stays inside our try: the host page must never break because of us.
 */
import { adapterForUrl } from '../sites/registry';
import { reportQuietly } from './report-quietly';
import { startLens } from './start-lens';

function main(): void {
  const url = new URL(location.href);
  const adapter = adapterForUrl(url);
  if (!adapter) return;
  startLens(adapter, url, document).catch(reportQuietly);
}

try {
  main();
} catch (err) {
  reportQuietly(err);
}
