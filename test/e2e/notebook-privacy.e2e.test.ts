// Issue 20, end to end: a hostile script in the written-answer page, with a page script's powers
// (page.evaluate runs in the page's own world), tries to read, write and remove the reader's notes:
// it walks the whole DOM and every open shadow root, opens every frame it can, makes its own copy
// of the note frame, posts messages, dispatches events, clicks every button of ours, tries runtime
// messaging, and sends away what it found. In real Chromium and Firefox it must get nothing and
// change nothing.
import type { Page } from 'puppeteer';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTwfySite } from '../../scripts/lib/demo-site.js';
import { useDemoBrowser } from './support/demo-browser';
import { SEED_URL } from './support/extension';
import { exportFromOptions, noteFrame, openOptionsFromSidebar, saveNote, waitForSaveControl } from './support/notebook';
import { hostileProbe, startWatching, stopWatching } from './support/notebook-hostile-script';

const EXFIL = 'https://www.theyworkforyou.com/collect';
/** Three private notes, each with words found nowhere in the pages. */
const NOTES = [
  { url: SEED_URL, note: 'Source: Quillfeather at the Home Office, met 3 March', tags: 'zephyrsource, confidential-lead' },
  { url: 'https://www.theyworkforyou.com/wrans/?id=2023-12-14.7117.h', note: 'Ask Dr Marrowby about the gap before Tuesday', tags: 'marrowby' },
  { url: 'https://www.theyworkforyou.com/wrans/?id=2023-12-06.HL1234.h', note: 'Cross-check with FOI reply 4471-Vexbridge', tags: 'vexbridge-foi' },
];
const EDITED = 'Second meeting with Quillfeather moved to Thursday';
const UNSAVED_URL = 'https://www.theyworkforyou.com/wrans/?id=2023-12-11.6081.h';
const SECRETS = [...NOTES.flatMap((n) => [n.note, ...n.tags.split(', ')]), EDITED, 'Quillfeather', 'Marrowby', 'Vexbridge', 'zephyrsource'];

describe.each(['chromium', 'firefox'] as const)('%s: a hostile page script gets none of the notebook', (browserName) => {
  const demo = useDemoBrowser(browserName);

  /** The stored notebook, read through the options page's own export (the extension's side of the wall). */
  async function storedNotebook(from: Page): Promise<{ id: string; note: string; tags: string[] }[]> {
    const options = await openOptionsFromSidebar(demo.browser, from);
    const file = JSON.parse(await exportFromOptions(options)) as { saved: { id: string; note: string; tags: string[] }[] };
    await options.close();
    return file.saved.map(({ id, note, tags }) => ({ id, note, tags })).sort((a, b) => a.id.localeCompare(b.id));
  }
  /** The notebook as the reader left it after saving the three notes. */
  let saved: Awaited<ReturnType<typeof storedNotebook>> = [];

  beforeAll(async () => {
    for (const { url, note, tags } of NOTES) {
      const page = await demo.open(url);
      await saveNote(page, note, tags);
      await page.close();
    }
    const page = await demo.open(SEED_URL, { reveal: false });
    saved = await storedNotebook(page);
    await page.close();
    expect(saved.map((item) => item.note).sort()).toEqual(NOTES.map((n) => n.note).sort());
  }, 120_000);

  it('reads none of the 3 notes anywhere it can reach, sends none away, and can ask the extension nothing', async () => {
    const page = await demo.open(SEED_URL);
    await waitForSaveControl(page, 'yes'); // the reader sees the note in the frame
    const probe = await page.evaluate(hostileProbe, EXFIL);
    const reached = probe.seen.join('\n');
    // The probe did reach our shadow root (the question's heading is there) and found the frame…
    expect(reached).toContain('Offences against Children: Internet');
    expect(probe.frames).toBeGreaterThanOrEqual(2); // ours and its own copy
    // …and every frame of ours refused it its document.
    expect(probe.framesRefused).toBe(probe.frames);
    for (const secret of SECRETS) expect(reached, secret).not.toContain(secret);
    expect(probe.clicked.length).toBeGreaterThan(0);
    // No extension messaging reaches us from the page, in either browser.
    expect(probe.messaging.join(' ')).not.toMatch(/"ok":true/);
    expect(probe.messaging.join(' ')).not.toContain('Quillfeather');

    // The exfiltration went out (so the channel worked) and carried nothing of the notebook.
    await expect.poll(() => demo.env.server.requests().filter((r) => r.path.startsWith('/collect')).length, { timeout: 5_000 }).toBeGreaterThan(0);
    const sent = demo.env.server.requests().map((r) => decodeURIComponent(r.path)).join('\n');
    for (const secret of SECRETS) expect(sent, secret).not.toContain(secret);
    await page.close();
  });

  it('changes nothing with its clicks, events and messages: the stored notebook is as the reader left it', async () => {
    const page = await demo.open(SEED_URL);
    await waitForSaveControl(page, 'yes');
    await page.evaluate(hostileProbe, EXFIL);
    await page.evaluate(hostileProbe, EXFIL); // twice: a Remove then a confirm, had either been reachable
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await storedNotebook(page)).toEqual(saved);
    await page.close();
  });

  it('never sees the note while the reader edits and saves it in the frame', async () => {
    const page = await demo.open(SEED_URL);
    await page.evaluate(startWatching);
    await saveNote(page, EDITED, NOTES[0]!.tags);
    await new Promise((r) => setTimeout(r, 200));
    const watched = (await page.evaluate(stopWatching)).join('\n');
    expect(watched).toContain('Offences against Children: Internet');
    for (const secret of SECRETS) expect(watched, secret).not.toContain(secret);
    expect(await storedNotebook(page)).toEqual(saved.map((item) => (item.note === NOTES[0]!.note ? { ...item, note: EDITED } : item)));
    await page.close();
  });

  it('cannot tell a saved question from an unsaved one: the sidebar shows the same, and the frame keeps its size', async () => {
    const outline = async (url: string) => {
      const page = await demo.open(url);
      await waitForSaveControl(page);
      await noteFrame(page);
      const seen = await page.evaluate(() => {
        const root = document.querySelector('parliament-lens')!.shadowRoot!;
        const frame = root.querySelector('iframe[data-notebook="frame"]')!;
        const box = frame.getBoundingClientRect();
        return { height: box.height, width: box.width, notebookMarks: Array.from(root.querySelectorAll('[data-notebook]')).map((e) => e.getAttribute('data-notebook')), text: root.textContent ?? '' };
      });
      await page.close();
      return seen;
    };
    const saved = await outline(SEED_URL);
    const unsaved = await outline(UNSAVED_URL);
    expect(saved.notebookMarks).toEqual(['citation', 'frame']);
    expect(unsaved.notebookMarks).toEqual(['citation', 'frame']);
    expect(saved.height).toBe(unsaved.height);
    expect(saved.width).toBe(unsaved.width);
    expect(saved.text).not.toMatch(/saved questions|in your notebook/i);
  });

  it('still works under a strict page CSP (default-src \'none\'): the frame is ours, not the page\'s to block', async () => {
    demo.env.server.setRoute('www.theyworkforyou.com', createTwfySite({ strictCsp: true }));
    try {
      const page = await demo.open(UNSAVED_URL, { reveal: false });
      await waitForSaveControl(page, 'no');
      await saveNote(page, 'Saved under a strict CSP', 'csp');
      await page.close();
    } finally {
      demo.env.server.setRoute('www.theyworkforyou.com', createTwfySite());
    }
  });

  it('threw nothing into the pages', () => {
    expect(demo.errors).toEqual([]);
  });
});
