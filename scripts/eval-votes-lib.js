// The votes relevance evaluation (issue 16): the labelled set of test/fixtures/votes-relevance/
// against what the extension would show, for `npm run eval:votes` and test/extract/votes-relevance.test.ts.
// The matcher is passed in (the CLI bundles src/ with esbuild, the test imports it), so both run
// the production functions the background handlers call. The data is read from ../shared.
import { readFileSync } from 'node:fs';
import { sharedPath } from './lib/shared-dir.js';

/**
 * @typedef {{ id: string, house: string, date: string, title: string }} DivisionRow
 * @typedef {{ id: number, name: string, status: string, chamber: string, groups: string[], contextDescription?: string }} PolicyRow
 * @typedef {{ id: number, split: 'tune' | 'heldout', divisions: string[], policies: number[], offTopicDivisions: string[], offTopicPolicies: number[] }} Label
 * @typedef {{ id: number, heading: string, body: string, answered: string }} Question
 * @typedef {{
 *   topicTerms: (heading: string) => string[],
 *   divisionSearchTerm: (terms: readonly string[]) => string | null,
 *   divisionReason: (title: string, term: string) => string | null,
 *   pickPolicies: (policies: readonly any[], terms: readonly string[], groups: readonly string[]) => { policy: any }[],
 *   policyGroupsForDepartment: (department: string | null) => string[],
 *   yearsBefore: (isoDate: string, years: number) => string,
 * }} Matcher
 */

export const LABELS_URL = new URL('../test/fixtures/votes-relevance/labels.json', import.meta.url);
/** The handler's window (votes-divisions.ts WINDOW_YEARS_BEFORE): divisions from two years before the answer on. */
const WINDOW_YEARS_BEFORE = 2;

const readJson = (/** @type {string | URL} */ file) => JSON.parse(readFileSync(file, 'utf8'));
const readJsonl = (/** @type {string} */ file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

/** @returns {{ labels: Label[] }} */
export const loadLabels = () => readJson(LABELS_URL);

/** The real data the set was labelled on: corpus list items, Commons divisions, TWFY policies. */
export function loadSharedData() {
  /** @type {Map<number, Question>} */
  const questions = new Map();
  for (const month of ['2023-12', '2024-11', '2025-11']) {
    for (const { value: q } of readJsonl(sharedPath(`corpus/questions-list-${month}.jsonl`))) {
      if (q.heading && q.dateAnswered) questions.set(q.id, { id: q.id, heading: q.heading, body: q.answeringBodyName, answered: q.dateAnswered.slice(0, 10) });
    }
  }
  /** @type {DivisionRow[]} */
  const divisions = readJson(sharedPath('reference/votes/divisions.json')).divisions.filter((/** @type {DivisionRow} */ d) => d.house === 'commons');
  /** @type {PolicyRow[]} */
  const policies = readJson(sharedPath('reference/votes/policies.json')).policies.filter((/** @type {PolicyRow} */ p) => p.chamber === 'commons' && p.status === 'active');
  return { questions, divisions, policies };
}

/** The Commons divisions a reader could be shown for a question: the handler's window, up to the newest we have. */
export const divisionsInWindow = (/** @type {DivisionRow[]} */ divisions, /** @type {string} */ fromDate) => divisions.filter((d) => d.date >= fromDate);

/**
 * What the extension shows for one question, composed as the handlers compose it:
 * votes-divisions.ts searches member votes with the first specific term (the Votes API matches any
 * substring of the title, case-insensitive) from two years before the answer and keeps titles
 * divisionReason accepts; votes-policies.ts picks from the member's policies (here every active
 * Commons policy, described by its context description as the TWFY API sends it).
 * @param {Matcher} m @param {Question} q @param {DivisionRow[]} divisions @param {PolicyRow[]} policies
 */
export function shownFor(m, q, divisions, policies) {
  const terms = m.topicTerms(q.heading);
  const fromDate = m.yearsBefore(q.answered, WINDOW_YEARS_BEFORE);
  const searchTerm = m.divisionSearchTerm(terms);
  const shownDivisions = searchTerm
    ? divisionsInWindow(divisions, fromDate).filter((d) => d.title.toLowerCase().includes(searchTerm.toLowerCase()) && m.divisionReason(d.title, searchTerm))
    : [];
  const texts = policies.map((p) => ({ ...p, description: (p.contextDescription ?? '').trim() || p.name, groups: p.groups }));
  const shownPolicies = m.pickPolicies(texts, terms, m.policyGroupsForDepartment(q.body)).map((pick) => pick.policy);
  return { terms, searchTerm, fromDate, divisions: shownDivisions, policies: shownPolicies };
}

/** @typedef {{ shown: number, onTopic: number, labelled: number, found: number, falsePositives: string[], misses: string[] }} Tally */
const emptyTally = () => /** @type {Tally} */ ({ shown: 0, onTopic: 0, labelled: 0, found: 0, falsePositives: [], misses: [] });

/**
 * Precision (shown items on topic) and recall (on-topic items shown), micro-averaged over the
 * questions of each split, for divisions and for policies.
 * @param {Matcher} m @param {ReturnType<typeof loadSharedData>} data @param {Label[]} labels
 */
export function evaluate(m, data, labels) {
  /** @type {Record<string, { questions: number, divisions: Tally, policies: Tally }>} */
  const bySplit = {};
  const titles = new Map(data.divisions.map((d) => [d.id, d.title]));
  const names = new Map(data.policies.map((p) => [p.id, p.name]));
  for (const label of labels) {
    const q = data.questions.get(label.id);
    if (!q) throw new Error(`labelled question ${label.id} is not in the corpus`);
    const shown = shownFor(m, q, data.divisions, data.policies);
    for (const split of [label.split, 'all']) {
      const s = (bySplit[split] ??= { questions: 0, divisions: emptyTally(), policies: emptyTally() });
      s.questions += 1;
      const tag = `${q.id} "${q.heading}" [${shown.terms.join(', ')}]`;
      tally(s.divisions, shown.divisions.map((d) => d.id), label.divisions, label.offTopicDivisions, (id) => `${tag}: ${id} ${titles.get(id) ?? '?'}`);
      tally(s.policies, shown.policies.map((p) => p.id), label.policies, label.offTopicPolicies, (id) => `${tag}: ${id} ${names.get(id) ?? '?'}`);
    }
  }
  return bySplit;
}

/**
 * A shown item that was never judged (not in the pool the labels were made from) counts as off
 * topic and is marked "unjudged" in the list, so a matcher change that finds new items is looked at.
 * @template T @param {Tally} t @param {T[]} shown @param {T[]} onTopic @param {T[]} offTopic @param {(id: T) => string} describe
 */
function tally(t, shown, onTopic, offTopic, describe) {
  const want = new Set(onTopic);
  const judgedOff = new Set(offTopic);
  t.shown += shown.length;
  t.labelled += want.size;
  for (const id of shown) {
    if (want.has(id)) t.onTopic += 1;
    else t.falsePositives.push(`${judgedOff.has(id) ? '' : '(unjudged) '}${describe(id)}`);
  }
  t.found += shown.filter((id) => want.has(id)).length;
  const got = new Set(shown);
  for (const id of want) if (!got.has(id)) t.misses.push(describe(id));
}

/** Precision with nothing shown is 1: showing nothing is never off topic. */
export const precision = (/** @type {Tally} */ t) => (t.shown === 0 ? 1 : t.onTopic / t.shown);
export const recall = (/** @type {Tally} */ t) => (t.labelled === 0 ? 1 : t.found / t.labelled);
