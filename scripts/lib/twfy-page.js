// Builds TheyWorkForYou pages in TWFY's own markup, for fixtures, the demo and the fixture server.
// The written-answer page and the day list follow the pages TWFY's own pipeline rendered
// (../shared/reference/pages/wrans-*.html, README.md there; checked by test/sites/twfy-page-vs-reference.test.ts):
// header, lead with its empty time, `g<uin>.q<i>` / `g<uin>.r0` blocks, `p[qnum]`, Tweet/Share and
// "Hansard source" links, the answer widget, bodies with `&#163;`. The page shell around them is
// simplified (no TWFY scripts or stylesheet). The MP and search pages are simple pages in TWFY's
// class style, not reconstructions. Plain Node ES module, no dependencies, no scripts in the output.
//
// Escaping: every text field is escaped. Fields named `html` are HTML by contract (question and
// answer bodies as the Written Questions API gives them) and are inserted as they are.
import { commonsRoster, corpusMonths, ownPageHeadings, ownQuestions, testPoolQuestions } from '../fixture-apis/sources.js';

import { escapeBodyText, escapeHtml, phpUrlencode, positionOf, questionAnsweredWidget, shareLinks, templateBody } from './twfy-speech-parts.js';

/**
 * @typedef {'Commons' | 'Lords'} House
 * @typedef {import('./twfy-speech-parts.js').Office} Office
 * @typedef {import('./twfy-speech-parts.js').Speaker} Speaker
 * @typedef {{ uin: string, html: string, asker: Speaker | null, officialUrl?: string | null }} WransQuestion
 * @typedef {{ html: string, answerer: Speaker | null }} WransAnswer
 * @typedef {{
 *   gid: string, heading: string, department: string, answeredDate: string,
 *   lead?: 'current' | 'older',
 *   questions: WransQuestion[], answer: WransAnswer | null,
 *   officialUrl: string | null, citation?: string | null, voteId?: number,
 *   upLink?: { href: string, text: string } | null, provenance: string,
 * }} WransPageInput
 * `lead`: 'current' (default) is today's "answered at  on <a>22 December 2023</a>" with its empty
 * time; 'older' is "answered on <a>8th February 2019</a>" as older saved pages show it.
 * `citation`: omitted → TWFY's own "HC Deb, <answer date>, cW"; null → none.
 * `voteId`: TWFY's database id for the answer, in the widget's vote links (default: the UIN's digits).
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export { escapeHtml };

/**
 * "2019-02-08" → "8 February 2019" (long), "8 Feb 2019" (short, as TWFY's <title>), "8th February 2019" (ordinal).
 * @param {string} iso @param {'long' | 'short' | 'ordinal'} [style]
 */
export function formatDate(iso, style = 'long') {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  const month = MONTHS[(m ?? 1) - 1] ?? '';
  if (style === 'short') return `${d} ${month.slice(0, 3)} ${y}`;
  if (style === 'ordinal') return `${d}${ordinalSuffix(d ?? 0)} ${month} ${y}`;
  return `${d} ${month} ${y}`;
}

