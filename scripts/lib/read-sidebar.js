// Reads what Parliament Lens shows on a page, through the public testing contract only
// (DESIGN.md §9): the <parliament-lens> host, data-section/data-state, data-figure items and
// mark[data-lens-figure] highlights. Used by the browser tests, the demo and the benchmark.

/**
 * @typedef {{ value: number | null, currency: string | null, text: string }} LedgerItem
 * @typedef {{ present: boolean, open: boolean, sections: Record<string, string>,
 *   sectionText: Record<string, string>, figures: LedgerItem[], marks: string[] }} SidebarSnapshot
 */

/** Runs in the page. Kept self-contained: puppeteer serialises it. @returns {SidebarSnapshot} */
export function snapshotInPage() {
  const host = document.querySelector('parliament-lens');
  const root = host && host.shadowRoot;
  const marks = Array.from(document.querySelectorAll('mark[data-lens-figure]'));
  // A figure split across elements has several marks with one index: join them.
  const byIndex = new Map();
  for (const m of marks) {
    const i = m.getAttribute('data-lens-figure');
    byIndex.set(i, (byIndex.get(i) || '') + m.textContent);
  }
  const sections = {};
  const sectionText = {};
  for (const s of root ? Array.from(root.querySelectorAll('[data-section]')) : []) {
    sections[s.getAttribute('data-section')] = s.getAttribute('data-state');
    sectionText[s.getAttribute('data-section')] = (s.textContent || '').replace(/\s+/g, ' ').trim();
  }
  const figures = root
    ? Array.from(root.querySelectorAll('[data-figure]')).map((li) => ({
        value: li.hasAttribute('data-value') ? Number(li.getAttribute('data-value')) : null,
        currency: li.getAttribute('data-currency'),
        text: (li.querySelector('.figure-value') || li).textContent.replace(/\s+/g, ' ').trim(),
      }))
    : [];
  return {
    present: Boolean(host),
    open: Boolean(root && root.querySelector('aside')),
    sections,
    sectionText,
    figures,
    marks: Array.from(byIndex.values()),
  };
}

/** Every section's data-section id (DESIGN.md §9). */
export const ALL_SECTIONS = ['question', 'asker', 'answerer', 'votes', 'figures', 'related'];

/**
 * Scrolls the sidebar to whatever is still loading, as a reader scrolling down would: the parts
 * below the fold (related questions, TWFY policy records) ask for their data only when scrolled
 * to. Runs in the page every 100 ms from now on; calling it again does nothing.
 * @param {import('puppeteer').Page} page
 */
export async function keepRevealing(page) {
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    if (w.__lensRevealing) return;
    w.__lensRevealing = setInterval(() => {
      document.querySelector('parliament-lens')?.shadowRoot?.querySelector('.loading')?.scrollIntoView({ block: 'nearest' });
    }, 100);
  });
}

/**
 * Waits until the sidebar is mounted (or the timeout passes) and returns what it shows.
 * @param {import('puppeteer').Page} page
 * @param {{ timeoutMs?: number, settled?: string[], reveal?: boolean, everyPart?: boolean }} [options]
 *   settled: also wait until these sections are not loading, scrolling to them (keepRevealing)
 *   unless reveal is false; everyPart: then also until no part of any section is loading (the TWFY
 *   policy records of a settled votes section may still be on their way)
 * @returns {Promise<SidebarSnapshot>}
 */
export async function readSidebar(page, { timeoutMs = 10_000, settled = [], reveal = true, everyPart = false } = {}) {
  await page
    .waitForFunction(() => {
      // The figures are found and highlighted just after the sidebar's first frame: the host says
      // data-figures="ready" once the marks and the ledger are in place.
      const host = document.querySelector('parliament-lens');
      const root = host?.shadowRoot;
      const mounted = Boolean(root && (root.querySelector('[data-section]') || root.querySelector('.tab')));
      return mounted && host.getAttribute('data-figures') === 'ready';
    }, { timeout: timeoutMs })
    .catch(() => undefined);
  if (settled.length) {
    if (reveal) await keepRevealing(page);
    await page
      .waitForFunction((ids) => {
        const root = document.querySelector('parliament-lens')?.shadowRoot;
        return ids.every((id) => root?.querySelector(`[data-section="${id}"]`)?.getAttribute('data-state') !== 'loading');
      }, { timeout: timeoutMs }, settled)
      .catch(() => undefined);
  }
  if (everyPart) {
    await page
      .waitForFunction(() => !document.querySelector('parliament-lens')?.shadowRoot?.querySelector('.loading'), { timeout: timeoutMs })
      .catch(() => undefined);
  }
  return page.evaluate(snapshotInPage);
}
