// The offline world the demo and the browser tests run in: TheyWorkForYou pages (the saved fixture
// pages, and every corpus question rendered in TWFY's markup) and the fake Parliament APIs, as
// route handlers for the fixture server keyed by the real hostnames.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMembersApi, placeholderThumbnail } from '../fixture-apis/members.js';
import { createWrittenQuestionsApi } from '../fixture-apis/written-questions.js';
import { createCommonsVotesApi } from '../fixture-apis/commons-votes.js';
import { createLordsVotesApi } from '../fixture-apis/lords-votes.js';
import { createTwfyVotesApi } from '../fixture-apis/twfy-votes.js';
import { corpusMonths, ownQuestions, testPoolQuestions } from '../fixture-apis/sources.js';
import { missingSharedMessage } from './shared-dir.js';
import { corpusRecordToPage, escapeHtml, loadTwfyCorpus, renderPageShell, renderWransPage } from './twfy-page.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixturesDir = path.join(root, 'test/fixtures/pages/twfy');

/** @typedef {import('./fixture-server.js').RouteHandler} RouteHandler */

/** The seed page's real gid (shared/seed/README.md). */
export const SEED_PATH = '/wrans/?id=2019-01-30.214555.h';

/**
 * Old gids and where they live now. The seed was first filed under the guess `2019-02-08.215246`
 * (answer date + a UIN); links and bookmarks made with it keep working through a redirect.
 */
const MOVED_GIDS = new Map([['/wrans/?id=2019-02-08.215246.h', SEED_PATH]]);

/** Saved fixture pages by their TWFY URL (path + query). */
function loadFixturePages() {
  const index = JSON.parse(readFileSync(path.join(fixturesDir, 'index.json'), 'utf8'));
  return new Map(index.map((/** @type {{file: string, url: string}} */ e) => {
    const url = new URL(e.url);
    return [url.pathname + url.search, path.join(fixturesDir, e.file)];
  }));
}

/**
 * TheyWorkForYou as the tests and the demo see it.
 * @param {{ strictCsp?: boolean }} [options] strictCsp: send a strict Content-Security-Policy with every page
 * @returns {RouteHandler}
 */
