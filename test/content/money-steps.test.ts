import { describe, expect, it } from 'vitest';
import { findMoney } from '../../src/extract/money';
import { moneySteps } from '../../src/content/money-steps';
import { runToEnd } from '../../src/content/slices';
import { manyFiguresAnswerHtml } from '../../scripts/lib/many-figures-page.js';
import { loadTwfyCorpus } from '../../scripts/lib/twfy-page.js';
import { seedText } from '../support/seed-text';

/** An answer's HTML as the text map reads it, near enough: blocks and line breaks become "\n". */
const asText = (html: string) =>
  html.replace(/<\/?(?:p|div|li|ul|ol|tr|td|th|table|tbody|thead|h\d|br)\b[^>]*>/gi, '\n').replace(/<[^>]*>/g, '')
    .replace(/&#163;|&pound;/g, '£').replace(/&nbsp;/g, '\u00a0').replace(/&amp;/g, '&');

describe('moneySteps', () => {
  it('finds exactly what one findMoney call finds, wherever the text is cut at a line break', () => {
    const texts = [seedText(), asText(manyFiguresAnswerHtml(500))];
    for (const text of texts) {
      const whole = findMoney(text);
      expect(whole.length).toBeGreaterThan(3);
      for (const chunk of [1, 7, 64, 1000, 8000]) expect(runToEnd(moneySteps(text, chunk)), `chunk ${chunk}`).toEqual(whole);
    }
  });

  it('agrees with findMoney on every answer the offline world has (the corpus months with ../shared)', () => {
    const { corpus } = loadTwfyCorpus();
    const answers = [...corpus.fullTextById.values()].map((f: { answer_text?: string }) => f.answer_text).filter(Boolean).map((h) => asText(h!));
    expect(answers.length).toBeGreaterThan(0);
    let figures = 0;
    for (const text of answers) {
      const whole = findMoney(text);
      figures += whole.length;
      expect(runToEnd(moneySteps(text, 16))).toEqual(whole);
    }
    expect(figures).toBeGreaterThan(0);
  });

  it('pauses between pieces, so a long text is never read in one go', () => {
    const text = asText(manyFiguresAnswerHtml(2000));
    const steps = moneySteps(text, 8000);
    let pauses = 0;
    while (!steps.next().done) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(text.length / 8000) - 1);
  });
});
