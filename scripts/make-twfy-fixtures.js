#!/usr/bin/env node
// Writes the TheyWorkForYou fixture pages in test/fixtures/pages/twfy/ (HTML + index.json) from the
// seed text, the corpus and the reference samples in ../shared. Deterministic: run it again and git
// shows no change. How each page was made is in its leading comment and in that folder's README.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { SHARED_DIR } from './lib/shared-dir.js';
import {
  corpusRecordToPage, escapeHtml, loadTwfyCorpus, renderMpPage, renderSearchPage, renderWransDayList,
  renderWransPage, twfyPersonIdFor,
} from './lib/twfy-page.js';

const OUT = new URL('../test/fixtures/pages/twfy/', import.meta.url);
const SHARED = pathToFileURL(`${SHARED_DIR}/`);
const { corpus, roster } = loadTwfyCorpus();

/** @type {{ file: string, url: string, kind: 'question' | 'other' }[]} */
const index = [];

/** @param {string} file @param {string} url @param {'question' | 'other'} kind @param {string} html */
function write(file, url, kind, html) {
  writeFileSync(new URL(file, OUT), html);
  index.push({ file, url, kind });
}

/** @param {string} uin */
function record(uin) {
  const item = corpus.byUin.get(uin);
  if (!item) throw new Error(`UIN ${uin} is not in the corpus`);
  return { item, full: corpus.fullTextById.get(item.id) ?? null };
}

/** @param {import('./lib/twfy-page.js').WransPageInput} page @param {string} provenance */
function writeWrans(page, provenance) {
  const gid = page.gid;
  write(`wrans-${gid.replace(/\.h$/, '')}.html`, `https://www.theyworkforyou.com/wrans/?id=${gid}`, 'question', renderWransPage({ ...page, provenance }));
}

// (a) The seed page: every word from seed/theyworkforyou-wrans-2019-02-08.215246.txt. Its real gid is
// 2019-01-30.214555.h (shared/seed/README.md: a stored copy of that TWFY page has the same text), so
// UIN 214555 tabled 30 January 2019; the file name's 2019-02-08.215246 was an earlier guess, kept as
// an alias page with its old CONSTRUCTED record (tabled 2019-01-31).
const SEED = {
  heading: 'Offences against Children: Internet',
  question: 'To ask the Secretary of State for the Home Department, what steps his Department plans to take to stop the spread of child sexual abuse material online.',
  real: { gid: '2019-01-30.214555.h', uin: '214555', tabled: '2019-01-30' },
  guess: { gid: '2019-02-08.215246.h', uin: '215246', tabled: '2019-01-31' },
};
/** Pre-2020 imports link the official record in parliament.uk's old format (twfy-markup.md, "Parliament link"). */
const oldOfficialUrl = (/** @type {{ uin: string, tabled: string }} */ id) =>
  `https://www.parliament.uk/business/publications/written-questions-answers-statements/written-question/Commons/${id.tabled}/${id.uin}/`;

/** The answer paragraphs exactly as the seed text has them (between the answerer line and the widget). */
function seedAnswerParagraphs() {
  const text = readFileSync(new URL('seed/theyworkforyou-wrans-2019-02-08.215246.txt', SHARED), 'utf8');
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const start = lines.findIndex((l) => l.startsWith('Photo of Victoria Atkins')) + 1;
  const end = lines.indexOf('Does this answer the above question?');
  if (start <= 0 || end <= start || !lines.includes(SEED.question)) throw new Error('seed text is not as expected');
  return lines.slice(start, end);
}

/** @param {{ gid: string, uin: string, tabled: string }} id @param {string} provenance */
function writeSeed(id, provenance) {
  const answer = seedAnswerParagraphs().map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  writeWrans({
    gid: id.gid,
    heading: SEED.heading,
    department: 'Home Office',
    answeredDate: '2019-02-08',
    // The seed text's lead: "Home Office written question – answered on 8th February 2019."
    lead: 'older',
    questions: [{
      uin: id.uin,
      html: `<p qnum="${id.uin}">${escapeHtml(SEED.question)}</p>`,
      asker: { name: 'Sarah Champion', twfyPersonId: twfyPersonIdFor(4267), position: 'Labour, Rotherham', house: 'Commons' },
    }],
    answer: {
      html: answer,
      answerer: {
        name: 'Victoria Atkins', twfyPersonId: twfyPersonIdFor(4399), house: 'Commons', position: null,
        // The seed text's position: two offices joined, the first naming no department of its own.
        offices: [{ post: 'The Parliamentary Under-Secretary of State for the Home Department', department: null }, { post: 'Minister for Women', department: null }],
      },
    },
    officialUrl: oldOfficialUrl(id),
    provenance: '',
  }, provenance);
}

function writeSeedPages() {
  const common = 'RECONSTRUCTED in TWFY markup (as reference/pages shows it) from the visible text in ' +
    'shared/seed/theyworkforyou-wrans-2019-02-08.215246.txt: heading, lead (its older "answered on 8th February 2019" ' +
    'form), names, positions, question and answer paragraphs verbatim. TWFY person ids 25168 and 25424 are real ' +
    '(guardian/election-explorer mount.js); citation, share links and widget as TWFY writes them today, its vote id CONSTRUCTED.';
  writeSeed(SEED.real, `Seed page under its real gid 2019-01-30.214555.h (UIN 214555, tabled 30 January 2019, per ` +
    `shared/seed/README.md), ${common} The official link (pre-2020 format) carries that tabled date and UIN.`);
  writeSeed(SEED.guess, `Seed page under the earlier guess 2019-02-08.215246.h (not a real gid: kept as an alias of ` +
    `wrans-2019-01-30.214555.html), ${common} The official link (pre-2020 format) has a CONSTRUCTED tabled date ` +
    `2019-01-31 and the guessed UIN 215246.`);
}

