// @vitest-environment happy-dom
/**
 * Round trip over the real corpus: 200 records (every 15th of the 2,989) rendered in TWFY markup by
 * scripts/lib/twfy-page.js, then read back by the adapter. What the renderer put in, the reader must
 * get out: UIN, heading, department, dates, asker name, every grouped question, the answer text.
 */
import { describe, expect, it } from 'vitest';
import { corpusRecordToPage, loadTwfyCorpus, renderWransPage } from '../../scripts/lib/twfy-page.js';
import { theyworkforyouWrans as adapter } from '../../src/sites/theyworkforyou-wrans';

const { corpus, roster } = loadTwfyCorpus();
const sample = corpus.items.filter((_, i) => i % 15 === 0);

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('corpus pages round trip through the TWFY adapter', () => {
  it('samples 200 records', () => {
    expect(sample).toHaveLength(200);
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
    expect(ctx?.house).toBe('Commons');
    expect(ctx?.questions.map((q) => q.uin)).toEqual(page.questions.map((q) => q.uin));
    const full = corpus.fullTextById.get(item.id);
    expect(ctx?.questions[0]?.text).toBe(collapse(full?.question_text ?? item.questionText));
    if (page.answer) expect(ctx?.answerText.length).toBeGreaterThan(0);
  });
});
