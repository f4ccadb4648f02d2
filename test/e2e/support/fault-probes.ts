// What the hostile-network cases measure besides what the sidebar says: whether the tab froze (a
// heartbeat in the page's own world, whose ticks stop when the renderer's main thread is busy)
// and how much memory the browser took (the peak resident size of its processes, sampled with ps:
// it covers the renderer, the extension's worker and the network service alike, in both browsers).
import { execFile } from 'node:child_process';
import type { Browser, Page } from 'puppeteer';

declare global {
  interface Window { __lensHeartbeat?: { last: number; maxGap: number } }
}

const TICK_MS = 50;

/** Installs the heartbeat in every document the page loads, before the page's own scripts. */
export async function installHeartbeat(page: Page): Promise<void> {
  await page.evaluateOnNewDocument((tick: number) => {
    const beat = { last: performance.now(), maxGap: 0 };
    window.__lensHeartbeat = beat;
    setInterval(() => {
      const now = performance.now();
      beat.maxGap = Math.max(beat.maxGap, now - beat.last - tick);
      beat.last = now;
    }, tick);
  }, TICK_MS);
}

/** Starts counting afresh (the page's own load is not ours to judge). */
export async function resetHeartbeat(page: Page): Promise<void> {
  await page.evaluate(() => {
    const beat = window.__lensHeartbeat;
    if (beat) Object.assign(beat, { last: performance.now(), maxGap: 0 });
  });
}

/** The longest a tick came late since the reset, in ms (0: never late). */
export async function heartbeatMaxGap(page: Page): Promise<number> {
  return page.evaluate(() => Math.round(window.__lensHeartbeat?.maxGap ?? Number.NaN));
}

interface Proc { pid: number; ppid: number; rssKb: number }

function listProcesses(): Promise<Proc[]> {
  return new Promise((resolve) => {
    execFile('ps', ['-eo', 'pid=,ppid=,rss='], (err, out) => {
      if (err) return resolve([]);
      resolve(out.trim().split('\n').map((line) => {
        const [pid, ppid, rss] = line.trim().split(/\s+/).map(Number);
        return { pid: pid!, ppid: ppid!, rssKb: rss! };
      }));
    });
  });
}

export interface MemoryPeak {
  /** The largest any one browser process got, in MB. */
  processMb: number;
  /** The largest the browser's processes got together, in MB. */
  totalMb: number;
}

/** Samples the browser's process tree every 200 ms until stop(), keeping the peaks. */
export function sampleBrowserMemory(browser: Browser): { stop(): Promise<MemoryPeak> } {
  const root = browser.process()?.pid;
  const peak: MemoryPeak = { processMb: 0, totalMb: 0 };
  let running = true;
  const loop = (async () => {
    while (running && root !== undefined) {
      const all = await listProcesses();
      const tree = new Set([root]);
      for (let grew = true; grew;) {
        grew = false;
        for (const p of all) if (tree.has(p.ppid) && !tree.has(p.pid)) { tree.add(p.pid); grew = true; }
      }
      const mine = all.filter((p) => tree.has(p.pid));
      peak.processMb = Math.max(peak.processMb, ...mine.map((p) => p.rssKb / 1024));
      peak.totalMb = Math.max(peak.totalMb, mine.reduce((sum, p) => sum + p.rssKb / 1024, 0));
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { processMb: Math.round(peak.processMb), totalMb: Math.round(peak.totalMb) };
    },
  };
}

/** The most requests that arrived in any one second (a sliding window over arrival times). */
export function peakPerSecond(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[j]! >= 1000) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}