/** @param {number} n */
function ordinalSuffix(n) {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** `/mp/?p=` for MPs, `/peer/?p=` for peers (twfy-markup.md, "Speaker"). @param {Speaker} s */
export function speakerPath(s) {
  return `/${s.house === 'Lords' ? 'peer' : 'mp'}/?p=${s.twfyPersonId}`;
}

/**
 * The speaker heading. Photos are where live TWFY keeps them (`/people-images/mps/<id>.jpg`; the
 * reference pages show `/images/unknownperson.png` only because they were rendered without photos).
 * @param {Speaker | null} speaker
 */
function renderSpeaker(speaker) {
  if (!speaker) return '';
  const position = positionOf(speaker);
  const inner = [
    speaker.twfyPersonId !== null
      ? `<img src="/people-images/mps/${escapeHtml(speaker.twfyPersonId)}.jpg" alt="Photo of ${escapeHtml(speaker.name)}">`
      : '',
    `<strong class="debate-speech__speaker__name">${escapeHtml(speaker.name)}</strong>`,
    position ? `<small class="debate-speech__speaker__position">${escapeHtml(position)}</small>` : '',
  ].filter(Boolean).join('\n                    ');
  // A speaker TWFY cannot match to a person has no profile link (and so no photo).
  const body = speaker.twfyPersonId !== null ? `<a href="${escapeHtml(speakerPath(speaker))}">\n                    ${inner}\n                </a>` : inner;
  return `<h2 class="debate-speech__speaker">
                ${body}
            </h2>`;
}

/**
 * One `div.debate-speech` block, laid out as the reference pages have it: the widget (answers only)
 * inside `.debate-speech__speaker-and-content` after the content, then the share and source links.
 * @param {{ anchor: string, speaker: Speaker | null, html: string, links: string, widget?: string }} speech
 */
function renderSpeech({ anchor, speaker, html, links, widget = '' }) {
  return `<div class="debate-speech" id="${escapeHtml(anchor)}">
        <div class="full-page__row">
            <div class="full-page__unit">

            <a name="${escapeHtml(anchor)}"></a>

            <div class="debate-speech__speaker-and-content">
            ${renderSpeaker(speaker)}
            <div class="debate-speech__content">${templateBody(html)}</div>
            ${widget}
            </div>

            <ul class="debate-speech__meta debate-speech__links">
                ${links}
            </ul>

        </div>

        </div>
    </div>`;
}

/**
 * "Hansard source" and the citation: a question has both, the answer only the citation (as on the
 * reference pages, where only questions carry a source URL).
 * @param {string | null | undefined} url @param {string | null | undefined} citation
 */
function hansardLink(url, citation) {
  if (!url && !citation) return '';
  const link = url ? `<a href="${escapeHtml(url)}" class="debate-speech__meta__link">Hansard source</a>` : '';
  const cite = citation ? `<span> (Citation: ${escapeHtml(citation)})</span>` : '';
  return `\n                <li class="link-to-hansard">\n                    ${link}\n                    ${cite}</li>`;
}

/** @param {string} gid */
function gidParts(gid) {
  const [date = '', uin = ''] = gid.split('.');
  return { date, uin };
}

/**
 * The lead under the heading, in TWFY's two shapes (the day link's `?d=` is the ISO answer date).
 * @param {WransPageInput} input
 */
function renderLead(input) {
  const { department, answeredDate } = input;
  const link = (text) => `<a href="/wrans/?d=${escapeHtml(answeredDate)}">${escapeHtml(text)}</a>`;
  // Today's template prints " at <time>" whenever a time is set, and written answers have an empty one.
  return input.lead === 'older'
    ? `${escapeHtml(department)} written question &ndash; answered on ${link(formatDate(answeredDate, 'ordinal'))}.`
    : `${escapeHtml(department)} written question &ndash; answered                at  on ${link(formatDate(answeredDate))}.`;
}

/** The alert button's search: the heading's words (TWFY drops its punctuation). @param {string} heading */
function alertSearch(heading) {
  return phpUrlencode(heading.replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s+/g, ' ').trim());
}

/**
 * A written question + answer page, `/wrans/?id=<gid>`, in the markup of reference/pages/wrans-*.html.
 * @param {WransPageInput} input
 */
