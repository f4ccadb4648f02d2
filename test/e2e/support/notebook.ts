// Page helpers for the notebook e2e tests: they act through the note frame's and the options page's
// own controls (buttons, fields), the way a reader would.
import type { Browser, Frame, Page } from 'puppeteer';

const FRAME_URL = /^(chrome|moz)-extension:\/\/[^/]+\/notebook-frame\.html#/;

/** Firefox's BiDi reports an extension frame's URL as about:blank: ask the frame itself. */
async function frameHref(frame: Frame): Promise<string> {
  return FRAME_URL.test(frame.url()) ? frame.url() : frame.evaluate(() => location.href).catch(() => '');
}

/**
 * The notebook frame in the sidebar (src/notebook-frame/): the one place on a written-answer page
 * where the reader's note is shown and typed. The test drives it as the reader does; the page's
 * own scripts cannot reach into it (notebook-privacy.e2e.test.ts).
 */
export async function noteFrame(page: Page, timeout = 15_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (frame !== page.mainFrame() && FRAME_URL.test(await frameHref(frame))) return frame;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('The notebook frame did not appear in the sidebar');
}

/** The saved item id the frame was given for the page's question (the URL fragment is page data). */
export async function frameQuestionId(page: Page): Promise<string> {
  const frame = await noteFrame(page);
  const href = await frameHref(frame);
  return (JSON.parse(decodeURIComponent(href.split('#')[1] ?? '')) as { id: string }).id;
}

/** Scrolls the sidebar to the frame, so a real click can land in it. */
async function showFrame(page: Page): Promise<void> {
  // Keys go to the tab in front: an options page opened and closed before may have left another there.
  await page.bringToFront();
  await page.evaluate(() => {
    // A page opened with keepRevealing keeps scrolling to loading sections: stop it first.
    const w = window as unknown as { __lensRevealing?: ReturnType<typeof setInterval> };
    if (w.__lensRevealing) clearInterval(w.__lensRevealing);
    document.querySelector('parliament-lens')?.shadowRoot?.querySelector('iframe[data-notebook="frame"]')?.scrollIntoView({ block: 'center' });
  });
}

/** Waits until the frame has read the notebook (data-saved says yes or no). */
export async function waitForSaveControl(page: Page, saved?: 'yes' | 'no', timeout = 15_000): Promise<Frame> {
  const frame = await noteFrame(page, timeout);
  // Polled on a timer: requestAnimationFrame (the default) does not run in a frame scrolled out of view.
  await frame.waitForFunction((want) => {
    const state = document.querySelector('[data-notebook="editor"]')?.getAttribute('data-saved');
    return want ? state === want : state === 'yes' || state === 'no';
  }, { timeout, polling: 100 }, saved ?? null).catch(async (err: unknown) => {
    const shown = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '(frame gone)');
    throw new Error(`${String(err)}; the note frame shows: ${shown}`);
  });
  return frame;
}

/** The note and tags as the frame shows them (a textarea and a field: text by construction). */
export async function shownNote(page: Page): Promise<{ text: string | null; tags: string[] }> {
  const frame = await noteFrame(page);
  return frame.evaluate(() => {
    const text = (document.querySelector('textarea[name="note"]') as HTMLTextAreaElement).value;
    const tags = (document.querySelector('input[name="tags"]') as HTMLInputElement).value;
    return { text: text || null, tags: tags.split(',').map((t) => t.trim()).filter(Boolean) };
  });
}

