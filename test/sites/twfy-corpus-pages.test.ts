// @vitest-environment happy-dom
/**
 * Round trip over the real corpus (with ../shared): every 15th answered record of the three months,
 * and our own answered records, rendered in TWFY markup by scripts/lib/twfy-page.js, then read back by
 * the adapter. What the renderer put in, the reader must get out: UIN, heading, department, dates,
 * asker name, every grouped question, the answer text. (TWFY has pages for answered questions only.)
 */
import { expect, it } from 'vitest';
import { corpusRecordToPage, loadTwfyCorpus, renderWransPage } from '../../scripts/lib/twfy-page.js';
import { theyworkforyouWrans as adapter } from '../../src/sites/theyworkforyou-wrans';
import { describeWithShared, SHARED_PRESENT } from '../support/shared';

const { corpus, roster } = loadTwfyCorpus();
const answered = corpus.items.filter((q) => q.dateAnswered);
const sample = answered.filter((q, i) => i % 15 === 0 || q.id >= 9_000_000);

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describeWithShared('corpus pages round trip through the TWFY adapter', () => {
  it('samples every month: Dec 2023, Nov 2024 and Nov 2025', () => {
    const months = new Set(sample.map((q) => q.dateTabled.slice(0, 7)));
    expect([...months].filter((m) => m < '2026')).toEqual(expect.arrayContaining(['2023-12', '2024-11', '2025-11']));
  });

  it.each(sample.map((item) => [item.uin, item] as const))('UIN %s', (_uin, item) => {
    const page = corpusRecordToPage(item, corpus.fullTextById.get(item.id), roster, corpus);
    const url = new URL(`https://www.theyworkforyou.com/wrans/?id=${page.gid}`);
    expect(adapter.matchesUrl(url)).toBe(true);
    const doc = new DOMParser().parseFromString(renderWransPage(page), 'text/html');
    const ctx = adapter.read(doc, url)?.context;

    expect(ctx?.uin).toBe(item.uin);
    expect(ctx?.heading).toBe(collapse(item.heading));
    expect(ctx?.department).toBe(item.answeringBodyName);
    expect(ctx?.answeredDate).toBe(item.dateAnswered?.slice(0, 10) ?? null);
    expect(ctx?.tabledDate).toBe(item.dateTabled.slice(0, 10));
    expect(ctx?.asker?.name).toBe(page.questions[0]?.asker?.name);
    expect(ctx?.house).toBe(item.house);
    expect(ctx?.questions.map((q) => q.uin)).toEqual(page.questions.map((q) => q.uin));
    const full = corpus.fullTextById.get(item.id);
    expect(ctx?.questions[0]?.text).toBe(collapse(full?.question_text ?? item.questionText));
    if (page.answer) expect(ctx?.answerText.length).toBeGreaterThan(0);
  });
});

// Without ../shared the same round trip runs on our own records alone.
it.skipIf(SHARED_PRESENT)('our own answered records round trip through the TWFY adapter', () => {
  for (const item of sample) {
    const page = corpusRecordToPage(item, corpus.fullTextById.get(item.id), roster, corpus);
    const ctx = adapter.read(new DOMParser().parseFromString(renderWransPage(page), 'text/html'), new URL(`https://www.theyworkforyou.com/wrans/?id=${page.gid}`))?.context;
    expect(ctx?.uin).toBe(item.uin);
    expect(ctx?.heading).toBe(collapse(item.heading));
  }
  expect(sample.length).toBeGreaterThan(3);
});
