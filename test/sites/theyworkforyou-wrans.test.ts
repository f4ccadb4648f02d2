// @vitest-environment happy-dom
/**
 * The TWFY written-answer adapter against the fixture pages (golden JSON beside each page), the
 * URL examples it publishes, and pages built to break it. Goldens were written once from the
 * reader's output and checked by hand; to rewrite them on purpose: UPDATE_TWFY_GOLDENS=1.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterForUrl } from '../../src/sites/registry';
import { renderWransPage } from '../../scripts/lib/twfy-page.js';
import { parseGid, theyworkforyouWrans as adapter, TWFY_WRANS_URL_EXAMPLES } from '../../src/sites/theyworkforyou-wrans';
import { parse, summary } from './support/reading';

// (happy-dom's global URL is not Node's, so file paths are built with node:path)
const DIR = `${path.join(import.meta.dirname, '../fixtures/pages/twfy')}/`;
const fixtures = JSON.parse(readFileSync(`${DIR}index.json`, 'utf8')) as { file: string; url: string; kind: 'question' | 'other' }[];
const SEED_URL = new URL('https://www.theyworkforyou.com/wrans/?id=2019-02-08.215246.h');
const seedHtml = readFileSync(`${DIR}wrans-2019-02-08.215246.html`, 'utf8');

function readSeed(edit: (doc: Document) => void, url = SEED_URL) {
  const doc = parse(seedHtml);
  edit(doc);
  return adapter.read(doc, url);
}

describe('theyworkforyou-wrans URL predicate', () => {
  it.each(TWFY_WRANS_URL_EXAMPLES.matching)('matches %s', (url) => {
    expect(adapter.matchesUrl(new URL(url))).toBe(true);
    expect(adapterForUrl(new URL(url))).toBe(adapter);
  });

  it.each(TWFY_WRANS_URL_EXAMPLES.notMatching)('does not match %s', (url) => {
    expect(adapter.matchesUrl(new URL(url))).toBe(false);
    expect(adapterForUrl(new URL(url))).toBeNull();
  });

  it('normalises gids to their .h form and keeps the UIN', () => {
    expect(parseGid('2019-02-08.215246.q0')).toEqual({ gid: '2019-02-08.215246.h', date: '2019-02-08', uin: '215246' });
    expect(parseGid('2024-09-23.HL1234.h')).toEqual({ gid: '2024-09-23.HL1234.h', date: '2024-09-23', uin: 'HL1234' });
    expect(parseGid('2009-10-26a.293981.h')).toEqual({ gid: '2009-10-26a.293981.h', date: '2009-10-26', uin: '293981' });
    expect(parseGid('2019-02-08.215246.r0')).toBeNull();
    expect(parseGid(null)).toBeNull();
  });
});

describe('theyworkforyou-wrans fixture pages (golden)', () => {
  it.each(fixtures)('$file', ({ file, url, kind }) => {
    const doc = parse(readFileSync(`${DIR}${file}`, 'utf8'));
    const pageUrl = new URL(url);
    expect(adapter.matchesUrl(pageUrl)).toBe(kind === 'question');
    // Non-question pages must also read as null if they ever reached the reader under a wrans URL.
    const actual = summary(adapter.read(doc, kind === 'question' ? pageUrl : SEED_URL));
    const goldenPath = `${DIR}${file.replace(/\.html$/, '.golden.json')}`;
    if (process.env.UPDATE_TWFY_GOLDENS) writeFileSync(goldenPath, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')));
    if (kind === 'other') expect(actual).toBeNull();
  });

  it('keeps the seed answer verbatim, without the answered-widget', () => {
    const reading = adapter.read(parse(seedHtml), SEED_URL);
    expect(reading?.context.answerText).toContain('the Govern-ment is investing millions of pounds');
    expect(reading?.context.answerText).toContain('how to de-tect and disrupt');
    expect(reading?.context.answerText).not.toContain('Does this answer');
    expect(reading?.context.answerText.split('\n\n')).toHaveLength(8);
    expect(reading?.answerElement?.textContent).toContain('£2.6 million');
  });
});

describe('theyworkforyou-wrans reading what the page leaves out', () => {
  it('reads the question when the answer block is missing', () => {
    const reading = readSeed((doc) => doc.getElementById('g215246.r0')?.remove());
    expect(reading?.context.questions).toHaveLength(1);
    expect(reading?.context.answerer).toBeNull();
    expect(reading?.context.answerText).toBe('');
    expect(reading?.answerElement).toBeNull();
  });

  it('reads a speaker without a profile link (and so without an id or photo)', () => {
    const reading = readSeed((doc) => {
      const link = doc.querySelector('#g215246.q0 h2 a, [id="g215246.q0"] h2 a')!;
      link.replaceWith(...Array.from(link.childNodes).filter((n) => (n as Element).localName !== 'img'));
    });
    expect(reading?.context.asker).toEqual({ name: 'Sarah Champion', twfyPersonId: null, position: 'Labour, Rotherham', photoUrl: null, profileUrl: null });
  });

  it('reads a speaker heading with no name element from its text', () => {
    const reading = readSeed((doc) => doc.querySelector('[id="g215246.r0"] .debate-speech__speaker__name')?.replaceWith('Victoria Atkins'));
    expect(reading?.context.answerer?.name).toBe('Victoria Atkins');
    expect(reading?.context.answerer?.twfyPersonId).toBe(25424);
  });

  it('returns null without a heading or without a question block', () => {
    expect(readSeed((doc) => doc.querySelector('.debate-header h1')?.remove())).toBeNull();
    expect(readSeed((doc) => doc.getElementById('g215246.q0')?.remove())).toBeNull();
    expect(adapter.read(parse('<p>hello</p>'), SEED_URL)).toBeNull();
  });

  it('takes the UIN from the block id when there is no qnum', () => {
    const reading = readSeed((doc) => doc.querySelector('p[qnum]')?.removeAttribute('qnum'));
    expect(reading?.context.questions[0]?.uin).toBe('215246');
  });

  it('falls back to the lead text for the answer date, in either style', () => {
    for (const words of ['8th February 2019', '8 February 2019', '8 Feb 2019']) {
      const reading = readSeed((doc) => {
        doc.querySelector('.debate-header p.lead')!.textContent = `Home Office written question – answered on ${words}.`;
      });
      expect(reading?.context.answeredDate).toBe('2019-02-08');
      expect(reading?.context.department).toBe('Home Office');
    }
  });

  it('leaves department and answer date null without a lead', () => {
    const reading = readSeed((doc) => doc.querySelector('.debate-header p.lead')?.remove());
    expect(reading?.context.department).toBeNull();
    expect(reading?.context.answeredDate).toBeNull();
    // no answer date: a gid date can no longer be shown to be the tabled date, but the link still can
    expect(reading?.context.tabledDate).toBe('2019-01-31');
  });

  it('uses the canonical .h gid and URL for a single-question (.q0) page', () => {
    const reading = readSeed(() => {}, new URL('https://www.theyworkforyou.com/wrans/?id=2019-02-08.215246.q0&s=abuse'));
    expect(reading?.context.gid).toBe('2019-02-08.215246.h');
    expect(reading?.context.url).toBe('https://www.theyworkforyou.com/wrans/?id=2019-02-08.215246.h');
  });

  it('excludes the answered-widget even when it sits inside the content', () => {
    const reading = readSeed((doc) => {
      const widget = doc.querySelector('.debate-speech__question-answered')!;
      doc.querySelector('[id="g215246.r0"] .debate-speech__content')!.append(widget);
    });
    expect(reading?.context.answerText).not.toContain('people think');
  });
});

describe('theyworkforyou-wrans tabled date', () => {
  const withLink = (href: string | null) => (doc: Document) => {
    const a = doc.querySelector('.link-to-hansard a')!;
    if (href === null) a.remove();
    else a.setAttribute('href', href);
  };

  it('reads both official link formats', () => {
    const current = readSeed(withLink('https://questions-statements.parliament.uk/written-questions/detail/2019-01-30/215246'));
    expect(current?.context.tabledDate).toBe('2019-01-30');
    expect(readSeed(() => {})?.context.tabledDate).toBe('2019-01-31');
  });

  it('ignores a link to another question, and a gid date equal to the answer date', () => {
    const other = readSeed(withLink('https://questions-statements.parliament.uk/written-questions/detail/2019-01-30/999'));
    expect(other?.context.officialUrl).toBe('https://questions-statements.parliament.uk/written-questions/detail/2019-01-30/999');
    expect(other?.context.tabledDate).toBeNull();
    expect(readSeed(withLink(null))?.context.tabledDate).toBeNull();
  });

  it('takes a gid date earlier than the answer date as the tabled date', () => {
    const html = readFileSync(`${DIR}wrans-2023-12-14.7117.html`, 'utf8');
    const doc = parse(html);
    doc.querySelectorAll('.link-to-hansard').forEach((li) => li.remove());
    const reading = adapter.read(doc, new URL('https://www.theyworkforyou.com/wrans/?id=2023-12-14.7117.h'));
    expect(reading?.context.officialUrl).toBeNull();
    expect(reading?.context.tabledDate).toBe('2023-12-14');
  });
});

describe('theyworkforyou-wrans hostile pages', () => {
  it('keeps markup-looking text as text', () => {
    const reading = readSeed((doc) => {
      doc.querySelector('.debate-header h1')!.textContent = '<script>alert(1)</script> Heading';
    });
    expect(reading?.context.heading).toBe('<script>alert(1)</script> Heading');
  });

  it('reads hostile text rendered into a page as text, never as markup', () => {
    const hostile = '<script>alert(1)</script> "quoted" & <img src=x onerror=alert(2)>';
    const html = renderWransPage({
      gid: '2023-12-14.7117.h', heading: hostile, department: hostile, answeredDate: '2023-12-21', provenance: '--> <script>',
      questions: [{ uin: '7117', html: '<p qnum="7117">Question</p>', asker: { name: hostile, twfyPersonId: 1, position: hostile, house: 'Commons' } }],
      answer: { html: '<p>Answer</p>', answerer: null },
      officialUrl: 'javascript:alert(3)',
    });
    const doc = parse(html);
    expect(doc.querySelectorAll('script, [onerror]')).toHaveLength(0);
    const ctx = adapter.read(doc, new URL('https://www.theyworkforyou.com/wrans/?id=2023-12-14.7117.h'))?.context;
    expect(ctx?.heading).toBe(hostile);
    expect(ctx?.department).toBe(hostile);
    expect(ctx?.asker).toMatchObject({ name: hostile, position: hostile });
    expect(ctx?.officialUrl).toBeNull();
  });

  it('drops javascript:, data: and off-site URLs', () => {
    const reading = readSeed((doc) => {
      doc.querySelector('.link-to-hansard a')!.setAttribute('href', 'javascript:alert(1)//parliament.uk/written-questions/detail/2019-01-30/215246');
      doc.querySelector('[id="g215246.q0"] h2 a')!.setAttribute('href', 'javascript:alert(document.cookie)');
      doc.querySelector('[id="g215246.q0"] h2 img')!.setAttribute('src', 'data:image/svg+xml,<svg onload=alert(1)>');
      doc.querySelector('[id="g215246.r0"] h2 a')!.setAttribute('href', 'https://evil.example/mp/?p=25424');
    });
    expect(reading?.context.officialUrl).toBeNull();
    expect(reading?.context.tabledDate).toBeNull();
    expect(reading?.context.asker).toMatchObject({ twfyPersonId: null, profileUrl: null, photoUrl: null });
    expect(reading?.context.answerer).toMatchObject({ twfyPersonId: null, profileUrl: null });
  });

  it('accepts only Parliament hosts for the official record', () => {
    const reading = readSeed((doc) => {
      doc.querySelector('.link-to-hansard a')!.setAttribute('href', 'https://parliament.uk.evil.example/written-questions/detail/2019-01-30/215246');
    });
    expect(reading?.context.officialUrl).toBeNull();
  });

  it('ignores impossible dates and non-numeric person ids', () => {
    const reading = readSeed((doc) => {
      doc.querySelector('.debate-header p.lead a')!.setAttribute('href', '/wrans/?d=2019-02-31');
      doc.querySelector('[id="g215246.q0"] h2 a')!.setAttribute('href', '/mp/?p=25168abc');
    });
    expect(reading?.context.answeredDate).toBe('2019-02-08'); // from the words instead
    expect(reading?.context.asker?.twfyPersonId).toBeNull();
  });

  it('clips huge text and survives deep nesting', () => {
    const deep = `${'<span>'.repeat(2_000)}deep${'</span>'.repeat(2_000)}`;
    const reading = readSeed((doc) => {
      doc.querySelector('.debate-header h1')!.textContent = 'H'.repeat(100_000);
      doc.querySelector('[id="g215246.r0"] .debate-speech__content')!.append(parse(`<div>${deep}</div>`).body.firstElementChild!);
    });
    expect(reading?.context.heading).toHaveLength(300);
    expect(reading?.context.answerText.endsWith('deep')).toBe(true);
  });

  it('never throws, even when the document does', () => {
    const broken = new Proxy(parse(seedHtml), {
      get(target, prop) {
        if (prop === 'querySelectorAll' || prop === 'querySelector') return () => { throw new Error('boom'); };
        return Reflect.get(target, prop) as unknown;
      },
    });
    expect(adapter.read(broken, SEED_URL)).toBeNull();
  });

  it('sees the Lords from a /peer/ link even with a numeric UIN', () => {
    const reading = readSeed((doc) => doc.querySelector('[id="g215246.q0"] h2 a')!.setAttribute('href', '/peer/?p=26052'));
    expect(reading?.context.house).toBe('Lords');
    expect(reading?.context.asker?.profileUrl).toBe('https://www.theyworkforyou.com/peer/?p=26052');
  });
});