export function renderWransPage(input) {
  const { gid, heading, department, answeredDate, questions, answer } = input;
  const { date } = gidParts(gid);
  const firstUin = questions[0]?.uin ?? gidParts(gid).uin;
  const lords = questions.some((q) => q.asker?.house === 'Lords') || firstUin.startsWith('HL');
  const citation = input.citation === undefined ? `${lords ? 'HL' : 'HC'} Deb, ${formatDate(answeredDate)}, cW` : input.citation;
  /** @param {string} speechGid @param {Speaker | null} speaker */
  const share = (speechGid, speaker) =>
    shareLinks(`https://www.theyworkforyou.com/wrans/?id=${speechGid}`, `${speaker ? `${speaker.name} on ` : ''}${department}, at TheyWorkForYou`);
  const questionBlocks = questions.map((q, i) => renderSpeech({
    anchor: `g${q.uin}.q${i}`,
    speaker: q.asker,
    html: q.html,
    links: share(`${date}.${q.uin}.q${i}`, q.asker) + hansardLink(i === 0 ? input.officialUrl : q.officialUrl, citation),
  }));
  const answerBlock = answer
    ? renderSpeech({
        anchor: `g${firstUin}.r0`,
        speaker: answer.answerer,
        html: answer.html,
        links: share(`${date}.${firstUin}.r0`, answer.answerer) + hansardLink(null, citation),
        widget: questionAnsweredWidget(input.voteId ?? Number(firstUin.replace(/\D/g, '')), `/wrans/?id=${gid}`),
      })
    : '';
  const up = input.upLink === undefined ? { href: `/wrans/?d=${answeredDate}`, text: `All Written Answers on ${formatDate(answeredDate, 'short')}` } : input.upLink;
  const body = `
<div class="debate-header regional-header regional-header--uk-${lords ? 'lords' : 'commons'}">
    <div class="regional-header__overlay"></div>
    <div class="full-page__row">
        <div class="debate-header__content full-page__unit">
            <h1>${escapeHtml(heading)}</h1>
            <p class="lead">
                ${renderLead(input)}
            </p>
            <p class="cta">
                <a class="button alert" href="/alerts/?alertsearch=${alertSearch(heading)}">Alert me about debates like this</a>
            </p>
        </div>
    </div>
    ${renderNav(up)}
</div>

<div class="full-page">

    ${[...questionBlocks, answerBlock].filter(Boolean).join('\n\n    ')}

</div>
${renderNav(up, true)}`;
  return renderPageShell({
    provenance: input.provenance,
    title: `${heading}: ${formatDate(answeredDate, 'short')}: Hansard Written Answers - TheyWorkForYou`,
    ogTitle: heading,
    canonicalUrl: `https://www.theyworkforyou.com/wrans/?id=${gid}`,
    // As TWFY writes it, entity and empty time included ("… written question &ndash; answered at  22 December 2023").
    description: input.lead === 'older'
      ? `${department} written question – answered on ${formatDate(answeredDate, 'ordinal')}`
      : `${department} written question &ndash; answered at  ${formatDate(answeredDate)}`,
    body,
  });
}

/**
 * The "All Written Answers on …" navigation, above the speeches and (footer) below them.
 * @param {{ href: string, text: string } | null} up @param {boolean} [footer]
 */
function renderNav(up, footer = false) {
  if (!up) return '';
  const link = `<div class="debate-navigation__all-debates">
                        <a href="${escapeHtml(up.href)}" rel="up">${escapeHtml(up.text)}</a>
                    </div>`;
  return footer
    ? `<nav class="debate-navigation debate-navigation--footer" role="navigation">
        <div class="full-page__row">
            <div class="debate-navigation__pagination">
                ${link}
            </div>
        </div>
    </nav>`
    : `<nav class="debate-navigation" role="navigation">
        <div class="full-page__row">
            <div class="full-page__unit">
                <div class="debate-navigation__pagination">
                    ${link}
                </div>
            </div>
        </div>
    </nav>`;
}


// ---------------------------------------------------------------------------------------------
// Page shell: head (title, description, og meta), site header and footer, a little CSS.

/** The page's own CSS: enough to read comfortably; TWFY's real stylesheet is not reproduced. */
const CSS = `
body{margin:0;font:16px/1.5 Georgia,serif;color:#222;background:#f4f4f0}
a{color:#0b6e4f}
.site-header,.site-footer{background:#1b3a2f;color:#fff;padding:8px 16px;font-family:Arial,sans-serif}
.site-header a,.site-footer a{color:#fff}
.site-header__logo{font-weight:bold;font-size:20px;margin:0}.site-header__logo a{text-decoration:none}
.site-nav{background:#1b3a2f;padding:0 16px 8px;font:14px Arial,sans-serif}.site-nav a{color:#fff}
.site-footer{font-size:13px;margin-top:32px}
.full-page__row{max-width:760px;margin:0 auto;padding:0 16px}
.debate-header,.person-header,.search-header{background:#62b356;color:#fff;padding:16px 0}
.debate-header h1,.person-header h1,.search-header h1{margin:0 0 8px;font-size:28px}
.debate-header a,.person-header a,.search-header a{color:#fff}
.button{display:inline-block;padding:2px 10px;border:1px solid currentColor;border-radius:3px;margin-right:6px}
.debate-navigation{font-family:Arial,sans-serif;font-size:14px;margin-top:8px}
.debate-speech{background:#fff;margin:16px 0;padding:12px 0;border-bottom:1px solid #ddd}
.debate-speech__speaker{font-size:16px;margin:0 0 8px}
.debate-speech__speaker a{text-decoration:none;color:inherit}
.debate-speech__speaker img,.person-header__image{display:inline-block;width:48px;height:48px;border-radius:50%;vertical-align:middle;margin-right:8px;background:#ccc;overflow:hidden;font-size:0;color:transparent}
.debate-speech__speaker__position{display:block;color:#666;font-weight:normal;margin-left:56px}
.debate-speech__content table{border-collapse:collapse;margin:8px 0}
.debate-speech__content td,.debate-speech__content th{border:1px solid #bbb;padding:4px 8px}
.debate-speech__content td p,.debate-speech__content th p{margin:0}
.debate-speech__meta{list-style:none;padding:0;font:13px Arial,sans-serif;color:#666}
.debate-speech__question-answered{font:14px Arial,sans-serif;background:#f4f4f0;padding:8px}
.debate-speech__question-answered h3{margin:0 0 4px;font-size:15px}
.business-section__header{padding:16px 0}.business-list ul{list-style:none;padding-left:16px}
.business-list,.search-result-list,.appearances{list-style:none;padding:0}
.business-list li,.search-result,.appearances li{background:#fff;margin:8px 0;padding:8px 12px}
.business-list__title h3{display:inline;margin:0 8px 0 0}
.business-list__meta,.search-result__meta{color:#666;font:13px Arial,sans-serif}
`;

