// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"disableJavaScriptFileLoading":true,"disableCSSFileLoading":true,"handleDisabledFileLoadingAsSuccess":true}}
/**
 * The fixture page generator (scripts/lib/twfy-page.js) against TheyWorkForYou's own output: the
 * records behind ../shared/reference/pages/wrans-*.html (corpus records, speakers from the stand-ins
 * in reference/pages/inputs/people.json and ministers-2010.json) are rendered by renderWransPage and
 * the structure the adapter and a reader rely on is compared: header, lead, navigation, every speech
 * block with its speaker link, name and position, the body (its text and its `&#163;`-style numeric
 * references), the answer widget, the Tweet/Share and Hansard source links. Left out on purpose:
 * photo URLs (the reference pages were rendered without photos: `/images/unknownperson.png`), the
 * widget's vote id (TWFY's database id), whitespace, and the page shell (site header, footer, scripts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingSharedMessage, sharedPath } from '../../scripts/lib/shared-dir.js';
import { corpusRecordToPage, indexCorpus, renderWransDayList, renderWransPage } from '../../scripts/lib/twfy-page.js';
import { parse } from './support/reading';

const REF_DIR = sharedPath('reference/pages');
const present = existsSync(REF_DIR) && missingSharedMessage() === null;
if (!present) console.log(`TWFY generator-vs-reference tests skipped: no ${REF_DIR} or corpus (put the shared/ folder beside the checkout).`);

type Speaker = { name: string; twfyPersonId: number | null; position: string | null; offices?: { post: string; department: string | null }[]; house: 'Commons' | 'Lords' };
const collapse = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The stand-in people TWFY's pipeline rendered the pages with, keyed by Parliament member id. */
function referenceSpeakers(): Map<number, Speaker> {
  const json = (file: string) => JSON.parse(readFileSync(path.join(REF_DIR, 'inputs', file), 'utf8'));
  const people = json('people.json');
  const ministers = json('ministers-2010.json');
  const name = (id: string, list: { id: string; name: string }[]) => list.find((o) => o.id === id)?.name ?? null;
  const speakers = new Map<number, Speaker>();
  for (const person of people.persons) {
    const parliamentId = person.identifiers.find((i: { scheme: string }) => i.scheme === 'datadotparl_id')?.identifier;
    if (!parliamentId) continue;
    const membership = people.memberships.find((m: { person_id: string }) => m.person_id === person.id);
    const seat = people.posts.find((p: { id: string }) => p.id === membership.post_id)?.area.name;
    const offices = ministers.memberships
      .filter((m: { person_id: string }) => m.person_id === person.id)
      .map((m: { role: string; organization_id: string }) => ({ post: m.role, department: name(m.organization_id, ministers.organizations) }));
    const main = person.other_names[0];
    speakers.set(Number(parliamentId), {
      name: `${main.given_name} ${main.family_name}`,
      twfyPersonId: Number(person.id.split('/').pop()),
      position: `${name(membership.on_behalf_of_id, people.organizations)}, ${seat}`,
      ...(offices.length ? { offices } : {}),
      house: 'Commons',
    });
  }
  return speakers;
}

