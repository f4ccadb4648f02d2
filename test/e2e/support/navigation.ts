// Waiting for a page to move to a new address after a reader's click or key press.
//
// puppeteer's page.waitForNavigation never resolves in Firefox over WebDriver BiDi when the
// navigation starts from a link in our shadow root (measured: the frame navigates and fires load,
// the wait times out after 30 s). So this waits for what a reader would see instead: the tab's
// address is the expected one and its document has finished loading.
import type { Page } from 'puppeteer';

/** Runs `act` (a click, a key press), then resolves once `page` shows `href`, loaded. */
export async function actAndWaitForAddress(page: Page, act: () => Promise<unknown>, href: string, timeoutMs = 15_000): Promise<void> {
  await act();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const loaded = page.url() === href &&
      // During the switch of documents an evaluate can fail: that is "not yet".
      (await page.evaluate(() => document.readyState === 'complete').catch(() => false));
    if (loaded) return;
    if (Date.now() > deadline) throw new Error(`the page did not reach ${href} within ${timeoutMs} ms (it shows ${page.url()})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
