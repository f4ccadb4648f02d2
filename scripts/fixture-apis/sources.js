// Where the offline world's data comes from, in two tiers (docs/DESIGN.md, "Fixture data"):
//
// - ours, always: test/fixtures/api/ holds records the team wrote to the real API shapes (the seed,
//   a Lords question, and one of each kind a reader meets: a table answer, a grouped pair, a holding
//   answer, an unanswered question and a freshly answered one with null headings), the members they
//   name, a handful of TheyWorkForYou policies. A fresh clone runs the demo and the tests on these.
// - ../shared, when present (the team's machines, CI): the real Written Questions corpus months, the
//   recorded Commons roster and Lords division, the recorded division searches, TWFY Votes' policy index.
//   They came from other public repositories, so they are read in place and never copied in here.
//
// Every reader of fixture data goes through these functions, so "is ../shared here?" is asked in one place.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasShared, sharedPath } from '../lib/shared-dir.js';
import { poolQuestions, poolRoster } from './test-pool.js';

// A file path, not a URL: under a DOM test environment the global URL is not Node's.
const OWN_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/api');

/** The corpus months ../shared holds: Dec 2023 (long answered), Nov 2024 and Nov 2025 (scraped while current). */
export const CORPUS_MONTHS = /** @type {const} */ (['2023-12', '2024-11', '2025-11']);

/** @typedef {import('./data.js').QuestionItem} QuestionItem */
/** @typedef {{ id: number, question_text: string, answer_text: string }} FullText */
/** @typedef {{ month: string, listItems: QuestionItem[], fullTexts: FullText[] }} CorpusMonth */
/** @typedef {Record<string, any>} Json */

/** @param {string} rel */
const readOwn = (rel) => readFileSync(path.join(OWN_DIR, rel), 'utf8');
/** @param {string} rel */
const readOwnJson = (rel) => JSON.parse(readOwn(rel));
/** @param {string} rel */
const readSharedJson = (rel) => JSON.parse(readFileSync(sharedPath(rel), 'utf8'));
/** @param {string} text */
const jsonLines = (text) => text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

/** @type {CorpusMonth[] | null} */
let months = null;

/**
 * The real corpus, month by month; [] without ../shared. A month whose files are missing is left out
 * (a partial shared folder still serves what it has).
 * @returns {CorpusMonth[]}
 */
export function corpusMonths() {
  if (months) return months;
  months = [];
  if (!hasShared()) return months;
  for (const month of CORPUS_MONTHS) {
    const list = sharedPath(`corpus/questions-list-${month}.jsonl`);
    const full = sharedPath(`corpus/questions-full-text-${month}.jsonl`);
    if (!existsSync(list)) continue;
    months.push({
      month,
      listItems: jsonLines(readFileSync(list, 'utf8')),
      fullTexts: existsSync(full) ? jsonLines(readFileSync(full, 'utf8')) : [],
    });
  }
  return months;
}

/** QuestionsViewModel values the team wrote (test/fixtures/api/constructed-questions.json). @returns {Json[]} */
export const ownQuestions = () => readOwnJson('constructed-questions.json');

/**
 * Generated questions, each with its own members and topic, for the browser tests that need pages
 * nothing has cached yet (test-pool.js); only without ../shared, whose corpus serves that purpose.
 * @returns {Json[]}
 */
export const testPoolQuestions = () => (hasShared() ? [] : poolQuestions());

/**
 * The heading a TheyWorkForYou page prints for one of our records whose API heading is still null
 * (TWFY imports a question once answered and gives it a heading; the API can lag). From the
 * provenance sidecar, so the served JSON carries nothing the real API lacks.
 * @returns {Map<number, string>}
 */
export function ownPageHeadings() {
  const provenance = readOwnJson('constructed-questions.provenance.json');
  return new Map(Object.entries(provenance).flatMap(([id, p]) => (p && typeof p.pageHeading === 'string' ? [[Number(id), p.pageHeading]] : [])));
}

/** Recorded Commons division 1873 (all 650 MPs of 25 Nov 2024, with their votes), or null without ../shared. @returns {Json | null} */
export function recordedCommonsDivision1873() {
  return hasShared() ? readSharedJson('reference/samples/commonsvotes-api/snommoc-division-1873.json') : null;
}