/** Text for an HTML comment: "--" may not appear inside one. @param {string} text */
function commentText(text) {
  return String(text).replace(/-{2,}/g, '-').replace(/^[->]+/, '');
}

/**
 * The document around a page body. It starts with a comment saying how the page was made.
 * @param {{ provenance: string, title: string, ogTitle: string, canonicalUrl: string, description: string, body: string }} page
 */
export function renderPageShell(page) {
  return `<!-- ${commentText(page.provenance)} -->
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<meta name="description" content="${escapeHtml(page.description)}">
<meta property="og:site_name" content="TheyWorkForYou">
<meta property="og:type" content="website">
<meta property="og:title" content="${escapeHtml(page.ogTitle)}">
<meta property="og:url" content="${escapeHtml(page.canonicalUrl)}">
<meta property="og:description" content="${escapeHtml(page.description)}">
<style>${CSS}</style>
</head>
<body>
<header class="site-header"><div class="site-header__row">
<h1 class="site-header__logo"><a href="/" aria-label="Go to TheyWorkForYou homepage">TheyWorkFor<strong>You</strong></a></h1>
</div></header>
<nav class="site-nav" id="main-nav"><a href="/mps/">MPs</a> · <a href="/peers/">Lords</a> · <a href="/written-answers-and-statements/">Written Answers</a> · <a href="/search/">Search</a></nav>
${page.body}
<div id="footer" class="mysoc-footer site-footer" role="contentinfo">Test fixture for Parliament Lens, built in TheyWorkForYou's markup; not served by TheyWorkForYou.
Parliamentary content: Open Parliament Licence v3.0.</div>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// Non-question pages: a day list, an MP page, a search results page.

/** TWFY's trim_characters(): at most `max` characters, cut at a space, "..." when cut. @param {string} text @param {number} max */
function trimCharacters(text, max) {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}...`;
}

/** "2023-12-14" → "Thursday, 14 December 2023" (the day list's date line). @param {string} iso */
function weekdayDate(iso) {
  const weekday = new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
  return `${weekday}, ${formatDate(iso)}`;
}

/**
 * `/wrans/?d=YYYY-MM-DD`: the day's written answers as reference/pages/wrans-day-2023-12-14.html has
 * them: `.business-section`, one `ul.business-list > li` per department (its heading links to the
 * department's `.mh` gid), the questions nested under it, each `a.business-list__title > h3` and a
 * `p.business-list__excerpt` of at most 200 characters.
 * @param {{ date: string, sections: { department: string, headingGid: string, items: { gid: string, heading: string, excerpt: string }[] }[], provenance: string }} input
 */
