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

// (a) The seed page: every word from seed/theyworkforyou-wrans-2019-02-08.215246.txt.
const SEED = {
  gid: '2019-02-08.215246.h',
  heading: 'Offences against Children: Internet',
  question: 'To ask the Secretary of State for the Home Department, what steps his Department plans to take to stop the spread of child sexual abuse material online.',
  // CONSTRUCTED: the real tabled date of 215246 was not found (see README.md).
  officialUrl: 'https://www.parliament.uk/business/publications/written-questions-answers-statements/written-question/Commons/2019-01-31/215246/',
};

/** The answer paragraphs exactly as the seed text has them (between the answerer line and the widget). */
function seedAnswerParagraphs() {
  const text = readFileSync(new URL('seed/theyworkforyou-wrans-2019-02-08.215246.txt', SHARED), 'utf8');
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const start = lines.findIndex((l) => l.startsWith('Photo of Victoria Atkins')) + 1;
  const end = lines.indexOf('Does this answer the above question?');
  if (start <= 0 || end <= start || !lines.includes(SEED.question)) throw new Error('seed text is not as expected');
  return lines.slice(start, end);
}

function writeSeed() {
  const answer = seedAnswerParagraphs().map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  writeWrans({
    gid: SEED.gid,
    heading: SEED.heading,
    department: 'Home Office',
    answeredDate: '2019-02-08',
    answeredDateText: '8th February 2019',
    questions: [{
      uin: '215246',
      html: `<p qnum="215246">${escapeHtml(SEED.question)}</p>`,
      asker: { name: 'Sarah Champion', twfyPersonId: twfyPersonIdFor(4267), position: 'Labour, Rotherham', house: 'Commons' },
    }],
    answer: {
      html: answer,
      answerer: {
        name: 'Victoria Atkins', twfyPersonId: twfyPersonIdFor(4399), house: 'Commons',
        position: 'The Parliamentary Under-Secretary of State for the Home Department, Minister for Women',
      },
    },
    officialUrl: SEED.officialUrl,
    citation: null,
    provenance: '',
  }, 'Seed page, RECONSTRUCTED in TWFY markup (twfy-markup.md §1) from the visible text in ' +
    'shared/seed/theyworkforyou-wrans-2019-02-08.215246.txt: heading, lead, names, positions, question and answer ' +
    'paragraphs verbatim. TWFY person ids 25168 and 25424 are real (guardian/election-explorer mount.js). The ' +
    'official link uses the pre-2020 format with a CONSTRUCTED tabled date 2019-01-31 (real date not found).');
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
    strayAt: true,
    questions: [{ uin, html: `<p qnum="${uin}">${escapeHtml(question)}</p>`, asker: peer(4395) }],
    answer: { html: full.answer_text, answerer: peer(3359) },
    officialUrl: `https://questions-statements.parliament.uk/written-questions/detail/${item.dateTabled.slice(0, 10)}/${uin}`,
    citation: null,
    provenance: '',
  }, 'CONSTRUCTED Lords page: not a real question. Shape, heading, department, dates and answer HTML from Commons ' +
    'corpus record 5688 (full text), the question opening changed to the Lords form ("To ask His Majesty\'s ' +
    'Government, ..."), UIN HL1234 made up. Asker Baroness Hayman of Ullock (4395) and answerer The Earl of ' +
    'Courtown (3359) are real peers from reference/samples/lordsvotes-api/snommoc-divisions-search.json, position = ' +
    'party (TWFY shows the party for peers); TWFY person ids constructed as 90000 + Parliament id');
}

/** (f) Pages that are not a written question. */
function writeOtherPages() {
  const seedItem = { gid: SEED.gid, heading: SEED.heading, excerpt: SEED.question };
  write('wrans-day-2019-02-08.html', 'https://www.theyworkforyou.com/wrans/?d=2019-02-08', 'other', renderWransDayList({
    date: '2019-02-08',
    sections: [{ department: 'Home Office', items: [seedItem] }],
    provenance: 'CONSTRUCTED day list /wrans/?d=2019-02-08 in the business-list markup (twfy-markup.md §2); lists only the seed question (the real day had many more)',
  }));
  const seedHref = `/wrans/?id=${SEED.gid}`;
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
writeSeed();
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
