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
  it.skipIf(missingSharedMessage() !== null)('changes nothing in any real sample, corpus item or full text but stray zero-width spaces', () => {
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
    // Real texts carry word-processor debris: 41 U+200B (zero-width space) in 20 records, e.g.
    // "provided by the \u200b\u200b\u200bMinister of State", and two U+200E (left-to-right mark) in one
    // question, "(\u200ePM2.5 and PM10)\u200e". Those go; nothing else may change.
    const invisible = /[\u200B\u200E]/g;
    const changed = docs.filter((doc) => JSON.stringify(bounded(doc)) !== JSON.stringify(doc).replace(invisible, ''));
    expect(changed.map((doc) => JSON.stringify(doc).slice(0, 120))).toEqual([]);
    expect(docs.filter((doc) => /[\u200B\u200E]/.test(JSON.stringify(doc))).length).toBe(21);
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

describe('what the reader is told of what was cut, and invisible controls', () => {
  const own = JSON.parse(readFileSync(new URL('../fixtures/api/constructed-questions.json', import.meta.url), 'utf8')) as Obj[];
  /** Our grouped record 990002, as GET …/questions/{id} wraps it. */
  const grouped = own.find((q) => q.id === 9990002)!;

  it('10,000 grouped questions: 100 listed, 10,000 counted, through the schema to the record', async () => {
    const { questionItemSchema, toWrittenQuestion } = await import('../../src/clients/written-questions/schemas');
    const uins = Array.from({ length: 10_000 }, (_, i) => String(300_000 + i));
    const raw = { value: { ...grouped, groupedQuestions: uins, groupedQuestionsDates: uins.map((questionUin) => ({ questionUin, dateTabled: grouped.dateTabled })) }, links: [] };
    const q = toWrittenQuestion(questionItemSchema.parse(bounded(raw)).value, true);
    expect(q.grouped).toHaveLength(100);
    expect(q.groupedTotal).toBe(10_000);
    // Untouched records count what they list.
    const plain = toWrittenQuestion(questionItemSchema.parse(bounded({ value: grouped, links: [] })).value, true);
    expect([plain.grouped.length, plain.groupedTotal, plain.attachmentTotal]).toEqual([1, 1, 0]);
  });

  it('attachments: the API\'s attachmentCount or a cut list\'s real length, whichever is more', async () => {
    const { questionItemSchema, toWrittenQuestion } = await import('../../src/clients/written-questions/schemas');
    const attachments = Array.from({ length: 80 }, (_, i) => ({ url: `https://questions-statements.parliament.uk/attachment/${i}`, title: `Table ${i}`, fileName: null, fileSizeBytes: 1, fileType: 'pdf' }));
    const q = toWrittenQuestion(questionItemSchema.parse(bounded({ value: { ...grouped, attachments, attachmentCount: 80 }, links: [] })).value, true);
    expect([q.attachments.length, q.attachmentTotal]).toEqual([50, 80]);
    const counted = toWrittenQuestion(questionItemSchema.parse(bounded({ value: { ...grouped, attachments: attachments.slice(0, 2), attachmentCount: 3 }, links: [] })).value, true);
    expect([counted.attachments.length, counted.attachmentTotal]).toEqual([2, 3]);
  });

  it('drops bidi overrides, isolates and zero-width spaces from every string, keeps ZWJ', () => {
    const out = bounded({ value: { nameDisplayAs: 'Ms \u202EDiane Abbott', heading: 'Roads:\u2066 Finance\u2069', answerText: '<p>£5\u200Bmillion\uFEFF</p>', emoji: '👩\u200D💻' } });
    expect(at(out, 'value', 'nameDisplayAs')).toBe('Ms Diane Abbott');
    expect(at(out, 'value', 'heading')).toBe('Roads: Finance');
    expect(at(out, 'value', 'answerText')).toBe('<p>£5million</p>');
    expect(at(out, 'value', 'emoji')).toBe('👩\u200D💻');
  });
});
