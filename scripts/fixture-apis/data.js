// The data behind the fake Written Questions and Members APIs, loaded once and only when first asked
// for. Our own records and members (test/fixtures/api/) are always served; when ../shared is beside
// the repository, so are the real corpus months (Dec 2023, Nov 2024, Nov 2025) with their full texts,
// the Commons roster of Nov 2024 (a recorded Commons Votes division) and the Lords Votes sample
// (sources.js decides; provenance for every file in test/fixtures/api/README.md). Nothing here invents a fact
// silently: every constructed value is either in a constructed-*.json file or made by a rule below
// that README.md spells out, and `source` on each member says where its name came from.
//
// Also used outside the fake APIs: memberById() gives the page renderer (scripts/lib/twfy-page.js)
// and the demo the same names the APIs serve.

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { commonsRoster, corpusMonths, isFictionalMember, lordsRoster, testPoolQuestions } from './sources.js';

const DEFAULT_DATA_DIR = new URL('../../test/fixtures/api/', import.meta.url);

/** Thumbnails are served by the (fake) Members API at its real address. */
export const MEMBERS_API_ORIGIN = 'https://members-api.parliament.uk';

/** @typedef {'Commons' | 'Lords'} House */
/** @typedef {{ rel: string, href: string, method: string }} Link */
/**
 * QuestionsViewModel as the Written Questions API sends it (OpenAPI component of that name).
 * @typedef {{
 *   id: number, askingMemberId: number, askingMember: MemberViewModel | null, house: House,
 *   memberHasInterest: boolean, dateTabled: string, dateForAnswer: string, uin: string,
 *   questionText: string | null, answeringBodyId: number, answeringBodyName: string | null,
 *   isWithdrawn: boolean, isNamedDay: boolean, groupedQuestions: string[] | null,
 *   answerIsHolding: boolean | null, answerIsCorrection: boolean | null,
 *   answeringMemberId: number | null, answeringMember: MemberViewModel | null,
 *   correctingMemberId: number | null, correctingMember: MemberViewModel | null,
 *   dateAnswered: string | null, answerText: string | null, originalAnswerText: string | null,
 *   comparableAnswerText: string | null, dateAnswerCorrected: string | null,
 *   dateHoldingAnswer: string | null, attachmentCount: number, heading: string | null,
 *   attachments: unknown[] | null, groupedQuestionsDates: { questionUin: string, dateTabled: string }[] | null,
 * }} QuestionValue
 */
/** @typedef {{ value: QuestionValue, links: Link[] }} QuestionItem */
/**
 * One question as both endpoints serve it.
 * @typedef {object} QuestionRecord
 * @property {number} id
 * @property {QuestionItem} listItem   what GET …/questions returns for it (texts truncated)
 * @property {QuestionValue} fullValue what GET …/questions/{id} returns (full texts when we have them)
 * @property {boolean} hasFullText     whether fullValue has the full texts (else the list's truncated ones)
 * @property {boolean} constructed     a record of ours (constructed-questions.json), not from the corpus
 * @property {string} searchText       lower-cased heading, question and answer text (tags stripped) for searchTerm
 * @property {number} sortKey          the default order's key (see README.md), epoch ms
 */
/**
 * MemberViewModel (Written Questions API, expandMember=true).
 * @typedef {{ id: number, listAs: string | null, name: string | null, party: string | null, partyColour: string | null,
 *   partyAbbreviation: string | null, memberFrom: string | null, thumbnailUrl: string | null }} MemberViewModel
 */
/**
 * @typedef {object} Party
 * @property {string} name
 * @property {number} id
 * @property {'sample' | 'public-knowledge' | 'constructed'} idSource
 * @property {string | null} abbreviation
 * @property {string} colour
 * @property {boolean} isLordsMainParty
 * @property {number | null} governmentType
 * @property {boolean} isIndependentParty
 */