export function renderWransDayList(input) {
  const sections = input.sections.map((section) => {
    const items = section.items.map((item) => `<li>
                    <a href="/wrans/?id=${escapeHtml(item.gid)}" class="business-list__title">
                        <h3>
                            ${escapeHtml(item.heading)}
                        </h3>
                    </a>
                    <p class="business-list__excerpt">
                        ${escapeHtml(trimCharacters(item.excerpt, 200))}
                    </p>
                    </li>`);
    return `<li>
                    <a href="/wrans/?id=${escapeHtml(section.headingGid)}" class="business-list__title">
                        <h3>
                            ${escapeHtml(section.department)}
                        </h3>
                    </a>
                    <ul>
                    ${items.join('\n                    ')}
                    </ul>
                </li>`;
  });
  const body = `
<div class="full-page__row">

    <div class="business-section">
        <div class="business-section__header">
            <h1 class="business-section__header__title">
                Written answers
            </h1>
            <p class="business-section__header__date">
                ${escapeHtml(weekdayDate(input.date))}
            </p>
        </div>
        <div class="business-section__primary">
            <ul class="business-list">
                ${sections.join('\n                ')}
            </ul>
        </div>
    </div>
</div>`;
  return renderPageShell({
    provenance: input.provenance,
    title: `${formatDate(input.date, 'short')}: Written answers - TheyWorkForYou`,
    ogTitle: `Written answers, ${formatDate(input.date)}`,
    canonicalUrl: `https://www.theyworkforyou.com/wrans/?d=${input.date}`,
    description: `Written answers on ${formatDate(input.date)}`,
    body,
  });
}

/**
 * `/mp/?p=<id>`: a member's page with recent appearances (a simple page in TWFY's style).
 * @param {{ person: { name: string, twfyPersonId: number, party: string, constituency: string | null, house: House },
 *   appearances: { href: string, heading: string, date: string, excerpt: string }[], provenance: string }} input
 */
export function renderMpPage(input) {
  const { person } = input;
  const role = person.house === 'Lords' ? `${person.party} peer` : `${person.party} MP for ${person.constituency ?? ''}`;
  const items = input.appearances.map((a) => `<li><a href="${escapeHtml(a.href)}">${escapeHtml(a.heading)}</a>
        <span class="appearances__date">${escapeHtml(formatDate(a.date, 'short'))}</span>
        <p>${escapeHtml(a.excerpt)}</p></li>`);
  const body = `
<div class="person-header"><div class="full-page__row"><div class="person-header__content full-page__unit">
  <img class="person-header__image" src="/people-images/mps/${escapeHtml(person.twfyPersonId)}.jpg" alt="Photo of ${escapeHtml(person.name)}">
  <h1 class="person-header__about__name">${escapeHtml(person.name)}</h1>
  <p class="person-header__about__position">${escapeHtml(role)}</p>
</div></div></div>
<div class="full-page"><div class="full-page__row"><div class="full-page__unit">
  <h2>Recent appearances</h2>
  <ul class="appearances">
      ${items.join('\n      ')}
  </ul>
</div></div></div>`;
  const path = person.house === 'Lords' ? 'peer' : 'mp';
  return renderPageShell({
    provenance: input.provenance,
    title: `${person.name}, ${role} - TheyWorkForYou`,
    ogTitle: person.name,
    canonicalUrl: `https://www.theyworkforyou.com/${path}/?p=${encodeURIComponent(person.twfyPersonId)}`,
    description: `${person.name}, ${role}`,
    body,
  });
}

/**
 * `/search/?q=…`: search results (a simple page in TWFY's style).
 * @param {{ query: string, results: { href: string, heading: string, date: string, speaker: string, excerpt: string }[], provenance: string }} input
 */
export function renderSearchPage(input) {
  const items = input.results.map((r) => `<li class="search-result">
      <h3 class="search-result__title"><a href="${escapeHtml(r.href)}">${escapeHtml(r.heading)}</a></h3>
      <p class="search-result__meta">Written answers, ${escapeHtml(formatDate(r.date))} &middot; ${escapeHtml(r.speaker)}</p>
      <p class="search-result__description">${escapeHtml(r.excerpt)}</p>
    </li>`);
  const body = `
<div class="search-header"><div class="full-page__row"><div class="full-page__unit">
  <h1>Search results for &ldquo;${escapeHtml(input.query)}&rdquo;</h1>
  <form class="search-page__form" action="/search/" method="get"><label>Search <input type="search" name="q" value="${escapeHtml(input.query)}"></label> <button type="submit">Search</button></form>
</div></div></div>
<div class="full-page"><div class="full-page__row"><div class="full-page__unit">
  <p class="search-result-count">${input.results.length} result${input.results.length === 1 ? '' : 's'}</p>
  <ul class="search-result-list">
    ${items.join('\n    ')}
  </ul>
</div></div></div>`;
  return renderPageShell({
    provenance: input.provenance,
    title: `Search: ${input.query} - TheyWorkForYou`,
    ogTitle: `Search: ${input.query}`,
    canonicalUrl: `https://www.theyworkforyou.com/search/?q=${encodeURIComponent(input.query)}`,
    description: `Search results for ${input.query}`,
    body,
  });
}

