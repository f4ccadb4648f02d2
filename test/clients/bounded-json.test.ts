import { describe, expect, it } from 'vitest';
import { boundJson, capString, charLimitFor, fullLength, MAX_DEPTH, TRUNCATED_KEY } from '../../src/clients/bounded-json';
import { fetchBoundedJson } from '../../src/clients/get-json';

type Obj = Record<string, unknown>;

const bounded = (value: unknown): Obj => {
  const out = boundJson(value);
  if (!out.ok) throw new Error(out.reason);
  return out.value as Obj;
};
/** The value at a path, typed loosely enough to measure. */
const at = (value: unknown, ...path: string[]) => path.reduce<unknown>((v, key) => (v as Obj)[key], value) as string & unknown[];

describe('boundJson', () => {
  it('leaves a real member record untouched', () => {
    const member = { value: { id: 172, nameDisplayAs: 'Ms Diane Abbott', latestParty: { name: 'Independent', backgroundColour: 'C0C0C0' }, thumbnailUrl: 'https://members-api.parliament.uk/api/Members/172/Thumbnail' } };
    expect(bounded(member)).toEqual(member);
  });

  it('cuts a 1 MB name to a name\'s length and an answer at its own, much larger, limit', () => {
    const out = bounded({ value: { nameDisplayAs: 'A'.repeat(1_000_000), heading: 'H'.repeat(5_000), answerText: `<p>${'x'.repeat(100_000)}</p>` } });
    expect(at(out, 'value', 'nameDisplayAs')).toHaveLength(charLimitFor('nameDisplayAs'));
    expect(at(out, 'value', 'nameDisplayAs').endsWith('…')).toBe(true);
    expect(at(out, 'value', 'heading')).toHaveLength(1_000);
    expect(at(out, 'value', 'answerText')).toHaveLength(100_007); // under its 2,000,000
    expect(charLimitFor('nameDisplayAs')).toBe(300);
    expect(charLimitFor('thumbnailUrl')).toBe(2_048);
  });

  it('caps 10,000 grouped questions at 100 and keeps the real count beside them', () => {
    const uins = Array.from({ length: 10_000 }, (_, i) => String(100_000 + i));
    const out = bounded({ value: { uin: '6036', groupedQuestions: uins, groupedQuestionsDates: uins.map((u) => ({ questionUin: u, dateTabled: '2023-12-08T00:00:00' })) } });
    expect(at(out, 'value', 'groupedQuestions')).toHaveLength(100);
    expect(at(out, 'value', 'groupedQuestionsDates')).toHaveLength(100);
    expect(at(out, 'value', TRUNCATED_KEY)).toEqual({ groupedQuestions: 10_000, groupedQuestionsDates: 10_000 });
    expect(fullLength(at(out, 'value'), 'groupedQuestions')).toBe(10_000);
    expect(fullLength(bounded({ groupedQuestions: ['1', '2'] }), 'groupedQuestions')).toBe(2);
  });

  it('keeps a division\'s 650 voters and cuts any list at 2,000', () => {
    const voters = Array.from({ length: 650 }, (_, i) => ({ MemberId: i, Name: `Member ${i}` }));
    expect(at(bounded({ Ayes: voters }), 'Ayes')).toHaveLength(650);
    expect(at(bounded({ Ayes: [...voters, ...voters, ...voters, ...voters] }), 'Ayes')).toHaveLength(2_000);
  });

  it('refuses nesting deeper than any real reply', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 8_000; i++) deep = { a: deep };
    expect(boundJson(deep)).toEqual({ ok: false, reason: 'too-deep' });
    let fine: unknown = 1;
    for (let i = 0; i < MAX_DEPTH - 1; i++) fine = [fine];
    expect(boundJson(fine).ok).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    expect(capString('ab😀cd', 4)).toBe('ab…');
    expect(capString('abc😀', 4)).toBe('abc…');
  });
});

describe('fetchBoundedJson', () => {
  it('applies the caps to what comes back and says when a reply nests too deeply', async () => {
    const reply = (body: string) => (async () => new Response(body, { status: 200 })) as typeof fetch;
    const big = await fetchBoundedJson('https://members-api.parliament.uk/api/Members/1', { fetch: reply(JSON.stringify({ value: { nameDisplayAs: 'N'.repeat(500_000) } })) });
    expect(big.ok && at(big.value, 'value', 'nameDisplayAs').length).toBe(300);
    const deep = await fetchBoundedJson('https://members-api.parliament.uk/api/Members/1', { fetch: reply(`${'['.repeat(10_000)}${']'.repeat(10_000)}`) });
    expect(deep).toEqual({ ok: false, error: { code: 'bad_response', message: 'The Members API sent a reply nested too deeply to show.' } });
  });
});