/**
 * Where a member's name, party and seat come from.
 * - `roster-2024-11`: reference/samples/commonsvotes-api/snommoc-division-1873.json (all 650 MPs, 25 Nov 2024)
 * - `lords-2024-11`: reference/samples/lordsvotes-api/snommoc-divisions-search.json (peers voting 20 Nov 2024)
 * - `division-2024-05-23`: test/fixtures/api/commons-division-2024-05-23-lda-1720037.json (name, party; no seat)
 * - `own`: a fictional member of our own records (test/fixtures/api/own-roster.json, ids from 9,900,000)
 * - `constructed`: nothing known; "Member <id>", no party, no seat
 * @typedef {'roster-2024-11' | 'lords-2024-11' | 'division-2024-05-23' | 'own' | 'constructed'} MemberSource
 */
/**
 * @typedef {object} MemberRecord
 * @property {number} id
 * @property {string} name            display name ("Sarah Champion")
 * @property {string} listAs          "Champion, Sarah"
 * @property {string | null} party
 * @property {string | null} partyAbbreviation
 * @property {string | null} partyColour
 * @property {string | null} constituency  Commons seat; null for peers and when unknown
 * @property {string | null} memberFrom    the seat, or the peerage type for peers ("Life peer")
 * @property {House} house            the latest house
 * @property {boolean} current        sits now (in the Nov 2024 roster or Lords sample)
 * @property {string | null} gender
 * @property {string} firstStart      ISO day the latest house membership began (mostly CONSTRUCTED, see README)
 * @property {string | null} end      ISO day it ended (CONSTRUCTED 2024-05-30 for MPs not in the Nov 2024 roster)
 * @property {MemberSource} source
 * @property {SeedBiography | null} seedBiography  hand-made biography (constructed-members.json)
 */
/**
 * @typedef {{ name: string, id?: number, startDate: string, endDate: string | null, additionalInfo?: string | null,
 *   constituencyStart?: string, constituencyEnd?: string | null }} SeedEntry
 * @typedef {{ representations: SeedEntry[], partyAffiliations: SeedEntry[], governmentPosts: SeedEntry[],
 *   oppositionPosts: SeedEntry[], otherPosts: SeedEntry[] }} SeedBiography
 */
/**
 * BiographyItem / RepresentationItem (Members API).
 * @typedef {{ constituencyStart?: string, constituencyEnd?: string | null, house: number, name: string, id: number,
 *   startDate: string, endDate: string | null, additionalInfo: string | null, additionalInfoLink: string | null }} BiographyEntry
 * @typedef {{ representations: BiographyEntry[], electionsContested: BiographyEntry[], houseMemberships: BiographyEntry[],
 *   governmentPosts: BiographyEntry[], oppositionPosts: BiographyEntry[], otherPosts: BiographyEntry[],
 *   partyAffiliations: BiographyEntry[], committeeMemberships: BiographyEntry[] }} MemberBiography
 */
/**
 * @typedef {object} FixtureData
 * @property {QuestionRecord[]} questions              in the API's default order
 * @property {Map<number, QuestionRecord>} questionsById
 * @property {Map<number, MemberRecord>} members
 * @property {Map<string, Party>} parties              by name
 * @property {Set<number>} referencedMemberIds         every asking/answering/correcting member of a served question
 * @property {Map<number, AnsweredFor[]>} answeredFor  answering member → the bodies they answered for
 */
/** @typedef {{ bodyId: number, bodyName: string, house: House, first: string, last: string }} AnsweredFor */
/** @typedef {{ dataDir?: string | URL }} DataOptions */

/** @type {Map<string, FixtureData>} */
const cache = new Map();

/**
 * Everything the fake APIs serve, built on first use and cached per directory pair.
 * @param {DataOptions} [options] dataDir: the folder of our recorded and constructed files (default test/fixtures/api/)
 * @returns {FixtureData}
 */