// ---------------------------------------------------------------------------------------------
// From the corpus (Written Questions API list items + full texts) and a roster to page input.

/**
 * TWFY person ids differ from Parliament member ids. Real ones, found in guardian/election-explorer
 * `mount.js` (commit 12b3d76c), which lists each MP with their theyworkforyou.com/mp/<id>/… URL:
 * Sarah Champion (Parliament 4267) → 25168, Victoria Atkins (Parliament 4399) → 25424.
 */
export const REAL_TWFY_PERSON_IDS = new Map([[4267, 25168], [4399, 25424]]);
/** Everyone else gets a CONSTRUCTED id, 90000 + Parliament id: real TWFY person ids stay below ~30000. */
export const CONSTRUCTED_TWFY_ID_OFFSET = 90000;

/** @param {number} parliamentId @returns {number} */
export function twfyPersonIdFor(parliamentId) {
  return REAL_TWFY_PERSON_IDS.get(parliamentId) ?? CONSTRUCTED_TWFY_ID_OFFSET + parliamentId;
}

/**
 * @typedef {{ name: string, party: string, constituency: string | null, house: House }} RosterMember
 * @typedef {Map<number, RosterMember>} Roster
 */

/**
 * Every MP in a Commons Votes division (Ayes, Noes, NoVoteRecorded, tellers), by MemberId.
 * @param {any} division @returns {Roster}
 */
export function rosterFromCommonsDivision(division) {
  /** @type {Roster} */
  const roster = new Map();
  for (const key of ['Ayes', 'Noes', 'NoVoteRecorded', 'AyeTellers', 'NoTellers']) {
    for (const m of Array.isArray(division?.[key]) ? division[key] : []) {
      roster.set(m.MemberId, { name: m.Name, party: m.Party, constituency: m.MemberFrom ?? null, house: 'Commons' });
    }
  }
  return roster;
}

/**
 * @typedef {{ uin: string, id: number, house: House, heading: string, questionText: string, answerText: string,
 *   dateTabled: string, dateAnswered: string | null, answeringBodyName: string, askingMemberId: number,
 *   answeringMemberId: number | null, groupedQuestions: string[],
 *   groupedQuestionsDates?: { questionUin: string, dateTabled: string }[] }} ListItem
 * @typedef {{ id: number, question_text: string, answer_text: string }} FullText
 * @typedef {{ items: ListItem[], byUin: Map<string, ListItem>, fullTextById: Map<number, FullText> }} CorpusIndex
 */

/**
 * @param {(ListItem | { value: ListItem })[]} listItems @param {FullText[]} fullTexts @returns {CorpusIndex}
 */
export function indexCorpus(listItems, fullTexts) {
  const items = listItems.map((x) => ('value' in x ? x.value : x));
  return {
    items,
    byUin: new Map(items.map((q) => [q.uin, q])),
    fullTextById: new Map(fullTexts.map((f) => [f.id, f])),
  };
}


/**
 * Every question the offline TheyWorkForYou can show, with the members its pages name: the real corpus
 * months when ../shared is there, and always our own records (scripts/fixture-apis/sources.js).
 * A record whose API heading is still null gets the heading TWFY's page prints: ours from their
 * provenance, a corpus one its department's name (TWFY's own is not in the corpus).
 * @returns {{ corpus: CorpusIndex, roster: Roster }}
 */
export function loadTwfyCorpus() {
  const own = [...ownQuestions(), ...testPoolQuestions()];
  const ownHeadings = ownPageHeadings();
  const listItems = [...corpusMonths().flatMap((m) => m.listItems), ...own];
  const fullTexts = [
    ...corpusMonths().flatMap((m) => m.fullTexts),
    ...own.map((q) => ({ id: q.id, question_text: q.questionText, answer_text: q.answerText })),
  ];
  const corpus = indexCorpus(listItems, fullTexts);
  corpus.items = corpus.items.map((q) => (q.heading === null ? { ...q, heading: ownHeadings.get(q.id) ?? q.answeringBodyName } : q));
  corpus.byUin = new Map(corpus.items.map((q) => [q.uin, q]));
  // MPs only: the corpus is Commons questions, and a peer of the Lords sample who sat in the Commons
  // then (Lord Beamish, 1438) must be printed as the MP he was, not with a /peer/ link.
  return { corpus, roster: rosterFromCommonsDivision({ Ayes: commonsRoster() }) };
}