export function createTwfySite({ strictCsp = false } = {}) {
  const fixtures = loadFixturePages();
  /** @type {ReturnType<typeof loadTwfyCorpus> | null} */
  let world = null;
  const corpus = () => (world ??= loadTwfyCorpus());

  // A site with a strict CSP has no inline styles of its own; drop ours so that any CSP report
  // in the tests can only come from the extension.
  const send = (ctx, html) => ctx.html(strictCsp ? html.replace(/<style>[\s\S]*?<\/style>/g, '') : html, { csp: strictCsp });
  return (_req, res, ctx) => {
    const key = ctx.url.pathname + ctx.url.search;
    // Browsers ask every site for one; a 404 would show up as the page's own console error.
    if (ctx.url.pathname === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (ctx.url.pathname.startsWith('/people-images/')) {
      // The same constructed silhouette the fake Members API serves as a thumbnail.
      res.writeHead(200, { 'Content-Type': 'image/png' });
      res.end(placeholderThumbnail());
      return;
    }
    const moved = MOVED_GIDS.get(key);
    if (moved) {
      // TheyWorkForYou answers a gid that moved with a redirect to the current one
      // (shared/reference/pages/wrans-speech-2023-12-06.5663.q1.txt); relative, as TWFY sends it.
      res.writeHead(301, { Location: moved });
      res.end();
      return;
    }
    const fixture = fixtures.get(key);
    if (fixture) return send(ctx, readFileSync(fixture, 'utf8'));
    if (ctx.url.pathname === '/') return send(ctx, demoIndex(corpus().corpus, fixtures));
    const gid = ctx.url.pathname === '/wrans/' ? ctx.query.get('id') : null;
    const page = gid ? corpusPage(corpus(), gid) : null;
    if (page) return send(ctx, page);
    ctx.notFound();
  };
}

/**
 * A question as its TWFY page, for a gid `<dateTabled>.<uin>.h`. TheyWorkForYou imports a question
 * once it is answered, so an unanswered one has no page (404), as on the real site.
 */
function corpusPage({ corpus, roster }, gid) {
  const match = /^(\d{4}-\d{2}-\d{2})\.(\d+)\.[hq]\d*$/.exec(gid);
  const item = match ? corpus.byUin.get(match[2]) : undefined;
  if (!item || item.dateTabled.slice(0, 10) !== match?.[1] || !item.dateAnswered) return null;
  const page = corpusRecordToPage(item, corpus.fullTextById.get(item.id), roster, corpus);
  return renderWransPage(page);
}

/** Without ../shared: one line for the generated questions the browser tests use (test-pool.js), and the first of them. */
function poolNote(corpus) {
  const pool = new Set(testPoolQuestions().map((q) => q.id));
  const first = corpus.items.find((q) => pool.has(q.id));
  if (!first) return '';
  const href = `/wrans/?id=${first.dateTabled.slice(0, 10)}.${first.uin}.h`;
  return `<p>Also served: ${pool.size} generated questions with fictional members, for the browser tests that need pages nothing has cached (scripts/fixture-apis/test-pool.js), such as <a href="${escapeHtml(href)}">${escapeHtml(first.heading)}</a>.</p>`;
}

/**
 * The demo's front page: the fixture pages, our own records, then each corpus month (when ../shared is
 * there): the answered questions with full answers, the freshly answered ones whose API heading is
 * still null, and how many are not answered yet (TWFY has no page for those; the sidebar shows them
 * among a page's related questions, with their status).
 */
function demoIndex(corpus, fixtures) {
  const link = (href, text) => `<li><a href="${escapeHtml(href)}">${escapeHtml(text)}</a></li>`;
  const gidPath = (q) => `/wrans/?id=${q.dateTabled.slice(0, 10)}.${q.uin}.h`;
  const label = (q) => `${q.heading} (${q.answeringBodyName}, UIN ${q.uin})`;
  const saved = [...fixtures.keys()].map((k) => link(k, k));
  const own = new Set(ownQuestions().map((q) => q.id));
  const headingless = new Set(ownQuestions().filter((q) => q.heading === null).map((q) => q.id));
  const ownItems = corpus.items.filter((q) => own.has(q.id)).map((q) => (q.dateAnswered
    ? link(gidPath(q), `${label(q)}${headingless.has(q.id) ? ' — answered, heading not yet in the API' : ''}${q.answerIsHolding ? ' — holding answer' : ''}`)
    : `<li>${escapeHtml(`Not yet answered: UIN ${q.uin}, ${q.questionText.slice(0, 90)}…`)} — no TheyWorkForYou page until it is; it is listed, with its status, among the related questions of <a href="${SEED_PATH}">the seed page</a></li>`));
  const months = corpusMonths().map(({ month, listItems }) => {
    const ids = new Set(listItems.map((x) => x.value.id));
    const items = corpus.items.filter((q) => ids.has(q.id));
    const fresh = new Set(listItems.filter((x) => x.value.heading === null && x.value.dateAnswered).map((x) => x.value.id));
    const withText = items.filter((q) => q.dateAnswered && corpus.fullTextById.has(q.id) && !fresh.has(q.id));
    const freshItems = items.filter((q) => fresh.has(q.id));
    const unanswered = items.filter((q) => !q.dateAnswered).length;
    return `<h2>Written questions tabled in ${monthName(month)}</h2>
<p>${items.length} questions: ${withText.length} answered with a full answer here, ${freshItems.length} answered while the API still had no heading, ${unanswered} not yet answered when recorded (no TheyWorkForYou page; shown among related questions).</p>
${freshItems.length ? `<h3>Answered, heading not yet in the API (${freshItems.length})</h3><ul>${freshItems.map((q) => link(gidPath(q), label(q))).join('')}</ul>` : ''}
<h3>Answered with a full answer (${withText.length})</h3><ul>${withText.map((q) => link(gidPath(q), label(q))).join('')}</ul>`;
  });
  const body = `<div class="full-page"><div class="full-page__row"><div class="full-page__unit">
<h1>Parliament Lens demo</h1>
<p>Offline copies of TheyWorkForYou written-answer pages. Open any question: the Parliament Lens sidebar appears beside it.</p>
<h2>Saved fixture pages</h2><ul>${saved.join('')}</ul>
<h2>The project's own records (${ownItems.length})</h2><ul>${ownItems.join('')}</ul>
${months.length ? months.join('\n') : `<p>${escapeHtml(missingSharedMessage() ?? '')}</p>`}
${poolNote(corpus)}
</div></div></div>`;
  return renderPageShell({
    provenance: 'Demo index built by scripts/lib/demo-site.js from test/fixtures/pages/twfy, test/fixtures/api and ../shared/corpus (when present)',
    title: 'Parliament Lens demo - TheyWorkForYou (offline)',
    ogTitle: 'Parliament Lens demo',
    canonicalUrl: 'https://www.theyworkforyou.com/',
    description: 'Offline TheyWorkForYou pages for the Parliament Lens demo',
    body,
  });
}

/** "2024-11" → "November 2024". @param {string} month */
function monthName(month) {
  const [year, m] = month.split('-');
  return `${new Date(Date.UTC(Number(year), Number(m) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${year}`;
}

/**
 * Every host the extension may talk to, answered offline.
 * @param {{ strictCsp?: boolean }} [options]
 * @returns {Record<string, RouteHandler>}
 */
export function createDemoRoutes(options = {}) {
  const site = createTwfySite(options);
  return {
    'www.theyworkforyou.com': site,
    'theyworkforyou.com': site,
    // The API fakes are plain (req, res) handlers; the route context they are also given goes unused.
    'questions-statements-api.parliament.uk': createWrittenQuestionsApi(),
    'members-api.parliament.uk': createMembersApi(),
    'commonsvotes-api.parliament.uk': createCommonsVotesApi(),
    'lordsvotes-api.parliament.uk': createLordsVotesApi(),
    'votes.theyworkforyou.com': createTwfyVotesApi(),
  };
}

export { placeholderThumbnail };
