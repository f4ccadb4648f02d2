/** The site adapters the content script knows, and the one (if any) for a page URL. */
import type { SiteAdapter } from './site-adapter';
import { theyworkforyouWrans } from './theyworkforyou-wrans';

const adapters: SiteAdapter[] = [theyworkforyouWrans];

/** The first adapter whose URL predicate accepts the page; null when no adapter annotates it. */
export function adapterForUrl(url: URL): SiteAdapter | null {
  return adapters.find((adapter) => adapter.matchesUrl(url)) ?? null;
}
