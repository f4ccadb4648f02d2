/**
 * TheyWorkForYou written question + answer pages: `https://www.theyworkforyou.com/wrans/?id=<gid>`.
 * Selectors and their evidence: /work/shared/reference/twfy-markup.md §1. The page is not ours and
 * may drift, so every piece is optional (null) except the heading and one question block, and
 * everything read is untrusted: text is whitespace-collapsed and clipped, URLs must be http(s).
 */
import type { House, PageContext, PagePerson, PageQuestion } from './page-context';
import type { PageReading, SiteAdapter } from './site-adapter';
import { blockText, cleanText, isoDate, isoDateFromWords, resolveHttpUrl } from './page-text';
import { officesOf } from './twfy-position';

export const SITE_ID = 'theyworkforyou-wrans';

/**
 * The URL predicate's contract, checked by the tests. `.q<n>` gids (one question of a page) match:
 * TWFY redirects them to their group's `.h` page, and should one be read as it is, the context
 * takes the `.h` gid of the page's first question (pageGid). `.r<n>` gids do not: an answer on its
 * own has no question to read.
 */
export const TWFY_WRANS_URL_EXAMPLES = {
  matching: [
    'https://www.theyworkforyou.com/wrans/?id=2019-02-08.215246.h',
    'https://www.theyworkforyou.com/wrans/?id=2023-12-12.6036.h',
    'https://www.theyworkforyou.com/wrans/?id=2024-09-23.HL1234.h',
    'https://theyworkforyou.com/wrans/?id=2019-02-08.215246.h',
    'https://www.theyworkforyou.com/wrans/?id=2019-02-08.215246.q0',
    'https://www.theyworkforyou.com/wrans/?id=2023-12-19.7118.q1',
    // pre-2014 imports add a batch letter to the date (parlparse answers2009-10-26a.xml)
    'https://www.theyworkforyou.com/wrans/?id=2009-10-26a.293981.h',
    'https://www.theyworkforyou.com/wrans/?id=2023-12-12.6036.h&s=prison#g6036.r0',
  ],
  notMatching: [
    'https://www.theyworkforyou.com/wrans/?d=2019-02-08',
    'https://www.theyworkforyou.com/wrans/',
    'https://www.theyworkforyou.com/mp/?p=10001',
    'https://www.theyworkforyou.com/search/?q=child+sexual+abuse',
    'https://www.theyworkforyou.com/debates/?id=2023-11-15b.631.2',
    'https://www.theyworkforyou.com/lords/?id=2006-07-14a.946.0',
    'https://www.theyworkforyou.com/spwrans/?id=2019-02-08.S5W-21234.h',
    'https://www.theyworkforyou.com/wrans/?id=2019-02-08.215246.r0',
    'https://www.theyworkforyou.com/wrans/?id=2019-02-08.215246',
    'https://www.theyworkforyou.com/wrans/?id=2019-02-30.215246.h',
    'https://www.theyworkforyou.com/wrans/?id=2019-02-08.hl215246.h',
    'http://www.theyworkforyou.com/wrans/?id=2019-02-08.215246.h',
    'https://www.theyworkforyou.com.example.net/wrans/?id=2019-02-08.215246.h',
    'https://questions-statements.parliament.uk/written-questions/detail/2019-01-31/215246',
  ],
};

const TWFY_HOSTS = new Set(['www.theyworkforyou.com', 'theyworkforyou.com']);
/** `YYYY-MM-DD[a-z]?.<UIN>.(h|q<n>)`; Commons UINs are digits, Lords UINs `HL` + digits. */
const GID = /^(\d{4}-\d{2}-\d{2})([a-z]?)\.((?:HL)?\d{1,7})\.(?:h|q\d{1,3})$/;
const UIN = /^(?:HL)?\d{1,7}$/;
const QUESTION_BLOCK_ID = /^g((?:HL)?\d{1,7})\.q\d{1,3}$/;
const ANSWER_BLOCK_ID = /^g(?:HL)?\d{1,7}\.r\d{1,3}$/;
const MAX = { heading: 300, department: 200, name: 200, position: 300, question: 20_000, answer: 200_000 };
/** Both official-record link formats carry the tabled date and the UIN (twfy-markup.md, "Parliament link"). */
const OFFICIAL_LINK_FORMATS = [
  /^\/written-questions\/detail\/(\d{4}-\d{2}-\d{2})\/([A-Za-z0-9]+)\/?$/,
  /\/written-question\/(?:Commons|Lords)\/(\d{4}-\d{2}-\d{2})\/([A-Za-z0-9]+)\/?$/,
];

interface Gid {
  gid: string;
  date: string;
  uin: string;
}

