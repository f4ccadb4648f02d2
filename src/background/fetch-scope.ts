import type { GetJson } from '../clients/get-json';

/**
 * The API access one message's handler gets. It notes when an answer had to fall back on an old
 * cached copy because the API failed, so the router can tell the sidebar "showing data from
 * <date>" without every handler passing that along by hand.
 */
export interface FetchScope {
  getJson: GetJson;
  /** fetchedAt (ms) of the oldest cached copy served in place of a failed request; null when none. */
  staleSince(): number | null;
}
