import type { FetchScope } from '../../src/background/fetch-scope';

/** A handler scope for router tests: no network, never stale. */
export const noNetworkScope = (): FetchScope => ({
  getJson: async () => ({ ok: false, error: { code: 'internal', message: 'no network in this test' } }),
  staleSince: () => null,
});
