// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"disableJavaScriptFileLoading":true,"disableCSSFileLoading":true,"handleDisabledFileLoadingAsSuccess":true}}
/**
 * The TWFY written-answer adapter against the pages TheyWorkForYou's own code rendered
 * (../shared/reference/pages/, see its README.md): every `wrans-*.html` there is read and compared
 * with a golden in test/fixtures/pages/twfy-reference/ (our output, checked by hand against the
 * page; README.md there). The other pages (statement, debate, Scottish answer) must be declined,
 * never crash the reader. (The real pages link stylesheets and scripts: happy-dom is told not to load
 * them, quietly.) To rewrite the goldens on purpose: UPDATE_TWFY_GOLDENS=1.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../scripts/lib/shared-dir.js';
import { theyworkforyouWrans as adapter } from '../../src/sites/theyworkforyou-wrans';
import { parse, summary } from './support/reading';

const REF_DIR = sharedPath('reference/pages');
const GOLDEN_DIR = path.join(import.meta.dirname, '../fixtures/pages/twfy-reference');
const present = existsSync(REF_DIR);
if (!present) console.log(`TWFY reference page tests skipped: no ${REF_DIR} (put the shared/ folder beside the checkout).`);

/** `wrans-2023-12-13.6889.h.html` → `/wrans/?id=2023-12-13.6889.h`; `wrans-day-2023-12-14.html` → `/wrans/?d=2023-12-14`. */
function pageUrl(file: string): URL {
  const day = /^(\w+)-day-(\d{4}-\d{2}-\d{2})\.html$/.exec(file);
  if (day) return new URL(`https://www.theyworkforyou.com/${day[1]}/?d=${day[2]}`);
  const page = /^(\w+)-(.+)\.html$/.exec(file);
  if (!page) throw new Error(`unexpected reference page name ${file}`);
  return new URL(`https://www.theyworkforyou.com/${page[1]}/?id=${page[2]}`);
}

const files = present ? readdirSync(REF_DIR).filter((f) => f.endsWith('.html')).sort() : [];
const wrans = files.filter((f) => f.startsWith('wrans-'));
const others = files.filter((f) => !f.startsWith('wrans-'));
const read = (file: string, url = pageUrl(file)) => adapter.read(parse(readFileSync(path.join(REF_DIR, file), 'utf8')), url);
const WRANS_URL = new URL('https://www.theyworkforyou.com/wrans/?id=2023-12-13.6889.h');

