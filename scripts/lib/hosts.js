// The real hostnames the extension and its fixtures use. Tests and the demo serve every one of
// them from a local HTTPS fixture server (DESIGN.md §10): Chromium maps them with
// --host-resolver-rules, Firefox reaches them through the local CONNECT proxy. Anything not in
// this list is refused, so a request to another host shows up as a failure, not a silent leak.

/** Pages the content script runs on. */
export const PAGE_HOSTS = Object.freeze([
  'www.theyworkforyou.com',
  'theyworkforyou.com',
  'questions-statements.parliament.uk',
  'votes.parliament.uk',
  'members.parliament.uk',
]);

/** JSON APIs the background talks to (DESIGN.md §9: "only to them"). */
export const API_HOSTS = Object.freeze([
  'questions-statements-api.parliament.uk',
  'members-api.parliament.uk',
  'commonsvotes-api.parliament.uk',
  'lordsvotes-api.parliament.uk',
  'votes.theyworkforyou.com',
]);

/** Every host served locally. */
export const HOSTS = Object.freeze([...PAGE_HOSTS, ...API_HOSTS]);

/**
 * @param {string} host a hostname, optionally with `:port`
 * @returns {boolean} whether the host is one we serve
 */
export function isServedHost(host) {
  return HOSTS.includes(stripPort(host).toLowerCase());
}

/**
 * @param {string} host a hostname, optionally with `:port`
 * @returns {boolean} whether the host is one of the JSON APIs
 */
export function isApiHost(host) {
  return API_HOSTS.includes(stripPort(host).toLowerCase());
}

/**
 * `Host` headers and CONNECT targets carry a port; IPv6 literals keep their brackets.
 * @param {string} host
 * @returns {string}
 */
export function stripPort(host) {
  const m = /^(\[[^\]]*\]|[^:]*)(?::\d+)?$/.exec(host.trim());
  return m?.[1] ?? host;
}
