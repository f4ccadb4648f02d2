// Pieces of a TheyWorkForYou speech block as TWFY's own code writes them, read off the pages its
// pipeline rendered (../shared/reference/pages/, README.md there) and its template
// (`_section_content.php`): the Tweet/Share links, the "Does this answer the above question?"
// widget, the speaker position, and a body after the template's rewrites. Used by twfy-page.js.

/** @param {unknown} text */
export function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Text as a body's element content: only `&`, `<`, `>` escaped, quotes left as TWFY's bodies have them ("Department's"). @param {unknown} text */
export function escapeBodyText(text) {
  return String(text ?? '').replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c);
}

/** PHP's urlencode(), which TWFY's links use: spaces as "+", everything but [A-Za-z0-9_.-] %-encoded. @param {string} text */
export function phpUrlencode(text) {
  return encodeURIComponent(text).replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).replace(/%20/g, '+');
}

/**
 * @typedef {{ post: string, department: string | null }} Office
 * @typedef {{ name: string, twfyPersonId: number | null, position: string | null, offices?: Office[], house: 'Commons' | 'Lords' }} Speaker
 */

/**
 * The small print under a speaker's name: their offices, each "Post, Department" (prettify_office)
 * and joined with ", ", when they hold any; otherwise the given position ("Party, Constituency").
 * @param {Speaker} speaker
 */
export function positionOf(speaker) {
  if (speaker.offices?.length) return speaker.offices.map((o) => (o.department ? `${o.post}, ${o.department}` : o.post)).join(', ');
  return speaker.position;
}

/**
 * A question or answer body as the template prints it: outbound links rel="nofollow", empty
 * paragraphs dropped, a paragraph opening in lower case run on, `</p><p` spaced, and (as in every
 * reference page) each non-ASCII character as a numeric reference: `£` → `&#163;`, `’` → `&#8217;`.
 * @param {string} html
 */
export function templateBody(html) {
  return html
    .replaceAll('<a href="h', '<a rel="nofollow" href="h')
    .replace(/<p>\s*<\/p>/g, '')
    .replace(/(?<!:)<\/p>\s*<p[^>]*>(?=[a-z])(?![ivx]+\.)/g, ' ')
    .replaceAll('<br/>', '</p> <p>')
    .replaceAll('</p><p', '</p> <p')
    .replace(/[^\x00-\x7f]/gu, (c) => `&#${c.codePointAt(0)};`);
}

/**
 * The Tweet and Share links every written-answer speech has (in place of the debates' "Link to this
 * speech"). TWFY escapes the tweet's `&related=` twice (`&amp;amp;`); so does this.
 * @param {string} speechUrl absolute URL of the one speech @param {string} text "Name on Department, at TheyWorkForYou"
 */
export function shareLinks(speechUrl, text) {
  const url = phpUrlencode(speechUrl);
  const quote = phpUrlencode(text);
  return `<li class="link-to-speech">
                    <a href="https://twitter.com/share?url=${url}&amp;text=${quote}&amp;amp;related=theyworkforyou%2Cmysociety" class="twitter debate-speech__meta__link js-twitter-share" target="_blank">Tweet</a>
                    <a href="https://www.facebook.com/dialog/share?app_id=&amp;display=popup&amp;href=${url}&amp;quote=${quote}" data-url="${escapeHtml(speechUrl)}" data-text="${escapeHtml(text)}" class="facebook debate-speech__meta__link js-facebook-share">Share</a>
                </li>`;
}

/**
 * The answer's "Does this answer the above question?" widget, with TWFY's class names.
 * @param {number} voteId TWFY's id for the answer (its database's, so CONSTRUCTED in fixtures) @param {string} pagePath e.g. `/wrans/?id=2023-12-13.6889.h`
 */
export function questionAnsweredWidget(voteId, pagePath) {
  const vote = (v) => `/vote/?v=${v}&amp;id=${escapeHtml(voteId)}&amp;ret=${phpUrlencode(pagePath)}`;
  return `
                <div class="debate-speech__question-answered">
                    <div class="debate-speech__question-answered-content">
                        <h3>Does this answer the above question?</h3>
                        <p class="debate-speech__question-answered-result">
                            <a rel="nofollow" class="button" href="${vote(1)}" title="Rate this as answering the question">Yes</a><span class="question-answered-result__vote-text">0 people think so</span>
                        </p>

                        <p class="debate-speech__question-answered-result">
                            <a rel="nofollow" class="button" href="${vote(0)}" title="Rate this as NOT answering the question">No</a><span class="question-answered-result__vote-text">0 people think not</span>
                        </p>

                        <p class="subtle">
                            Would you like to <strong>ask a question like this yourself</strong>? Use our <a href="https://www.whatdotheyknow.com">Freedom of Information site</a>.
                        </p>
                    </div>
                </div>
`;
}
