/**
 * How many bytes each API's reply may have, and a body reader that stops there. Issue 20: a 1 GiB
 * stream reached 833 MB in the worker before the timeout, and a 50 MB name froze the tab; a reply
 * is read as a stream and dropped the moment it passes its API's limit.
 *
 * The limits are generous multiples of the largest real replies we have (test/clients/http.test.ts
 * measures them again from ../shared):
 * - Written Questions: the largest single question in the corpus is 13 KB (an answer of 13,025
 *   characters of HTML); a 20-item search page is ≤ 53 KB (list items are at most 2.7 KB). Answers
 *   with large tables run longer than anything in the corpus, hence 8 MB.
 * - Members: a member record is 1.7 KB, a biography 4 KB (the largest sample, registered interests,
 *   which we do not fetch, is 22 KB): 1 MB.
 * - Commons and Lords Votes: one division with all 650 MPs' names is 185 KB; a member-voting page
 *   holds 25 divisions, 4.6 MB even if each came with its full lists: 16 MB.
 * - TheyWorkForYou Votes: a person scored on all 158 policies, with their descriptions, is under
 *   0.5 MB (the 158 policies alone are 366 KB as JSON, reference/votes/policies.json): 4 MB.
 */

const MB = 1024 * 1024;

const LIMITS: Record<string, number> = {
  'questions-statements-api.parliament.uk': 8 * MB,
  'members-api.parliament.uk': 1 * MB,
  'commonsvotes-api.parliament.uk': 16 * MB,
  'lordsvotes-api.parliament.uk': 16 * MB,
  'votes.theyworkforyou.com': 4 * MB,
};
const OTHER_HOSTS_LIMIT = 1 * MB;

export function byteLimitFor(url: string): number {
  try {
    return LIMITS[new URL(url).host] ?? OTHER_HOSTS_LIMIT;
  } catch {
    return OTHER_HOSTS_LIMIT;
  }
}

export const TOO_LARGE = Symbol('too large');

/**
 * The body as text, or TOO_LARGE as soon as more than `maxBytes` have arrived (the rest is
 * cancelled, never buffered). Content-Length is only a shortcut: a compressed reply declares its
 * compressed size, and a lying server any size, so the bytes are counted as they come.
 */
export async function readLimited(response: Response, maxBytes: number): Promise<string | typeof TOO_LARGE> {
  const declared = Number(response.headers.get('Content-Length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    void response.body?.cancel().catch(() => {});
    return TOO_LARGE;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      void reader.cancel().catch(() => {});
      return TOO_LARGE;
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

export function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / MB) * 10) / 10} MB`;
}
