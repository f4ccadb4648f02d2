// The divisions behind the fake Commons and Lords Votes APIs, in each API's own casing. Real: the 25
// Commons divisions of the recorded search (member lists empty, as search sends them), division 1873
// with its full lists, and Lords division 3172 with its lists (../shared/reference/samples). Constructed:
// test/fixtures/api/constructed-divisions.json, whose member lists are built here by its party rule
// over the real rosters. `constructed` is kept beside each division, never served.

import { readFileSync } from 'node:fs';
import { commonsRoster, isFictionalMember, lordsRoster, realCommonsDivisionTitles, recordedCommonsDivision1873, recordedCommonsSearch, recordedLordsSearch } from './sources.js';

const DATA_DIR = new URL('../../test/fixtures/api/', import.meta.url);

/** @typedef {Record<string, any>} Json */
/**
 * `sideOf`, when present, says how a member voted in a division whose lists we do not have (the real
 * titles of reference/votes/divisions.json): CONSTRUCTED, see realTitleDivisions.
 * @typedef {{ division: Json, constructed: boolean, time: number, sideOf?: (memberId: number) => { aye: boolean, teller: boolean } | null }} StoredDivision
 */

/** @type {{ commons: StoredDivision[], lords: StoredDivision[] } | null} */
let cached = null;

const readJson = (/** @type {string | URL} */ file) => JSON.parse(readFileSync(file, 'utf8'));
const dayMs = (/** @type {string} */ apiDate) => Date.parse(`${apiDate.slice(0, 10)}T00:00:00Z`);

/** @returns {{ commons: StoredDivision[], lords: StoredDivision[] }} newest first */
export function loadDivisions() {
  if (cached) return cached;
  // Recorded divisions only with ../shared; the constructed ones always, over whichever roster there is.
  const search = recordedCommonsSearch();
  const full1873 = recordedCommonsDivision1873();
  const lordsSample = recordedLordsSearch();
  const constructed = readJson(new URL('constructed-divisions.json', DATA_DIR));

  // Our fictional members sit out the constructed divisions: those stand for real votes of real members.
  const real = (/** @type {Json[]} */ roster, /** @type {string} */ id) => roster.filter((m) => !isFictionalMember(m[id]));
  const recorded = search.map((/** @type {Json} */ d) => (d.DivisionId === full1873?.DivisionId ? full1873 : d)).map((/** @type {Json} */ d) => stored(d, false));
  // With ../shared the real division titles stand in for the constructed Online Safety Bill ones.
  const titles = realTitleDivisions(new Set(recorded.map((r) => r.division.DivisionId)), real(commonsRoster(), 'MemberId'));
  const commons = [
    ...recorded,
    ...(titles.length > 0 ? titles : constructed.commons.map((/** @type {Json} */ c) => stored(buildCommons(c, real(commonsRoster(), 'MemberId')), true))),
  ];
  const peers = real(lordsRoster(), 'memberId');
  const lords = [
    ...lordsSample.map((/** @type {Json} */ d) => stored(d, false)),
    ...constructed.lords.map((/** @type {Json} */ c) => stored(buildLords(c, peers), true)),
  ];
  const newestFirst = (/** @type {StoredDivision} */ a, /** @type {StoredDivision} */ b) => b.time - a.time;
  cached = { commons: commons.sort(newestFirst), lords: lords.sort(newestFirst) };
  return cached;
}

/** Where a real division without a Commons Votes id gets one: far above the real ids (about 2,000 by 2026). */
const DERIVED_ID_BASE = 8_000_000;

/**
 * The real Commons divisions of reference/votes/divisions.json (title, date, number REAL; DivisionId
 * real where the file has it, else DERIVED_ID_BASE + its place in the file, whose links lead nowhere)
 * that the recorded samples do not already hold. Who voted which way is CONSTRUCTED: a fixed hash of
 * (member, division) over the real roster (about 4 in 10 aye, 3 in 10 no, the rest absent; no
 * tellers); counts likewise. Nobody's real vote is claimed.
 * @param {Set<number>} known @param {Json[]} roster @returns {StoredDivision[]}
 */
function realTitleDivisions(known, roster) {
  const members = new Set(roster.map((m) => m.MemberId));
  return realCommonsDivisionTitles().flatMap((d, index) => {
    const id = typeof d.divisionId === 'number' ? d.divisionId : DERIVED_ID_BASE + index;
    if (known.has(id)) return [];
    const h = hash(d.id);
    const division = {
      DivisionId: id, Date: `${d.date}T19:00:00`, PublicationUpdated: `${d.date}T19:00:00`, Number: d.number, IsDeferred: false, EVELType: '', EVELCountry: '',
      Title: d.title, AyeCount: 200 + (h % 150), NoCount: 150 + (Math.floor(h / 150) % 150),
      DoubleMajorityAyeCount: null, DoubleMajorityNoCount: null, AyeTellers: [], NoTellers: [], Ayes: [], Noes: [],
      FriendlyDescription: null, FriendlyTitle: null, NoVoteRecorded: [], RemoteVotingStart: null, RemoteVotingEnd: null,
    };
    const sideOf = (/** @type {number} */ memberId) => {
      if (!members.has(memberId)) return null;
      const v = hash(`${memberId}:${d.id}`) % 10;
      return v < 4 ? { aye: true, teller: false } : v < 7 ? { aye: false, teller: false } : null;
    };
    return [{ ...stored(division, true), sideOf }];
  });
}