/** (b), (d), (e): corpus records as they are. @param {string} uin @param {string} why */
function writeCorpusPage(uin, why) {
  const { item, full } = record(uin);
  const page = corpusRecordToPage(item, full, roster, corpus);
  writeWrans(page, `${why}. ${page.provenance}`);
}

/** (c) A Lords question: CONSTRUCTED from the shape of corpus record 5688, with real peers. */
function writeLords() {
  const lords = JSON.parse(readFileSync(new URL('reference/samples/lordsvotes-api/snommoc-divisions-search.json', SHARED), 'utf8'));
  const division = lords[0];
  const peers = [...division.contents, ...division.notContents, ...division.contentTellers, ...division.notContentTellers];
  /** @param {number} id */
  const peer = (id) => {
    const p = peers.find((m) => m.memberId === id);
    if (!p) throw new Error(`peer ${id} not in the Lords sample`);
    return { name: p.name, twfyPersonId: twfyPersonIdFor(id), position: p.party, house: /** @type {const} */ ('Lords') };
  };
  const { item, full } = record('5688');
  if (!full) throw new Error('5688 has no full text');
  const uin = 'HL1234';
  const commonsOpening = 'To ask the Secretary of State for Environment, Food and Rural Affairs, ';
  if (!full.question_text.startsWith(commonsOpening)) throw new Error('5688 does not open as expected');
  const question = `To ask His Majesty's Government, ${full.question_text.slice(commonsOpening.length)}`;
  writeWrans({
    gid: `${item.dateTabled.slice(0, 10)}.${uin}.h`,
    heading: item.heading,
    department: item.answeringBodyName,
    answeredDate: item.dateAnswered.slice(0, 10),
    questions: [{ uin, html: `<p qnum="${uin}">${escapeHtml(question)}</p>`, asker: peer(4395) }],
    answer: { html: full.answer_text, answerer: peer(3359) },
    officialUrl: `https://questions-statements.parliament.uk/written-questions/detail/${item.dateTabled.slice(0, 10)}/${uin}`,
    provenance: '',
  }, 'CONSTRUCTED Lords page: not a real question. Shape, heading, department, dates and answer HTML from Commons ' +
    'corpus record 5688 (full text), the question opening changed to the Lords form ("To ask His Majesty\'s ' +
    'Government, ..."), UIN HL1234 made up. Asker Baroness Hayman of Ullock (4395) and answerer The Earl of ' +
    'Courtown (3359) are real peers from reference/samples/lordsvotes-api/snommoc-divisions-search.json, position = ' +
    'party (TWFY shows the party for peers); TWFY person ids constructed as 90000 + Parliament id');
}

/** (f) Pages that are not a written question. */
function writeOtherPages() {
  const seedItem = { gid: SEED.real.gid, heading: SEED.heading, excerpt: SEED.question };
  write('wrans-day-2019-02-08.html', 'https://www.theyworkforyou.com/wrans/?d=2019-02-08', 'other', renderWransDayList({
    date: '2019-02-08',
    // parlparse names a department heading after the last question under it (reference/pages/inputs/answers*.xml).
    sections: [{ department: 'Home Office', headingGid: '2019-01-30.214555.mh', items: [seedItem] }],
    provenance: 'CONSTRUCTED day list /wrans/?d=2019-02-08 in the markup of reference/pages/wrans-day-2023-12-14.html; lists only the seed question under its real gid (the real day had many more); the department heading gid 2019-01-30.214555.mh follows parlparse\'s rule',
  }));
  const seedHref = `/wrans/?id=${SEED.real.gid}`;
  write('mp-25168.html', 'https://www.theyworkforyou.com/mp/?p=25168', 'other', renderMpPage({
    person: { name: 'Sarah Champion', twfyPersonId: 25168, party: 'Labour', constituency: 'Rotherham', house: 'Commons' },
    appearances: [{ href: seedHref, heading: SEED.heading, date: '2019-02-08', excerpt: SEED.question }],
    provenance: 'CONSTRUCTED MP page /mp/?p=25168 (a simple page in TWFY class style, not a reconstruction); name, party, constituency from the roster, one appearance: the seed question',
  }));
  write('search-child-sexual-abuse.html', 'https://www.theyworkforyou.com/search/?q=child+sexual+abuse', 'other', renderSearchPage({
    query: 'child sexual abuse',
    results: [{ href: seedHref, heading: SEED.heading, date: '2019-02-08', speaker: 'Sarah Champion', excerpt: SEED.question }],
    provenance: 'CONSTRUCTED search results page /search/?q=child+sexual+abuse (a simple page in TWFY class style, not a reconstruction); one result: the seed question',
  }));
}

mkdirSync(OUT, { recursive: true });
writeSeedPages();
writeCorpusPage('7117', 'Grouped question: corpus record 7117 with its grouped 7118, 7119, 7120 (all with full text)');
writeLords();
writeCorpusPage('5154', 'Answer with a table under a "£million" header: corpus record 5154');
writeCorpusPage('6081', 'Answer with a table of money cells ("£94.588 million"): corpus record 6081');
writeCorpusPage('4772', 'Correction: corpus record 4772 (answerIsCorrection true, dateAnswerCorrected 2024-01-12, ' +
  'correctingMemberId 4801). The corpus has no original text (originalAnswerText is empty; the full-text file holds one ' +
  'answer), so the page shows that one answer and no original-vs-corrected markup; asker 155 and answerer 4801 are not ' +
  'in the roster and appear as stand-in names without TWFY links');
writeOtherPages();
writeFileSync(new URL('index.json', OUT), `${JSON.stringify(index, null, 2)}\n`);
console.log(`wrote ${index.length} pages to ${OUT.pathname}`);
