import { describe, expect, it } from 'vitest';
import { buildLedger, sentenceAround } from '../../src/content/ledger';
import { findMoney } from '../../src/extract/money';

describe('sentenceAround', () => {
  it('keeps the whole sentence when the text starts with it', () => {
    const text = 'We have £40m for this. Then more.';
    expect(sentenceAround(text, 8, 12)).toBe('We have £40m for this.');
  });

  it('starts after the previous sentence or line and stops after the full stop', () => {
    const text = 'First one. We gave £5m to them. Last.';
    const at = text.indexOf('£5m');
    expect(sentenceAround(text, at, at + 3)).toBe('We gave £5m to them.');
    expect(sentenceAround('Intro\n£2m here', 6, 9)).toBe('£2m here');
  });

  it('cuts a long sentence around the figure and says so', () => {
    const text = `${'a'.repeat(150)} £7m ${'b'.repeat(150)}.`;
    const at = text.indexOf('£7m');
    const context = sentenceAround(text, at, at + 3);
    expect(context.startsWith('…')).toBe(true);
    expect(context.endsWith('…')).toBe(true);
    expect(context).toContain('£7m');
  });
});

describe('buildLedger', () => {
  it('totals valued sterling sums and says what it leaves out', () => {
    const text = 'We spent millions of pounds. A £10m fund, £2 a year per pupil, $5m abroad and £1–2 million more.';
    const ledger = buildLedger(text, findMoney(text));
    expect(ledger.figures.map((f) => f.text)).toEqual(['millions of pounds', '£10m', '£2', '$5m', '£1–2 million']);
    expect(ledger.totalDisplay).toBe('£11 million');
    expect(ledger.totalNotes).toEqual([
      '1 range counted at the low end',
      '1 unstated amount not counted',
      '1 rate a year kept apart from the one-off sums',
      '1 figure in other currencies not counted',
    ]);
  });

  it('gives the yearly rate where the text says over how long', () => {
    const text = 'The Home Office will be investing an extra £21 million over the following 18 months.';
    const [figure] = buildLedger(text, findMoney(text)).figures;
    expect(figure?.yearly).toEqual({
      phrase: 'over the following 18 months',
      display: '£14 million a year',
      value: 14e6,
      method: '£21 million ÷ 1.5 years (“over the following 18 months”) = £14 million a year',
    });
    expect(figure?.spoken).toBe('21 million pounds');
  });
});