/** The page's gid, normalised to its `.h` form; null unless it follows the rule above. */
export function parseGid(raw: string | null): Gid | null {
  const match = raw ? GID.exec(raw) : null;
  if (!match) return null;
  const [, date = '', batch = '', uin = ''] = match;
  const iso = isoDate(date);
  return iso ? { gid: `${date}${batch}.${uin}.h`, date: iso, uin } : null;
}

function matchesUrl(url: URL): boolean {
  return url.protocol === 'https:' && TWFY_HOSTS.has(url.hostname) && url.pathname === '/wrans/' && parseGid(url.searchParams.get('id')) !== null;
}

function read(doc: Document, url: URL): PageReading | null {
  try {
    return readPage(doc, url);
  } catch {
    // Fail soft: a page we cannot read gets no sidebar, never a broken page.
    return null;
  }
}

function readPage(doc: Document, url: URL): PageReading | null {
  const urlGid = parseGid(url.searchParams.get('id'));
  const heading = cleanText(doc.querySelector('.debate-header h1')?.textContent, MAX.heading);
  const questionBlocks = Array.from(doc.querySelectorAll('.debate-speech[id]')).filter((el) => QUESTION_BLOCK_ID.test(el.id));
  if (!urlGid || !heading || questionBlocks.length === 0) return null;

  const questions = questionBlocks.map((block) => readQuestion(block, url));
  const gid = pageGid(urlGid, url.searchParams.get('id') ?? '', questions[0]?.uin ?? '');
  const answerBlock = Array.from(doc.querySelectorAll('.debate-speech[id]')).find((el) => ANSWER_BLOCK_ID.test(el.id)) ?? null;
  const answerElement = answerBlock ? contentOf(answerBlock) : null;
  const answerer = answerBlock ? readSpeaker(answerBlock, url) : null;
  const lead = doc.querySelector('.debate-header p.lead');
  const answeredDate = lead ? answeredDateOf(lead) : null;
  const official = officialLink(questionBlocks[0] ?? null, doc, url);
  let answerText: string | undefined;
  const context: PageContext = {
    site: SITE_ID,
    url: `https://www.theyworkforyou.com/wrans/?id=${gid.gid}`,
    gid: gid.gid,
    uin: gid.uin,
    house: houseOf(gid.uin, [...questions.map((q) => q.asker), answerer]),
    gidDate: gid.date,
    tabledDate: tabledDateOf(gid, official, answeredDate),
    answeredDate,
    department: lead ? departmentOf(lead) : null,
    heading,
    questions,
    asker: questions[0]?.asker ?? null,
    answerer,
    // Read on first use: the sidebar does not show it (the figures read the answer themselves),
    // and on a long answer it costs more than reading the rest of the page.
    get answerText() {
      answerText ??= answerElement ? blockText(answerElement, MAX.answer, WIDGETS) : '';
      return answerText;
    },
    officialUrl: official?.url ?? null,
  };
  return { context, answerElement };
}

/**
 * A `.q<n>` gid names one question of a group, and TWFY sends it to the group's `.h` page, whose gid
 * carries the group's first UIN (`/wrans/?id=2023-12-06.5663.q1` → `2023-12-06.5662.h`; see
 * reference/pages/wrans-speech-2023-12-06.5663.q1.txt). So a page read under a `.q` gid takes its gid
 * from its own first question; an `.h` gid is the page's own and stays.
 */
function pageGid(urlGid: Gid, rawId: string, firstUin: string): Gid {
  if (!/\.q\d+$/.test(rawId) || !UIN.test(firstUin) || firstUin === urlGid.uin) return urlGid;
  return { ...urlGid, gid: urlGid.gid.replace(/\.[^.]+\.h$/, `.${firstUin}.h`), uin: firstUin };
}

/** Page furniture inside speech blocks that is not the speech ("Does this answer the above question?"). */
const WIDGETS = '.debate-speech__question-answered';

function contentOf(block: Element): Element | null {
  return Array.from(block.querySelectorAll('.debate-speech__content')).find((el) => !el.closest(WIDGETS)) ?? null;
}

function readQuestion(block: Element, base: URL): PageQuestion {
  const content = contentOf(block);
  const qnum = content?.querySelector('p[qnum]')?.getAttribute('qnum')?.trim() ?? '';
  const fromId = QUESTION_BLOCK_ID.exec(block.id)?.[1] ?? '';
  return {
    uin: UIN.test(qnum) ? qnum : fromId,
    text: content ? blockText(content, MAX.question, WIDGETS) : '',
    asker: readSpeaker(block, base),
    anchorId: block.id,
  };
}

