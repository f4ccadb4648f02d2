import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingSharedMessage, sharedPath } from '../../scripts/lib/shared-dir.js';
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

  it('caps search pages, whole-reply lists and a member\'s history well above what we ask for', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i }));
    expect(at(bounded({ results: many(1_000), totalResults: 1_000 }), 'results')).toHaveLength(100);
    expect(boundJson(many(1_000))).toMatchObject({ ok: true, value: { length: 200 } });
    expect(at(bounded({ value: { governmentPosts: many(5_000) } }), 'value', 'governmentPosts')).toHaveLength(200);
    expect(at(bounded({ results: many(50) }), 'results')).toHaveLength(50); // our largest take, untouched
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

describe('boundJson on real data', () => {
  it.skipIf(missingSharedMessage() !== null)('changes nothing in any real sample, corpus item or full text', () => {
    const docs: unknown[] = [];
    for (const api of readdirSync(sharedPath('reference/samples'))) {
      for (const file of readdirSync(sharedPath(`reference/samples/${api}`)).filter((f) => f.endsWith('.json'))) {
        docs.push(JSON.parse(readFileSync(sharedPath(`reference/samples/${api}/${file}`), 'utf8')));
      }
    }
    for (const file of readdirSync(sharedPath('corpus'))) {
      for (const line of readFileSync(sharedPath(`corpus/${file}`), 'utf8').trim().split('\n')) {
        const doc = JSON.parse(line) as { question_text?: string; answer_text?: string };
        // Full texts are stored under the scraper's names; the API sends them as questionText/answerText.
        docs.push('question_text' in doc ? { value: { questionText: doc.question_text, answerText: doc.answer_text } } : doc);
      }
    }
    docs.push(JSON.parse(readFileSync(sharedPath('reference/votes/policies.json'), 'utf8')).policies);
    expect(docs.length).toBeGreaterThan(12_000);
    const changed = docs.filter((doc) => JSON.stringify(bounded(doc)) !== JSON.stringify(doc));
    expect(changed.map((doc) => JSON.stringify(doc).slice(0, 120))).toEqual([]);
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