export function loadFixtureData(options = {}) {
  const dataDir = dirUrl(options.dataDir ?? DEFAULT_DATA_DIR);
  const key = dataDir.href;
  let data = cache.get(key);
  if (!data) {
    data = buildData(dataDir);
    cache.set(key, data);
  }
  return data;
}

/**
 * A member as the page renderer and the demo want them, or null for an id we know nothing about.
 * Constructed members (nothing real found) come back as "Member <id>" with `constructed: true`.
 * @param {number} id
 * @param {FixtureData} [data]
 * @returns {{ id: number, name: string, party: string | null, partyAbbreviation: string | null,
 *   constituency: string | null, house: House, constructed: boolean } | null}
 */
export function memberById(id, data = loadFixtureData()) {
  const m = data.members.get(Number(id));
  if (!m) return null;
  return {
    id: m.id, name: m.name, party: m.party, partyAbbreviation: m.partyAbbreviation, constituency: m.constituency,
    house: m.house, constructed: m.source === 'constructed',
  };
}

/** @param {number} id */
export const thumbnailUrlFor = (id) => `${MEMBERS_API_ORIGIN}/api/Members/${id}/Thumbnail`;

/**
 * MemberViewModel for expandMember=true, or null when the id is unknown.
 * @param {FixtureData} data
 * @param {number | null | undefined} id
 * @returns {MemberViewModel | null}
 */
export function memberViewModel(data, id) {
  if (id === null || id === undefined) return null;
  const m = data.members.get(id);
  if (!m) return null;
  return {
    id: m.id, listAs: m.listAs, name: m.name, party: m.party, partyColour: m.partyColour,
    partyAbbreviation: m.partyAbbreviation, memberFrom: m.memberFrom, thumbnailUrl: thumbnailUrlFor(m.id),
  };
}

// ---- texts -----------------------------------------------------------------------------------

/** The list endpoint's cut: question text at 255 characters; answer text tag-stripped, at 255 + "...". */
export const LIST_TEXT_LIMIT = 255;

/** @param {string} html */
export const stripTags = (html) => html.replace(/<[^>]*>/g, '');

/**
 * The list form of an answer, as the corpus shows the real API makes it (checked against all 840
 * full texts in test/fixture-apis/data.test.ts): tags removed, entities left alone, cut at 255, "..." added.
 * @param {string | null} answerHtml
 */
export function listAnswerText(answerHtml) {
  if (answerHtml === null || answerHtml === undefined) return answerHtml;
  const text = stripTags(answerHtml);
  return text.length > LIST_TEXT_LIMIT ? `${text.slice(0, LIST_TEXT_LIMIT)}...` : text;
}

/** @param {string | null} questionText */
export function listQuestionText(questionText) {
  return questionText === null || questionText === undefined ? questionText : questionText.slice(0, LIST_TEXT_LIMIT);
}

/** @param {string} text */
function decodeEntities(text) {
  const named = /** @type {Record<string, string>} */ ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' });
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body) => {
    const b = String(body);
    if (b[0] === '#') {
      const code = b[1] === 'x' || b[1] === 'X' ? parseInt(b.slice(2), 16) : parseInt(b.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return named[b.toLowerCase()] ?? whole;
  });
}

/** Lower-cased, tag-free, single-spaced: what searchTerm matches against. @param {...(string | null | undefined)} parts */
export function searchableText(...parts) {
  return normaliseForSearch(parts.filter(Boolean).map((p) => decodeEntities(stripTags(String(p)))).join(' \n '));
}

/** @param {string} text */
export const normaliseForSearch = (text) => text.replace(/\s+/g, ' ').trim().toLowerCase();

// ---- building ----------------------------------------------------------------------------------