/** FNV-1a, 32 bits: the same input always makes the same constructed vote. @param {string} text */
function hash(text) {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

/** @param {Json} division @param {boolean} constructed @returns {StoredDivision} */
function stored(division, constructed) {
  return { division, constructed, time: dayMs(division.Date ?? division.date) };
}

/**
 * A PublishedDivision from a constructed rule: each roster member of a party in `sides` votes that
 * way unless a teller or `absent`; tellers are taken out of the lists, as the API does.
 * @param {Json} c @param {Json[]} roster
 */
function buildCommons(c, roster) {
  const tellerIds = new Set([...c.tellers.aye, ...c.tellers.no]);
  const absent = new Set(c.absent);
  const pick = (/** @type {string} */ side) => roster.filter((m) => c.sides[m.Party] === side && !tellerIds.has(m.MemberId) && !absent.has(m.MemberId));
  const byId = (/** @type {number} */ id) => roster.find((m) => m.MemberId === id);
  const ayes = pick('aye');
  const noes = pick('no');
  const ayeTellers = c.tellers.aye.map(byId).filter(Boolean);
  const noTellers = c.tellers.no.map(byId).filter(Boolean);
  const voted = new Set([...ayes, ...noes, ...ayeTellers, ...noTellers].map((m) => m.MemberId));
  return {
    DivisionId: c.DivisionId, Date: c.Date, PublicationUpdated: c.Date, Number: c.Number, IsDeferred: false, EVELType: '', EVELCountry: '',
    Title: c.Title, AyeCount: ayes.length + ayeTellers.length, NoCount: noes.length + noTellers.length,
    DoubleMajorityAyeCount: null, DoubleMajorityNoCount: null,
    AyeTellers: ayeTellers, NoTellers: noTellers, Ayes: ayes, Noes: noes,
    FriendlyDescription: null, FriendlyTitle: null,
    NoVoteRecorded: roster.filter((m) => !voted.has(m.MemberId)),
    RemoteVotingStart: null, RemoteVotingEnd: null,
  };
}

/** A Lords DivisionViewModel from a constructed rule over the peers of the real sample. @param {Json} c @param {Json[]} peers */
function buildLords(c, peers) {
  const tellerIds = new Set([...c.tellers.content, ...c.tellers['not-content']]);
  const absent = new Set(c.absent);
  const byId = (/** @type {number} */ id) => peers.find((m) => m.memberId === id);
  const contentTellers = c.tellers.content.map(byId).filter(Boolean);
  const notContentTellers = c.tellers['not-content'].map(byId).filter(Boolean);
  // Lords tellers also appear in the lists (as in division 3172, where the Earl of Courtown is in both).
  const pick = (/** @type {string} */ side) => peers.filter((m) => (c.sides[m.party] === side || (side === 'content' ? c.tellers.content : c.tellers['not-content']).includes(m.memberId)) && !absent.has(m.memberId));
  const contents = pick('content');
  const notContents = pick('not-content');
  return {
    divisionId: c.divisionId, date: c.date, number: c.number, notes: c.notes, title: c.title,
    isWhipped: false, isGovernmentContent: false,
    authoritativeContentCount: contents.length, authoritativeNotContentCount: notContents.length,
    divisionHadTellers: tellerIds.size > 0, tellerContentCount: contents.length, tellerNotContentCount: notContents.length,
    memberContentCount: contents.length - contentTellers.length, memberNotContentCount: notContents.length - notContentTellers.length,
    sponsoringMemberId: null, isHouse: true, amendmentMotionNotes: null, isGovernmentWin: null,
    remoteVotingStart: null, remoteVotingEnd: null, divisionWasExclusivelyRemote: false,
    contentTellers, notContentTellers, contents, notContents,
  };
}


/**
 * Division titles are matched as the APIs describe: "containing search term within title or number".
 * @param {string} title @param {number | null} number @param {string | undefined} term
 */
export function matchesSearchTerm(title, number, term) {
  if (term === undefined) return true;
  const t = term.trim().toLowerCase();
  return title.toLowerCase().includes(t) || (number !== null && String(number) === t);
}

/** @param {number} time @param {number | undefined} start @param {number | undefined} end */
export const withinDates = (time, start, end) => (start === undefined || time >= start) && (end === undefined || time <= end);
