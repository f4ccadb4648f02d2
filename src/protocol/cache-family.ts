/**
 * How long an API body may be kept (DESIGN.md §6): answered questions barely change, open ones and
 * searches do. Here in protocol/ because both clients/ (which pick a family per request) and
 * cache/ (which knows each family's max age) need it, and neither may import the other.
 */
export type CacheFamily = 'question-answered' | 'question-open' | 'question-search' | 'member' | 'votes';