/** The Dec 2023 corpus the reference pages' records come from, read in place. */
function loadCorpus() {
  const lines = (rel: string) => readFileSync(sharedPath(rel), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return indexCorpus(lines('corpus/questions-list-2023-12.jsonl'), lines('corpus/questions-full-text-2023-12.jsonl'));
}

/** A record of the corpus rendered as its TWFY page, with the reference pages' speakers (so no roster). */
function renderRecord(uin: string): string {
  const corpus = loadCorpus();
  const speakers = referenceSpeakers();
  const item = corpus.byUin.get(uin)!;
  const speaker = (id: number | null) => {
    const found = id === null ? null : speakers.get(id);
    if (!found) throw new Error(`no reference speaker for Parliament id ${id}`);
    return found;
  };
  const page = corpusRecordToPage(item, corpus.fullTextById.get(item.id), new Map(), corpus);
  page.questions.forEach((q: { uin: string; asker: Speaker | null }) => (q.asker = speaker(corpus.byUin.get(q.uin)!.askingMemberId)));
  if (page.answer) page.answer.answerer = speaker(item.answeringMemberId);
  return renderWransPage(page);
}

const attr = (el: Element | null | undefined, name: string) => el?.getAttribute(name) ?? null;
/** `/vote/?v=1&id=10119&ret=…` without TWFY's database id. */
const withoutVoteId = (href: string | null) => href?.replace(/([?&])id=\d+/, '$1id=ID') ?? null;
/**
 * Numeric character references (`&#163;`, `&#8217;`) in the speeches' source, in order: the bodies'
 * encoding, which a parsed DOM no longer shows. The speeches run from `div.full-page` to the
 * comments (TWFY) or the footer navigation (ours).
 */
function speechCharRefs(html: string): string[] {
  const start = html.indexOf('<div class="full-page">');
  const ends = ['<div class="debate-comments">', '<nav class="debate-navigation debate-navigation--footer"'].map((m) => html.indexOf(m, start)).filter((i) => i > 0);
  return html.slice(start, Math.min(...ends)).match(/&#\d+;/g) ?? [];
}

/** What a page shows that the adapter and a reader rely on, as plain data. */
function structure(html: string) {
  const doc = parse(html);
  const lead = doc.querySelector('.debate-header p.lead');
  return {
    charRefs: speechCharRefs(html),
    header: {
      className: doc.querySelector('.debate-header')?.className,
      heading: collapse(doc.querySelector('.debate-header h1')?.textContent),
      lead: collapse(lead?.textContent),
      leadLinks: Array.from(lead?.querySelectorAll('a') ?? []).map((a) => [attr(a, 'href'), collapse(a.textContent)]),
      alert: attr(doc.querySelector('.debate-header .cta a.button.alert'), 'href'),
      nav: Array.from(doc.querySelectorAll('nav.debate-navigation')).map((nav) => [nav.className, ...Array.from(nav.querySelectorAll('a[rel]')).map((a) => `${attr(a, 'rel')} ${attr(a, 'href')} ${collapse(a.textContent)}`)]),
    },
    speeches: Array.from(doc.querySelectorAll('.full-page .debate-speech')).map((block) => {
      const speaker = block.querySelector('h2.debate-speech__speaker');
      const content = block.querySelector('.debate-speech__speaker-and-content > .debate-speech__content');
      const widget = block.querySelector('.debate-speech__speaker-and-content > .debate-speech__question-answered');
      const share = block.querySelector('ul.debate-speech__meta.debate-speech__links > li.link-to-speech');
      const source = block.querySelector('ul.debate-speech__meta.debate-speech__links > li.link-to-hansard');
      return {
        id: block.id,
        anchor: attr(block.querySelector('.full-page__unit > a[name]'), 'name'),
        speaker: speaker && {
          href: attr(speaker.querySelector(':scope > a'), 'href'),
          photoAlt: attr(speaker.querySelector('a > img'), 'alt'),
          name: collapse(speaker.querySelector('a > strong.debate-speech__speaker__name')?.textContent),
          position: collapse(speaker.querySelector('a > small.debate-speech__speaker__position')?.textContent),
        },
        qnums: Array.from(content?.querySelectorAll('p[qnum]') ?? []).map((p) => attr(p, 'qnum')),
        text: collapse(content?.textContent),
        tables: content?.querySelectorAll('table').length ?? 0,
        widget: widget && {
          classes: Array.from(widget.querySelectorAll('[class]')).map((el) => `${el.localName}.${el.className}`),
          title: collapse(widget.querySelector('h3')?.textContent),
          votes: Array.from(widget.querySelectorAll('.debate-speech__question-answered-result a.button')).map((a) => [collapse(a.textContent), withoutVoteId(attr(a, 'href')), attr(a, 'title')]),
          voteTexts: Array.from(widget.querySelectorAll('.question-answered-result__vote-text')).map((s) => collapse(s.textContent)),
          subtle: collapse(widget.querySelector('p.subtle')?.textContent),
        },
        share: Array.from(share?.querySelectorAll('a') ?? []).map((a) => ({
          text: collapse(a.textContent), href: attr(a, 'href'), className: a.className, dataUrl: attr(a, 'data-url'), dataText: attr(a, 'data-text'),
        })),
        source: source && {
          links: Array.from(source.querySelectorAll('a')).map((a) => [attr(a, 'href'), a.className, collapse(a.textContent)]),
          citation: collapse(source.querySelector('span')?.textContent),
        },
      };
    }),
  };
}

const PAGES = [
  ['wrans-2023-12-13.6889.h.html', '6889'],
  ['wrans-2023-12-14.7117.h.html', '7117'],
  ['wrans-2023-12-06.5662.h.html', '5662'],
] as const;

describe.skipIf(!present)('renderWransPage against the pages TWFY rendered from the same records', () => {
  it.each(PAGES)('%s', (file, uin) => {
    const reference = readFileSync(path.join(REF_DIR, file), 'utf8');
    const ours = renderRecord(uin);
    expect(structure(ours)).toEqual(structure(reference));
    // The lead's empty time, exactly as the template leaves it (the comparison above collapses whitespace).
    expect(ours).toMatch(/answered\s+at {2}on <a href="\/wrans\/\?d=/);
  });

  it('writes the pound sign as &#163;, as TWFY does', () => {
    const ours = renderRecord('6889');
    expect(ours).toContain('up to &#163;42 million');
    expect(ours).not.toMatch(/£/);
  });

  it('fails the comparison when the markup drifts (the check can fail)', () => {
    const reference = readFileSync(path.join(REF_DIR, 'wrans-2023-12-13.6889.h.html'), 'utf8');
    const drifted = renderRecord('6889').replace('debate-speech__question-answered-result', 'debate-speech__question-answered__votes');
    expect(structure(drifted)).not.toEqual(structure(reference));
  });
});

describe.skipIf(!present)('renderWransDayList against TWFY\'s day list', () => {
  it('has the business-section structure of wrans-day-2023-12-14.html', () => {
    const reference = parse(readFileSync(path.join(REF_DIR, 'wrans-day-2023-12-14.html'), 'utf8'));
    const corpus = loadCorpus();
    const item = corpus.byUin.get('5662')!;
    const full = corpus.fullTextById.get(item.id);
    const ours = parse(renderWransDayList({
      date: '2023-12-14',
      sections: [{ department: 'Ministry of Justice', headingGid: '2023-12-06.5667.mh', items: [{ gid: '2023-12-06.5662.h', heading: item.heading, excerpt: full?.question_text ?? '' }] }],
      provenance: 'test',
    }));
    const shape = (doc: Document) => ({
      title: collapse(doc.querySelector('.business-section__header__title')?.textContent),
      date: collapse(doc.querySelector('.business-section__header__date')?.textContent),
      items: Array.from(doc.querySelectorAll('.business-section__primary ul.business-list > li')).map((li) => ({
        department: [attr(li.querySelector(':scope > a.business-list__title'), 'href'), collapse(li.querySelector(':scope > a.business-list__title > h3')?.textContent)],
        questions: Array.from(li.querySelectorAll(':scope > ul > li')).map((q) => [
          attr(q.querySelector('a.business-list__title'), 'href'), collapse(q.querySelector('a.business-list__title > h3')?.textContent), collapse(q.querySelector('p.business-list__excerpt')?.textContent),
        ]),
      })),
    });
    expect(shape(ours)).toEqual(shape(reference));
  });
});