/** @param {string | URL} dir */
function dirUrl(dir) {
  const url = dir instanceof URL ? new URL(dir.href) : /^[a-z][a-z0-9+.-]*:/i.test(dir) && !/^[a-z]:[\\/]/i.test(dir) ? new URL(dir) : pathToFileURL(dir);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** @param {URL} dir @param {string} rel */
const readJson = (dir, rel) => JSON.parse(readFileSync(new URL(rel, dir), 'utf8'));

/** "2023-12-08T00:00:00" (the API's zone-less form) → epoch ms, read as UTC. @param {string} apiDate */
export const apiDateMs = (apiDate) => Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(apiDate) ? apiDate : `${apiDate.length === 10 ? `${apiDate}T00:00:00` : apiDate}Z`);

/** @param {URL} dataDir @returns {FixtureData} */
function buildData(dataDir) {
  const constructedQuestions = /** @type {QuestionValue[]} */ (readJson(dataDir, 'constructed-questions.json'));

  /** @type {QuestionRecord[]} */
  const questions = [];
  // The real corpus months when ../shared is there (sources.js); none in a bare clone.
  for (const { listItems, fullTexts } of corpusMonths()) {
    const fullById = new Map(fullTexts.map((f) => [f.id, f]));
    for (const item of listItems) {
      const v = item.value;
      const full = fullById.get(v.id);
      // Nov 2024 and Nov 2025's full texts were scraped after their lists, so a question the list has
      // unanswered or held may have its later answer there. That answer is not put under the list's
      // unanswered or holding state (the real API never sends such a record): the list's text stays.
      const answeredSince = Boolean(full) && (v.answerText === null || v.answerIsHolding === true) && listAnswerText(full?.answer_text ?? null) !== v.answerText;
      const fullValue = full ? { ...v, questionText: full.question_text, answerText: answeredSince ? v.answerText : full.answer_text } : v;
      questions.push(questionRecord(item, fullValue, Boolean(full) && !answeredSince, false));
    }
  }
  for (const value of [...constructedQuestions, ...testPoolQuestions()]) {
    const listValue = { ...value, questionText: listQuestionText(value.questionText), answerText: listAnswerText(value.answerText) };
    questions.push(questionRecord({ value: listValue, links: selfLinks(value.id) }, value, true, true));
  }
  // Newest activity first; Array.prototype.sort is stable, so ties keep the corpus's own order.
  questions.sort((a, b) => b.sortKey - a.sortKey);

  const questionsById = new Map(questions.map((q) => [q.id, q]));
  if (questionsById.size !== questions.length) throw new Error('fixture-apis: duplicate question ids');

  const parties = new Map(
    /** @type {{ parties: Party[] }} */ (readJson(dataDir, 'parties.json')).parties.map((p) => [p.name, p]),
  );
  /** @type {Set<number>} */
  const referencedMemberIds = new Set();
  /** @type {Map<number, House>} */
  const houseOfReference = new Map();
  for (const { fullValue: v } of questions) {
    for (const id of [v.askingMemberId, v.answeringMemberId, v.correctingMemberId]) {
      if (typeof id === 'number') {
        referencedMemberIds.add(id);
        if (!houseOfReference.has(id)) houseOfReference.set(id, v.house);
      }
    }
  }
  const members = buildMembers(dataDir, parties, referencedMemberIds, houseOfReference);
  return { questions, questionsById, members, parties, referencedMemberIds, answeredFor: answeredForIndex(questions) };
}

/** @param {number} id @returns {Link[]} */
const selfLinks = (id) => [{ rel: 'self', href: `/Questions/${id}`, method: 'GET' }];

/**
 * @param {QuestionItem} listItem @param {QuestionValue} fullValue @param {boolean} hasFullText @param {boolean} constructed
 * @returns {QuestionRecord}
 */
function questionRecord(listItem, fullValue, hasFullText, constructed) {
  const v = fullValue;
  return {
    id: v.id, listItem, fullValue, hasFullText, constructed,
    searchText: searchableText(v.heading, v.questionText, v.answerText),
    sortKey: apiDateMs(v.dateAnswerCorrected ?? v.dateAnswered ?? v.dateTabled),
  };
}

