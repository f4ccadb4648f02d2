import type { SavedItem } from '../../src/protocol/notebook';

/** A small seeded PRNG (mulberry32), so a failing randomised run can be replayed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Notes as readers write them: several lines, quotes, commas, HTML-looking text, non-ASCII. */
const NOTE_PARTS = ['Follow up with the department.', 'Line two,\nline three', '"£40m" — is this new money?', '<b>not bold</b> & <script>x</script>', 'Ŵales, naïve café 🙂', ''];

export function savedItemFor(n: number, random: () => number = Math.random, at = 1_700_000_000_000 + n): SavedItem {
  const lords = n % 5 === 0;
  const uin = lords ? `HL${1000 + n}` : String(200_000 + n);
  const day = String(1 + (n % 28)).padStart(2, '0');
  return {
    id: `${lords ? 'Lords' : 'Commons'}/${uin}/2023-12-${day}`,
    url: `https://www.theyworkforyou.com/wrans/?id=2023-12-${day}.${uin}.h`,
    officialUrl: `https://questions-statements.parliament.uk/written-questions/detail/2023-12-${day}/${uin}`,
    heading: `Question ${n}: Schools [funding]`,
    house: lords ? 'Lords' : 'Commons',
    uin,
    department: n % 3 === 0 ? null : 'Department for Education',
    dateTabled: `2023-12-${day}`,
    dateAnswered: n % 4 === 0 ? null : `2024-01-${day}`,
    askerName: 'Sarah Champion',
    answererName: n % 2 ? 'Victoria Atkins' : null,
    note: noteFrom(random),
    tags: random() < 0.5 ? [] : ['evidence', `tag-${Math.floor(random() * 10)}`],
    savedAt: at,
    updatedAt: at,
  };
}

export function noteFrom(random: () => number): string {
  const count = Math.floor(random() * 4);
  return Array.from({ length: count }, () => NOTE_PARTS[Math.floor(random() * NOTE_PARTS.length)]).join('\n');
}
