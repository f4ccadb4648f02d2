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
import { corpusRecordToPage, escapeHtml, loadTwfyCorpus, renderPageShell, renderWransPage } from './twfy-page.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixturesDir = path.join(root, 'test/fixtures/pages/twfy');

/** @typedef {import('./fixture-server.js').RouteHandler} RouteHandler */

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
    const fixture = fixtures.get(key);
    if (fixture) return send(ctx, readFileSync(fixture, 'utf8'));
    if (ctx.url.pathname === '/') return send(ctx, demoIndex(corpus().corpus, fixtures));
    const gid = ctx.url.pathname === '/wrans/' ? ctx.query.get('id') : null;
    const page = gid ? corpusPage(corpus(), gid) : null;
    if (page) return send(ctx, page);
    ctx.notFound();
  };
}

/** A corpus question as its TWFY page, for a gid `<dateTabled>.<uin>.h`. */
function corpusPage({ corpus, roster }, gid) {
  const match = /^(\d{4}-\d{2}-\d{2})\.(\d+)\.[hq]\d*$/.exec(gid);
  const item = match ? corpus.byUin.get(match[2]) : undefined;
  if (!item || item.dateTabled.slice(0, 10) !== match?.[1]) return null;
  const page = corpusRecordToPage(item, corpus.fullTextById.get(item.id), roster, corpus);
  return renderWransPage(page);
}

/** The demo's front page: the fixture pages, then every corpus question with a full answer. */
function demoIndex(corpus, fixtures) {
  const link = (href, text) => `<li><a href="${escapeHtml(href)}">${escapeHtml(text)}</a></li>`;
  const saved = [...fixtures.keys()].map((k) => link(k, k));
  const withText = corpus.items.filter((q) => corpus.fullTextById.has(q.id));
  const questions = withText.map((q) => link(`/wrans/?id=${q.dateTabled.slice(0, 10)}.${q.uin}.h`, `${q.heading} (${q.answeringBodyName}, UIN ${q.uin})`));
  const body = `<div class="full-page"><div class="full-page__row"><div class="full-page__unit">
<h1>Parliament Lens demo</h1>
<p>Offline copies of TheyWorkForYou written-answer pages. Open any question: the Parliament Lens sidebar appears beside it.</p>
<h2>Saved fixture pages</h2><ul>${saved.join('')}</ul>
<h2>December 2023 written questions with full answers (${questions.length})</h2><ul>${questions.join('')}</ul>
</div></div></div>`;
  return renderPageShell({
    provenance: 'Demo index built by scripts/lib/demo-site.js from test/fixtures/pages/twfy and ../shared/corpus',
    title: 'Parliament Lens demo - TheyWorkForYou (offline)',
    ogTitle: 'Parliament Lens demo',
    canonicalUrl: 'https://www.theyworkforyou.com/',
    description: 'Offline TheyWorkForYou pages for the Parliament Lens demo',
    body,
  });
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