/** Types the note and tags with the keyboard (trusted input, as the reader's) and clicks Save; waits for "Saved". */
export async function saveNote(page: Page, note: string, tags: string): Promise<void> {
  const frame = await waitForSaveControl(page);
  await showFrame(page);
  await frame.evaluate(() => {
    for (const field of document.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('textarea[name="note"], input[name="tags"]')) {
      field.value = '';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
  await (await frame.waitForSelector('textarea[name="note"]'))!.type(note);
  const tagField = (await frame.waitForSelector('input[name="tags"]'))!;
  await tagField.type(tags);
  // Enter in the tags field submits the form: a keypress, unlike a click, cannot miss when the
  // sidebar's sections fill in and move the frame between aiming and clicking.
  await tagField.press('Enter');
  await frame.waitForFunction(() => document.querySelector('[role="status"]')?.textContent === 'Saved in this browser', { timeout: 15_000, polling: 100 });
}

/**
 * Opens the options page the way a reader can from the sidebar ("Open the notebook" in the note
 * frame, runtime.openOptionsPage in the background). Firefox will not let WebDriver BiDi navigate
 * to a moz-extension:// URL, but a tab the extension opens itself can be driven.
 * Close the options page after use, so the next call finds the fresh one.
 */
export async function openOptionsFromSidebar(browser: Browser, page: Page): Promise<Page> {
  const frame = await noteFrame(page);
  const button = await frame.waitForSelector('[data-notebook="open-options"]', { timeout: 15_000 });
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    // Clicked again if no options page came: a click can miss a frame that moves as sections load.
    await showFrame(page);
    await button!.click().catch(() => undefined);
    const clickedAt = Date.now();
    while (Date.now() - clickedAt < 4_000) {
      // The browser focuses an options tab that is already open rather than opening another.
      for (const candidate of await browser.pages()) {
        const ready = await candidate.evaluate(() => /^(chrome|moz)-extension:\/\/[^/]+\/options\.html/.test(location.href) && document.querySelector('[data-options="ready"]') !== null).catch(() => false);
        if (ready) return candidate;
      }
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  throw new Error('The options page did not open');
}

export interface ShownItem {
  id: string;
  note: string | null;
  tags: string[];
}

/** The saved questions the options page lists. */
export async function optionsItems(options: Page): Promise<ShownItem[]> {
  return options.evaluate(() => Array.from(document.querySelectorAll('[data-options-panel="notebook"] li[data-saved-id]')).map((li) => ({
    id: li.getAttribute('data-saved-id')!,
    note: li.querySelector('.note')?.textContent ?? null,
    tags: Array.from(li.querySelectorAll('.chip')).map((c) => c.textContent ?? ''),
  })));
}

/** Clicks "Export notebook (JSON)" and returns the file the browser was handed. */
export async function exportFromOptions(options: Page): Promise<string> {
  return options.evaluate(() => new Promise<string>((resolve, reject) => {
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      URL.createObjectURL = original;
      (blob as Blob).text().then(resolve, reject);
      return original(blob);
    };
    const button = Array.from(document.querySelectorAll('button')).find((b) => b.textContent === 'Export notebook (JSON)');
    if (!button) reject(new Error('no export button'));
    button?.click();
  }));
}

export interface ImportChoices {
  onConflict?: 'both' | 'mine' | 'theirs';
  settings?: boolean;
}

/**
 * Sets the import choices, picks a file in the import field (as the file chooser would) and waits
 * for the outcome message that this import wrote (a mutation after the pick, not an older one).
 */
export async function importInOptions(options: Page, fileName: string, text: string, { onConflict = 'both', settings = false }: ImportChoices = {}): Promise<{ state: string; message: string }> {
  await options.evaluate((conflict, withSettings) => {
    const radio = document.querySelector(`input[name="on-conflict"][value="${conflict}"]`) as HTMLInputElement;
    if (!radio.checked) radio.click();
    const box = document.querySelector('input[name="import-settings"]') as HTMLInputElement;
    if (box.checked !== withSettings) box.click();
  }, onConflict, settings);
  return options.evaluate((name, content) => new Promise<{ state: string; message: string }>((resolve, reject) => {
    const panel = document.querySelector('[data-options-panel="transfer"]')!;
    const timer = setTimeout(() => reject(new Error('no import outcome within 30 s')), 30_000);
    const observer = new MutationObserver(() => {
      const status = panel.querySelector('[data-transfer-status]');
      if (!status || status.textContent?.startsWith('Reading ')) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve({ state: status.getAttribute('data-transfer-status')!, message: status.textContent ?? '' });
    });
    // The radio and checkbox clicks render first, so the observer sees only this import's status.
    setTimeout(() => {
      observer.observe(panel, { subtree: true, childList: true, characterData: true, attributes: true });
      const input = document.querySelector('input[name="import"]') as HTMLInputElement;
      const files = new DataTransfer();
      files.items.add(new File([content], name, { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, 50);
  }), fileName, text);
}

/** Clicks a settings checkbox by name and waits until the background has stored the change. */
export async function setOption(options: Page, name: string, on: boolean): Promise<void> {
  await options.evaluate((n, want) => {
    const box = document.querySelector(`input[name="${n}"]`) as HTMLInputElement;
    if (box.checked !== want) box.click();
  }, name, on);
  await options.waitForFunction((n, want) => (document.querySelector(`input[name="${n}"]`) as HTMLInputElement).checked === want, { timeout: 5_000 }, name, on);
}