/** The speaker heading of one speech block: name, position, and the TWFY profile link and photo. */
function readSpeaker(block: Element, base: URL): PagePerson | null {
  const speaker = block.querySelector('.debate-speech__speaker');
  if (!speaker) return null;
  const nameEl = speaker.querySelector('.debate-speech__speaker__name');
  // Without the name element, the heading's own text (less the position) is the best guess.
  const name = nameEl ? cleanText(nameEl.textContent, MAX.name) : blockText(speaker, MAX.name, '.debate-speech__speaker__position').replace(/\s+/g, ' ');
  if (!name) return null;
  const profile = twfyUrl(speaker.querySelector('a[href]')?.getAttribute('href'), base);
  const photo = twfyUrl(speaker.querySelector('img[src]')?.getAttribute('src'), base);
  const position = cleanText(speaker.querySelector('.debate-speech__speaker__position')?.textContent, MAX.position) || null;
  const offices = officesOf(position);
  return {
    name,
    twfyPersonId: profile ? personIdOf(profile) : null,
    position,
    ...(offices ? { offices } : {}),
    photoUrl: photo && !UNKNOWN_PERSON_IMAGE.test(photo.pathname) ? photo.href : null,
    profileUrl: profile?.href ?? null,
  };
}

/** TWFY's stand-in when it has no photo (`Member::findMemberImage`): not a photo of anyone, so the sidebar's own thumbnail wins. */
const UNKNOWN_PERSON_IMAGE = /^\/images\/unknownperson(?:_large)?\.(?:png|jpe?g)$/;

/** Profile and photo links only count when they stay on TWFY: anything else is not what the fields mean. */
function twfyUrl(href: string | null | undefined, base: URL): URL | null {
  const url = resolveHttpUrl(href, base);
  return url && TWFY_HOSTS.has(url.hostname) ? url : null;
}

/** `/mp/?p=25168`, `/peer/?p=26052` (also `/mp/25168/name/place`) → the TWFY person id. */
function personIdOf(profile: URL): number | null {
  const path = /^\/(?:mp|peer|msp|mla|ms)\/(?:(\d{1,7})(?:\/|$))?/.exec(profile.pathname);
  if (!path) return null;
  const raw = path[1] ?? profile.searchParams.get('p') ?? '';
  return /^\d{1,7}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null;
}

function houseOf(uin: string, speakers: (PagePerson | null)[]): House {
  if (uin.startsWith('HL')) return 'Lords';
  const peer = speakers.some((p) => p?.profileUrl && new URL(p.profileUrl).pathname.startsWith('/peer/'));
  return peer ? 'Lords' : 'Commons';
}

/** "Home Office written question – answered on …" → "Home Office". */
function departmentOf(lead: Element): string | null {
  const text = cleanText(lead.textContent, 1_000);
  const match = /^(.*?)\s+written question\b/i.exec(text);
  return match?.[1] ? cleanText(match[1], MAX.department) || null : null;
}

/** The day link's `?d=` is ISO and exact; the lead's words ("8th February 2019") are the fallback. */
function answeredDateOf(lead: Element): string | null {
  for (const link of Array.from(lead.querySelectorAll('a[href*="?d="]'))) {
    const href = link.getAttribute('href') ?? '';
    const day = /[?&]d=(\d{4}-\d{2}-\d{2})(?:&|#|$)/.exec(href)?.[1];
    const iso = day ? isoDate(day) : null;
    if (iso) return iso;
  }
  return isoDateFromWords(cleanText(lead.textContent, 1_000));
}

interface OfficialLink {
  url: string;
  date: string | null;
  uin: string | null;
}

/** The "Hansard source" link of the page's own question (or, failing that, the page's first). */
function officialLink(firstQuestion: Element | null, doc: Document, base: URL): OfficialLink | null {
  const selector = '.link-to-hansard a[href]';
  const anchor = firstQuestion?.querySelector(selector) ?? doc.querySelector(selector);
  const url = resolveHttpUrl(anchor?.getAttribute('href'), base);
  // The field means "the official record": only Parliament's own hosts qualify.
  if (!url || !(url.hostname === 'parliament.uk' || url.hostname.endsWith('.parliament.uk'))) return null;
  for (const format of OFFICIAL_LINK_FORMATS) {
    const match = format.exec(url.pathname);
    if (match) return { url: url.href, date: isoDate(match[1] ?? ''), uin: match[2] ?? null };
  }
  return { url: url.href, date: null, uin: null };
}

/**
 * When was the question tabled? The official link says so (both formats), when it is the link for
 * this question. Without it, the gid date is the tabled date only when it is earlier than the answer
 * date: older imports put the answer date in the gid (DESIGN.md §1), so a gid date equal to the
 * answer date (or no answer date at all) leaves the tabled date unknown rather than wrong.
 */
function tabledDateOf(gid: Gid, official: OfficialLink | null, answeredDate: string | null): string | null {
  if (official?.date && official.uin?.toUpperCase() === gid.uin.toUpperCase()) return official.date;
  return answeredDate && gid.date < answeredDate ? gid.date : null;
}

export const theyworkforyouWrans: SiteAdapter = { id: SITE_ID, matchesUrl, read };