/**
 * A speaker as TWFY would print them: "Party, Constituency" as the position. Members missing from
 * the roster (it is of Nov 2024; many Dec 2023 ministers had left) get a plain stand-in name and no
 * TWFY link, so the page never claims a person it cannot name.
 * @param {number | null} memberId @param {Roster} roster @param {House} house @returns {Speaker | null}
 */
export function speakerFromRoster(memberId, roster, house) {
  if (memberId === null || memberId === undefined) return null;
  const m = roster.get(memberId);
  if (!m) return { name: `Member (Parliament id ${memberId})`, twfyPersonId: null, position: null, house };
  const position = house === 'Lords' || !m.constituency ? m.party : `${m.party}, ${m.constituency}`;
  return { name: m.name, twfyPersonId: twfyPersonIdFor(memberId), position, house: m.house };
}

/** @param {string} uin @param {string} dateTabled */
function officialUrlFor(uin, dateTabled) {
  return `https://questions-statements.parliament.uk/written-questions/detail/${dateTabled.slice(0, 10)}/${uin}`;
}

/**
 * One corpus record (plus its grouped questions, looked up by UIN in `corpus`) as renderWransPage
 * input. Full texts are used where the full-text file has them; otherwise the list item's
 * truncated text, and the provenance says so.
 * @param {ListItem | { value: ListItem }} listItem @param {FullText | null | undefined} fullText
 * @param {Roster} roster @param {CorpusIndex | null} [corpus]
 * @returns {WransPageInput}
 */
export function corpusRecordToPage(listItem, fullText, roster, corpus = null) {
  const q = 'value' in listItem ? listItem.value : listItem;
  const dateTabled = q.dateTabled.slice(0, 10);
  const answeredDate = (q.dateAnswered ?? q.dateTabled).slice(0, 10);
  const truncated = [];
  /** @param {ListItem} item @param {FullText | null | undefined} full */
  const question = (item, full) => {
    if (!full) truncated.push(`question ${item.uin}`);
    const text = full?.question_text ?? item.questionText;
    return { uin: item.uin, html: `<p qnum="${escapeHtml(item.uin)}">${escapeBodyText(text)}</p>`, asker: speakerFromRoster(item.askingMemberId, roster, item.house) };
  };
  const grouped = (q.groupedQuestions ?? []).flatMap((uin) => {
    const item = corpus?.byUin.get(uin);
    const dated = q.groupedQuestionsDates?.find((g) => g.questionUin === uin)?.dateTabled ?? item?.dateTabled;
    if (!item) return [];
    return [{ ...question(item, corpus?.fullTextById.get(item.id)), officialUrl: dated ? officialUrlFor(uin, dated) : null }];
  });
  const missing = (q.groupedQuestions ?? []).filter((uin) => !corpus?.byUin.has(uin));
  const questions = [question(q, fullText), ...grouped];
  // The renderer applies the template's own rewrites (rel="nofollow", `&#163;`, …) to every body.
  const answerHtml = fullText ? fullText.answer_text : `<p>${escapeBodyText(q.answerText)}</p>`;
  if (!fullText) truncated.push('answer');
  const notes = [
    truncated.length ? `truncated list text for ${truncated.join(', ')}` : 'full texts',
    missing.length ? `grouped UINs not in corpus: ${missing.join(', ')}` : '',
  ].filter(Boolean);
  return {
    gid: `${dateTabled}.${q.uin}.h`,
    heading: q.heading,
    department: q.answeringBodyName,
    answeredDate,
    questions,
    answer: q.dateAnswered ? { html: answerHtml, answerer: speakerFromRoster(q.answeringMemberId, roster, q.house) } : null,
    officialUrl: officialUrlFor(q.uin, dateTabled),
    provenance: `Constructed by scripts/lib/twfy-page.js corpusRecordToPage from corpus record id ${q.id} (UIN ${q.uin}, ` +
      `questions-list-2023-12.jsonl; ${notes.join('; ')}); names from the Nov 2024 Commons roster ` +
      `(snommoc-division-1873.json); TWFY person ids constructed as 90000 + Parliament id except ${[...REAL_TWFY_PERSON_IDS.values()].join(', ')} (real).`,
  };
}