/** @param {QuestionRecord[]} questions @returns {Map<number, AnsweredFor[]>} */
function answeredForIndex(questions) {
  /** @type {Map<number, Map<number, AnsweredFor>>} */
  const byMember = new Map();
  for (const { fullValue: v } of questions) {
    if (typeof v.answeringMemberId !== 'number' || !v.dateAnswered) continue;
    const day = v.dateAnswered.slice(0, 10);
    let bodies = byMember.get(v.answeringMemberId);
    if (!bodies) byMember.set(v.answeringMemberId, (bodies = new Map()));
    const seen = bodies.get(v.answeringBodyId);
    if (!seen) bodies.set(v.answeringBodyId, { bodyId: v.answeringBodyId, bodyName: v.answeringBodyName ?? '', house: v.house, first: day, last: day });
    else {
      if (day < seen.first) seen.first = day;
      if (day > seen.last) seen.last = day;
    }
  }
  return new Map([...byMember].map(([id, bodies]) => [id, [...bodies.values()].sort((a, b) => a.bodyId - b.bodyId)]));
}

// ---- members -------------------------------------------------------------------------------------

/**
 * CONSTRUCTED: the day a member's latest house membership began, when nothing real says. Parliament
 * member ids were handed out roughly in order of first election, so the id's band picks the general
 * election (or a by-election-era date) that fits. A plausible date, not a fact.
 * @param {number} id
 */
export function constructedFirstStart(id) {
  if (id < 1000) return '1997-05-01';
  if (id < 3900) return '2005-05-05';
  if (id < 4200) return '2010-05-06';
  if (id < 4350) return '2012-11-29';
  if (id < 4590) return '2015-05-07';
  if (id < 4730) return '2017-06-08';
  if (id < 4900) return '2019-12-12';
  if (id < 5000) return '2021-05-06';
  return '2024-07-04';
}

/** The 2024 dissolution: MPs missing from the Nov 2024 roster had left by then (CONSTRUCTED end date). */
export const DISSOLUTION_2024 = '2024-05-30';

/**
 * "Sir Liam Fox" → "Fox, Sir Liam" (the Members API's nameListAs pattern, "Starmer, Sir Keir").
 * CONSTRUCTED for members whose source has no list name: two-word surnames come out wrong.
 * @param {string} name
 */