describe.skipIf(!present)('TWFY reference pages (rendered by TWFY) against goldens', () => {
  it('finds the written-answer pages the README lists', () => {
    expect(wrans).toEqual(['wrans-2023-12-06.5662.h.html', 'wrans-2023-12-13.6889.h.html', 'wrans-2023-12-14.7117.h.html', 'wrans-day-2023-12-14.html']);
    expect(others.length).toBeGreaterThanOrEqual(4);
  });

  it.each(wrans)('%s', (file) => {
    const url = pageUrl(file);
    expect(adapter.matchesUrl(url)).toBe(!file.startsWith('wrans-day-'));
    // The day list is not a question page: read under a question URL it must still come back empty.
    const actual = summary(read(file, adapter.matchesUrl(url) ? url : WRANS_URL));
    const goldenPath = path.join(GOLDEN_DIR, file.replace(/\.html$/, '.golden.json'));
    if (process.env.UPDATE_TWFY_GOLDENS) writeFileSync(goldenPath, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')));
  });

  it.each(others)('declines %s, under its own URL and under a written-answer URL', (file) => {
    expect(adapter.matchesUrl(pageUrl(file))).toBe(false);
    expect(read(file, pageUrl(file))).toBeNull();
    expect(read(file, WRANS_URL)).toBeNull();
  });
});

describe.skipIf(!present)('TWFY reference pages: what the reader relies on', () => {
  it('takes the answer date from the lead link\'s ?d=, not its words, nor the empty time', () => {
    const doc = parse(readFileSync(path.join(REF_DIR, 'wrans-2023-12-13.6889.h.html'), 'utf8'));
    const link = doc.querySelector('.debate-header p.lead a')!;
    expect(doc.querySelector('.debate-header p.lead')!.textContent).toMatch(/answered\s+at {2}on/);
    link.textContent = '1 January 2020';
    const ctx = adapter.read(doc, WRANS_URL)?.context;
    expect(ctx?.answeredDate).toBe('2023-12-22');
    expect(ctx?.department).toBe('Foreign, Commonwealth and Development Office');
  });

  it('reads "Post, Department" positions into offices, and "Party, Constituency" as none', () => {
    const ctx = read('wrans-2023-12-13.6889.h.html')?.context;
    expect(ctx?.answerer).toMatchObject({
      name: 'Andrew Mitchell', twfyPersonId: 90004,
      offices: [{ post: 'Minister of State', department: 'Foreign, Commonwealth and Development Office' }],
    });
    expect(ctx?.asker).toMatchObject({ name: 'Dan Carden', position: 'Labour, Liverpool, Walton' });
    expect(ctx?.asker).not.toHaveProperty('offices');
  });

  it('treats the unknown-person silhouette as no photo', () => {
    const ctx = read('wrans-2023-12-14.7117.h.html')?.context;
    expect(ctx?.asker?.photoUrl).toBeNull();
    expect(ctx?.answerer?.photoUrl).toBeNull();
  });

  it('reads all six grouped questions with their UINs, askers and "pursuant to" texts', () => {
    const ctx = read('wrans-2023-12-06.5662.h.html')?.context;
    expect(ctx?.questions.map((q) => q.uin)).toEqual(['5662', '5663', '5664', '5665', '5666', '5667']);
    expect(ctx?.questions.map((q) => q.anchorId)).toEqual(['g5662.q0', 'g5663.q1', 'g5664.q2', 'g5665.q3', 'g5666.q4', 'g5667.q5']);
    expect(ctx?.questions.every((q) => q.asker?.name === 'Mary Kelly Foy')).toBe(true);
    expect(ctx?.questions[1]?.text).toContain('pursuant to the Answer of 14 November 2023 to Question 1242 on Garth Prison: Education');
    expect(ctx?.officialUrl).toBe('https://questions-statements.parliament.uk/written-questions/detail/2023-12-06/5662');
    expect(ctx?.tabledDate).toBe('2023-12-06');
  });

  it('reads table rows as tab-joined cells and &#163; as £, leaving the answer widget out', () => {
    const reading = read('wrans-2023-12-06.5662.h.html');
    const text = reading?.context.answerText ?? '';
    expect(text).toContain('Prison\tAmount recoverable from the provider (£)');
    expect(text).toContain('Ranby\t17,906');
    expect(text).not.toMatch(/Does this answer|people think|Freedom of Information/);
    expect(reading?.answerElement?.closest('.debate-speech')?.id).toBe('g5662.r0');
    expect(read('wrans-2023-12-13.6889.h.html')?.context.answerText).toContain('up to £42 million to Israel');
  });

  it('gives a .q1 page (which TWFY redirects to its group) the group\'s gid', () => {
    const location = readFileSync(path.join(REF_DIR, 'wrans-speech-2023-12-06.5663.q1.txt'), 'utf8');
    expect(location.trim()).toBe('Location: /wrans/?id=2023-12-06.5662.h');
    const ctx = read('wrans-2023-12-06.5662.h.html', new URL('https://www.theyworkforyou.com/wrans/?id=2023-12-06.5663.q1'))?.context;
    expect(ctx?.gid).toBe('2023-12-06.5662.h');
    expect(ctx?.uin).toBe('5662');
    expect(ctx?.url).toBe('https://www.theyworkforyou.com/wrans/?id=2023-12-06.5662.h');
  });
});