/** The recorded Commons divisions search (25 divisions), [] without ../shared. @returns {Json[]} */
export function recordedCommonsSearch() {
  return hasShared() ? readSharedJson('reference/samples/commonsvotes-api/snommoc-divisions-search.json') : [];
}

/** The recorded Lords divisions search (one division with its lists), [] without ../shared. @returns {Json[]} */
export function recordedLordsSearch() {
  return hasShared() ? readSharedJson('reference/samples/lordsvotes-api/snommoc-divisions-search.json') : [];
}

/** Our own fictional members' ids (the test pool's too) start at 9,900,000, far above any real Parliament id (about 5,500 by 2026). @param {number} id */
export const isFictionalMember = (id) => id >= 9_900_000;

/** @template T @param {T[]} list @param {(item: T) => number} idOf */
function uniqueById(list, idOf) {
  const seen = new Set();
  return list.filter((item) => !seen.has(idOf(item)) && seen.add(idOf(item)));
}

/**
 * Commons members as Commons Votes lists them (MemberId, Name, Party, PartyColour, PartyAbbreviation,
 * MemberFrom, ListAs): the recorded roster of Nov 2024 when present, then our own members it lacks.
 * @returns {Json[]}
 */
export function commonsRoster() {
  const division = recordedCommonsDivision1873();
  const recorded = division
    ? ['AyeTellers', 'NoTellers', 'Ayes', 'Noes', 'NoVoteRecorded'].flatMap((list) => division[list] ?? [])
    : [];
  const pool = hasShared() ? [] : poolRoster();
  return uniqueById([...recorded, ...readOwnJson('own-roster.json').commons, ...pool], (m) => m.MemberId);
}

/**
 * Peers as Lords Votes lists them (memberId, name, listAs, memberFrom, party, …): those of the recorded
 * Lords division when present, then our own.
 * @returns {Json[]}
 */
export function lordsRoster() {
  const recorded = recordedLordsSearch().flatMap((d) => [...d.contentTellers, ...d.notContentTellers, ...d.contents, ...d.notContents]);
  return uniqueById([...recorded, ...readOwnJson('own-roster.json').lords], (m) => m.memberId);
}

/**
 * TheyWorkForYou Votes policies as `id | status | chamber | groups | name` lines: the full index
 * (158) when present, else our handful.
 * @returns {string}
 */
export function policyIndexText() {
  return hasShared() ? readFileSync(sharedPath('reference/samples/twfy-votes/policies-index.txt'), 'utf8') : readOwn('own-policies-index.txt');
}

/**
 * TheyWorkForYou's own context descriptions by policy id ("greater regulation of gambling"), from
 * reference/votes/policies.json when present; empty without it (the fake then uses the name).
 * @returns {Map<number, string>}
 */
export function policyContextDescriptions() {
  const file = 'reference/votes/policies.json';
  if (!hasShared() || !existsSync(sharedPath(file))) return new Map();
  return new Map(readSharedJson(file).policies.map((/** @type {Json} */ p) => [p.id, p.contextDescription ?? '']));
}

/**
 * Real Commons divisions (id, date, number, title) from reference/votes/divisions.json, [] without it:
 * what a topic search can find. Their member lists are not in the file.
 * @returns {Json[]}
 */
export function realCommonsDivisionTitles() {
  const file = 'reference/votes/divisions.json';
  if (!hasShared() || !existsSync(sharedPath(file))) return [];
  return readSharedJson(file).divisions.filter((/** @type {Json} */ d) => d.house === 'commons');
}

/** TWFY Votes comparison period slugs, lower-cased ("all_time", "labour_2024", …). @returns {string[]} */
export function comparisonPeriods() {
  if (hasShared()) {
    const toml = readFileSync(sharedPath('reference/samples/twfy-votes/comparison_periods.toml'), 'utf8');
    return [...toml.matchAll(/slug = "([A-Z0-9_]+)"/g)].map((m) => (m[1] ?? '').toLowerCase());
  }
  return readOwn('own-comparison-periods.txt').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}