export function listAsFromName(name) {
  const m = /^(Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\s+(.+)$/.exec(name.trim());
  const title = m?.[1] ?? '';
  const words = (m?.[2] ?? name.trim()).split(/\s+/);
  const surname = words.pop() ?? '';
  const given = [title, ...words].filter(Boolean).join(' ');
  return given ? `${surname}, ${given}` : surname;
}

/**
 * @param {URL} dataDir @param {Map<string, Party>} parties
 * @param {Set<number>} referenced @param {Map<number, House>} houseOfReference
 * @returns {Map<number, MemberRecord>}
 */
function buildMembers(dataDir, parties, referenced, houseOfReference) {
  /** @type {Map<number, MemberRecord>} */
  const members = new Map();
  /** @param {string | null | undefined} party */
  const partyInfo = (party) => (party ? parties.get(party) ?? null : null);

  // 1. Every MP of 25 Nov 2024 (recorded Commons Votes division 1873), then the MPs of our own records
  //    (the real ones among them carry the recorded roster's values; see own-roster.json).
  for (const r of commonsRoster()) {
    if (members.has(r.MemberId)) continue;
    members.set(r.MemberId, {
      id: r.MemberId, name: r.Name, listAs: r.ListAs ?? listAsFromName(r.Name), party: r.Party ?? null,
      partyAbbreviation: r.PartyAbbreviation ?? null, partyColour: r.PartyColour ?? null,
      constituency: r.MemberFrom ?? null, memberFrom: r.MemberFrom ?? null, house: 'Commons', current: true, gender: null,
      firstStart: constructedFirstStart(r.MemberId), end: null, source: isFictionalMember(r.MemberId) ? 'own' : 'roster-2024-11', seedBiography: null,
    });
  }

  // 2. Peers voting on 20 Nov 2024 (recorded Lords Votes search result), then the peers of our own records.
  for (const r of lordsRoster()) {
    if (members.has(r.memberId)) continue;
    members.set(r.memberId, {
      id: r.memberId, name: r.name, listAs: r.listAs ?? listAsFromName(r.name), party: r.party ?? null,
      partyAbbreviation: r.partyAbbreviation || null, partyColour: r.partyColour || null,
      constituency: null, memberFrom: r.memberFrom ?? null, house: 'Lords', current: true, gender: null,
      firstStart: constructedFirstStart(r.memberId), end: null, source: isFictionalMember(r.memberId) ? 'own' : 'lords-2024-11', seedBiography: null,
    });
  }

  // 3. MPs voting on 23 May 2024 who had gone by Nov 2024: name and party only.
  const may2024 = readJson(dataDir, 'commons-division-2024-05-23-lda-1720037.json');
  for (const v of /** @type {{ memberId: number, memberPrinted: string, memberParty: string }[]} */ (may2024.votes)) {
    if (members.has(v.memberId)) continue;
    const p = partyInfo(v.memberParty);
    members.set(v.memberId, {
      id: v.memberId, name: v.memberPrinted, listAs: listAsFromName(v.memberPrinted), party: v.memberParty,
      partyAbbreviation: p?.abbreviation ?? null, partyColour: p?.colour ?? null,
      constituency: null, memberFrom: null, house: 'Commons', current: false, gender: null,
      firstStart: constructedFirstStart(v.memberId), end: DISSOLUTION_2024, source: 'division-2024-05-23', seedBiography: null,
    });
  }

  // 4. Anyone a served question names and no data knows: a plainly constructed stand-in.
  for (const id of [...referenced].sort((a, b) => a - b)) {
    if (members.has(id)) continue;
    const house = houseOfReference.get(id) ?? 'Commons';
    members.set(id, {
      id, name: `Member ${id}`, listAs: `Member ${id}`, party: null, partyAbbreviation: null, partyColour: null,
      constituency: null, memberFrom: null, house, current: false, gender: null,
      firstStart: constructedFirstStart(id), end: DISSOLUTION_2024, source: 'constructed', seedBiography: null,
    });
  }

  // 5. Hand-made details for the seed's two members.
  const seeds = /** @type {{ members: Record<string, { gender?: string, firstElected?: string, biography?: SeedBiography }> }} */ (
    readJson(dataDir, 'constructed-members.json'));
  for (const [id, extra] of Object.entries(seeds.members)) {
    const m = members.get(Number(id));
    if (!m) throw new Error(`fixture-apis: constructed-members.json names member ${id}, who is in no member data`);
    if (extra.gender) m.gender = extra.gender;
    if (extra.firstElected) m.firstStart = extra.firstElected;
    if (extra.biography) m.seedBiography = extra.biography;
  }
  return members;
}

// ---- Members API shapes ------------------------------------------------------------------------

/** @param {string} day */
const apiDate = (day) => `${day.slice(0, 10)}T00:00:00`;
/** @param {string | null | undefined} day */
const apiDateOrNull = (day) => (day ? apiDate(day) : null);
/** @param {House} house */
const houseNumber = (house) => (house === 'Lords' ? 2 : 1);

/**
 * CONSTRUCTED stable ids for posts and constituencies we have no real id for: 91000–99999.
 * @param {string} text
 */
export function constructedId(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return 91000 + (h % 9000);
}

/**
 * The Member object of GET /api/Members/{id} (OpenAPI component Member), shaped like
 * reference/samples/members-api/member-172-from-test.json.
 * @param {FixtureData} data
 * @param {number} id
 */
export function memberValue(data, id) {
  const m = data.members.get(id);
  if (!m) return null;
  const party = m.party ? data.parties.get(m.party) ?? null : null;
  const isCommons = m.house === 'Commons';
  return {
    id: m.id,
    nameListAs: m.listAs,
    nameDisplayAs: m.name,
    nameFullTitle: isCommons && m.current ? `${m.name} MP` : m.name,
    nameAddressAs: null,
    latestParty: m.party
      ? {
        id: party?.id ?? constructedId(`party:${m.party}`),
        name: m.party,
        abbreviation: m.partyAbbreviation,
        backgroundColour: m.partyColour,
        foregroundColour: 'ffffff',
        isLordsMainParty: party?.isLordsMainParty ?? false,
        isLordsSpiritualParty: false,
        governmentType: party?.governmentType ?? null,
        isIndependentParty: party?.isIndependentParty ?? false,
      }
      : null,
    gender: m.gender,
    latestHouseMembership: {
      membershipFrom: m.memberFrom,
      membershipFromId: m.constituency ? constituencyIds(m)[0] : null,
      house: houseNumber(m.house),
      membershipStartDate: apiDate(m.firstStart),
      membershipEndDate: apiDateOrNull(m.end),
      membershipEndReason: null,
      membershipEndReasonNotes: null,
      membershipEndReasonId: null,
      // A current member's status as the samples show it; a former member's is null (as the
      // search sample's former peer has it).
      membershipStatus: m.current
        ? {
          statusIsActive: true, statusDescription: 'Current Member', statusNotes: null, statusId: 0, status: 0,
          statusStartDate: isCommons ? '2024-07-04T00:00:00' : apiDate(m.firstStart),
        }
        : null,
    },
    thumbnailUrl: thumbnailUrlFor(m.id),
  };
}

/** Seat ids: [current or last, earlier]. @param {MemberRecord} m */
function constituencyIds(m) {
  return [constructedId(`seat:${m.constituency}:2024`), constructedId(`seat:${m.constituency}:2010`)];
}

/** The links the real API puts beside a member (member-172-from-test.json). @param {number} id @returns {Link[]} */
export function memberLinks(id) {
  return [
    { rel: 'self', href: `/Members/${id}`, method: 'GET' },
    { rel: 'overview', href: `/Members/${id}`, method: 'GET' },
    { rel: 'synopsis', href: `/Members/${id}/Synopsis`, method: 'GET' },
    { rel: 'contactInformation', href: `/Members/${id}/Contact`, method: 'GET' },
  ];
}

/**
 * CONSTRUCTED post titles for what a member answered for. Answering for a department says they held
 * a post there, not which one, so the title names no rank. Bodies whose answerers are not ministers
 * (Church Commissioners, House of Commons Commission) give an "other" post.
 * @param {AnsweredFor} a
 * @returns {{ kind: 'governmentPosts' | 'otherPosts', name: string }}
 */
export function postForAnsweringBody(a) {
  switch (a.bodyId) {
    case 23: return { kind: 'governmentPosts', name: 'Prime Minister and First Lord of the Treasury' };
    case 34: return { kind: 'governmentPosts', name: 'Leader of the House of Commons' };
    case 9: return { kind: 'otherPosts', name: 'Second Church Estates Commissioner' };
    case 18: return { kind: 'otherPosts', name: 'Spokesperson for the House of Commons Commission' };
    default:
      return { kind: 'governmentPosts', name: a.house === 'Lords' ? `Government Spokesperson (${a.bodyName})` : `Minister (${a.bodyName})` };
  }
}

/** The Nov 2023 reshuffle and the July 2024 change of government bound the constructed posts. */
const POSTS_FROM = '2023-11-13';
const GOVERNMENT_ENDED = '2024-07-05';

/**
 * GET /api/Members/{id}/Biography's value (MemberBiography), CONSTRUCTED by the rules in README.md,
 * or from constructed-members.json for the seed's members.
 * @param {FixtureData} data
 * @param {number} id
 * @returns {MemberBiography | null}
 */
export function memberBiography(data, id) {
  const m = data.members.get(id);
  if (!m) return null;
  const house = houseNumber(m.house);
  /** @param {SeedEntry} e @param {number} fallbackId @returns {BiographyEntry} */
  const entry = (e, fallbackId) => ({
    house, name: e.name, id: e.id ?? fallbackId, startDate: apiDate(e.startDate), endDate: apiDateOrNull(e.endDate),
    additionalInfo: e.additionalInfo ?? null, additionalInfoLink: null,
  });
  /** @param {SeedEntry} e @returns {BiographyEntry} */
  const representation = (e) => ({
    constituencyStart: apiDate(e.constituencyStart ?? e.startDate), constituencyEnd: apiDateOrNull(e.constituencyEnd ?? e.endDate),
    ...entry(e, constructedId(`seat:${e.name}:${e.startDate}`)),
  });
  /** @type {MemberBiography} */
  const bio = {
    representations: [], electionsContested: [],
    houseMemberships: [{ house, name: m.house, id: house, startDate: apiDate(m.firstStart), endDate: apiDateOrNull(m.end), additionalInfo: m.name, additionalInfoLink: null }],
    governmentPosts: [], oppositionPosts: [], otherPosts: [], partyAffiliations: [], committeeMemberships: [],
  };

  const seed = m.seedBiography;
  if (seed) {
    bio.representations = seed.representations.map(representation);
    bio.partyAffiliations = seed.partyAffiliations.map((e) => entry(e, data.parties.get(e.name)?.id ?? constructedId(`party:${e.name}`)));
    bio.governmentPosts = seed.governmentPosts.map((e) => entry(e, constructedId(`post:${e.name}`)));
    bio.oppositionPosts = seed.oppositionPosts.map((e) => entry(e, constructedId(`post:${e.name}`)));
    bio.otherPosts = seed.otherPosts.map((e) => entry(e, constructedId(`post:${e.name}`)));
    return bio;
  }

  if (m.house === 'Commons' && m.constituency) {
    const [nowId, beforeId] = constituencyIds(m);
    // Like the real record of an MP re-elected in 2024 (snommoc-biography.json): the 2024 boundaries
    // made a new seat. The earlier seat's name is assumed to be the same.
    if (m.current && m.firstStart < '2024-07-04') {
      bio.representations.push(
        representation({ name: m.constituency, id: nowId, startDate: '2024-07-04', endDate: null, constituencyStart: '2024-05-31', constituencyEnd: null }),
        representation({ name: m.constituency, id: beforeId, startDate: m.firstStart, endDate: DISSOLUTION_2024, constituencyStart: '2010-05-06', constituencyEnd: DISSOLUTION_2024 }),
      );
    } else {
      bio.representations.push(representation({ name: m.constituency, id: nowId, startDate: m.firstStart, endDate: m.end }));
    }
  }
  if (m.party) {
    const partyId = data.parties.get(m.party)?.id ?? constructedId(`party:${m.party}`);
    bio.partyAffiliations.push(entry({ name: m.party, startDate: m.firstStart, endDate: m.end }, partyId));
  }
  for (const a of data.answeredFor.get(id) ?? []) {
    const post = postForAnsweringBody(a);
    const startDate = a.first < POSTS_FROM ? a.first : POSTS_FROM;
    const endDate = a.last < GOVERNMENT_ENDED ? GOVERNMENT_ENDED : null;
    bio[post.kind].push(entry({ name: post.name, startDate, endDate, additionalInfo: a.bodyName }, constructedId(`post:${post.name}`)));
  }
  return bio;
}
