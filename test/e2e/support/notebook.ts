// Page helpers for the notebook e2e tests: they act through the sidebar's and the options page's
// own controls (buttons, fields), the way a reader would.
import type { Browser, Page } from 'puppeteer';

/** Waits until the sidebar's save control has read the notebook (data-saved says yes or no). */
export async function waitForSaveControl(page: Page, saved?: 'yes' | 'no', timeout = 15_000): Promise<void> {
  await page.waitForFunction((want) => {
    const state = document.querySelector('parliament-lens')?.shadowRoot?.querySelector('[data-notebook="save"]')?.getAttribute('data-saved');
    return want ? state === want : Boolean(state);
  }, { timeout }, saved ?? null);
}

/** The note as the sidebar shows it, and whether any HTML element came out of it. */
export async function shownNote(page: Page): Promise<{ text: string | null; elements: number; tags: string[] }> {
  return page.evaluate(() => {
    const save = document.querySelector('parliament-lens')!.shadowRoot!.querySelector('[data-notebook="save"]')!;
    const note = save.querySelector('.saved-note');
    return { text: note?.textContent ?? null, elements: note?.children.length ?? 0, tags: Array.from(save.querySelectorAll('.chip')).map((c) => c.textContent ?? '') };
  });
}

/** Opens the editor, types the note and tags, and saves; waits for "Saved". */
export async function saveNote(page: Page, note: string, tags: string): Promise<void> {
  await waitForSaveControl(page);
  await page.evaluate((noteText, tagText) => {
    const save = document.querySelector('parliament-lens')!.shadowRoot!.querySelector('[data-notebook="save"]')!;
    (save.querySelector('button') as HTMLButtonElement).click();
    return new Promise<void>((resolve) => setTimeout(() => {
      const set = (selector: string, value: string) => {
        const field = save.querySelector(selector) as HTMLTextAreaElement | HTMLInputElement;
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      };
      set('textarea[name="note"]', noteText);
      set('input[name="tags"]', tagText);
      setTimeout(() => {
        (save.querySelector('button[type="submit"]') as HTMLButtonElement).click();
        resolve();
      }, 50);
    }, 50));
  }, note, tags);
  await page.waitForFunction(() => document.querySelector('parliament-lens')?.shadowRoot?.querySelector('[data-notebook="save"] [role="status"]')?.textContent === 'Saved in this browser', { timeout: 15_000 });
}

/**
 * Opens the options page the way a reader can from the sidebar ("Open the notebook and settings",
 * runtime.openOptionsPage in the background). Firefox will not let WebDriver BiDi navigate to a
 * moz-extension:// URL, but a tab the extension opens itself can be driven.
 * Close the options page after use, so the next call finds the fresh one.
 */
export async function openOptionsFromSidebar(browser: Browser, page: Page): Promise<Page> {
  await page.waitForFunction(() => document.querySelector('parliament-lens')?.shadowRoot?.querySelector('[data-notebook="open-options"]'), { timeout: 15_000 });
  await page.evaluate(() => (document.querySelector('parliament-lens')!.shadowRoot!.querySelector('[data-notebook="open-options"]') as HTMLButtonElement).click());
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    // The browser focuses an options tab that is already open rather than opening another.
    for (const candidate of await browser.pages()) {
      const ready = await candidate.evaluate(() => /^(chrome|moz)-extension:\/\/[^/]+\/options\.html/.test(location.href) && document.querySelector('[data-options="ready"]') !== null).catch(() => false);
      if (ready) return candidate;
    }
    await new Promise((r) => setTimeout(r, 150));
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

/** Picks a file in the import field (as the file chooser would) and waits for the outcome message. */
export async function importInOptions(options: Page, fileName: string, text: string): Promise<{ state: string; message: string }> {
  await options.evaluate((name, content) => {
    const input = document.querySelector('input[name="import"]') as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(new File([content], name, { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, fileName, text);
  await options.waitForFunction(() => {
    const status = document.querySelector('[data-transfer-status]');
    return status && !status.textContent?.startsWith('Reading ');
  }, { timeout: 15_000 });
  return options.evaluate(() => {
    const status = document.querySelector('[data-transfer-status]')!;
    return { state: status.getAttribute('data-transfer-status')!, message: status.textContent ?? '' };
  });
}

/** Clicks a settings checkbox by name and waits until the background has stored the change. */
export async function setOption(options: Page, name: string, on: boolean): Promise<void> {
  await options.evaluate((n, want) => {
    const box = document.querySelector(`input[name="${n}"]`) as HTMLInputElement;
    if (box.checked !== want) box.click();
  }, name, on);
  await options.waitForFunction((n, want) => (document.querySelector(`input[name="${n}"]`) as HTMLInputElement).checked === want, { timeout: 5_000 }, name, on);
}
