import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  listAnswerText, listAsFromName, listQuestionText, loadFixtureData, memberById,
} from '../../scripts/fixture-apis/data.js';
import { createMembersApi } from '../../scripts/fixture-apis/members.js';
import { call, readShared, readSharedLines } from './call';
import { SHARED_DIR } from '../../scripts/lib/shared-dir.js';

interface Value { id: number; askingMemberId: number; answeringMemberId: number | null; correctingMemberId: number | null; questionText: string; answerText: string | null }
const corpus = readSharedLines<{ value: Value; links: unknown[] }>('corpus/questions-list-2023-12.jsonl');
const fullTexts = readSharedLines<{ id: number; question_text: string; answer_text: string }>('corpus/questions-full-text-2023-12.jsonl');
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/api/${name}`, import.meta.url), 'utf8'));

describe('members referenced by the corpus', () => {
  const ids = new Set(corpus.flatMap(({ value: v }) => [v.askingMemberId, v.answeringMemberId, v.correctingMemberId]).filter((id): id is number => typeof id === 'number'));

  it('every asking, answering and correcting member id resolves, by memberById and by the Members API', async () => {
    expect(ids.size).toBe(351);
    const api = createMembersApi();
    for (const id of ids) {
      const m = memberById(id);
      expect(m, `member ${id}`).not.toBeNull();
      expect(m?.name).toBeTruthy();
      const reply = await call(api, `/api/Members/${id}`);
      expect(reply.status, `GET /api/Members/${id}`).toBe(200);
      expect(reply.json().value.nameDisplayAs).toBe(m?.name);
    }
  });

  it('takes real names where there are any, and says which members are constructed', () => {
    const data = loadFixtureData();
    const bySource: Record<string, number> = {};
    for (const id of ids) {
      const source = data.members.get(id)!.source;
      bySource[source] = (bySource[source] ?? 0) + 1;
    }
    // 192 MPs of Nov 2024 (+ nothing else), 69 former MPs from the 23 May 2024 division, Lord Beamish
    // from the Lords sample, and 89 with no real data at all.
    expect(bySource).toEqual({ 'roster-2024-11': 192, 'division-2024-05-23': 69, 'lords-2024-11': 1, constructed: 89 });
    for (const id of ids) {
      const m = memberById(id)!;
      if (m.constructed) expect(m).toMatchObject({ name: `Member ${id}`, party: null, constituency: null });
    }
  });

  it('memberById gives the page renderer what it needs', () => {
    expect(memberById(4267)).toEqual({ id: 4267, name: 'Sarah Champion', party: 'Labour', partyAbbreviation: 'Lab', constituency: 'Rotherham', house: 'Commons', constructed: false });
    expect(memberById(4399)).toMatchObject({ name: 'Victoria Atkins', party: 'Conservative', constituency: 'Louth and Horncastle' });
    expect(memberById(4801)).toMatchObject({ name: 'Anthony Browne', party: 'Conservative', partyAbbreviation: 'Con', constituency: null, constructed: false });
    expect(memberById(4395)).toMatchObject({ name: 'Baroness Hayman of Ullock', house: 'Lords', constituency: null });
    expect(memberById(123456789)).toBeNull();
  });
});

describe('served question data', () => {
  it('keeps every corpus record as it is', () => {
    const data = loadFixtureData();
    for (const item of corpus) expect(data.questionsById.get(item.value.id)?.listItem).toEqual(item);
  });

  it('the list truncation rule reproduces all 840 corpus list texts from their full texts', () => {
    const byId = new Map(corpus.map((c) => [c.value.id, c.value]));
    expect(fullTexts).toHaveLength(840);
    for (const f of fullTexts) {
      const listed = byId.get(f.id)!;
      expect(listQuestionText(f.question_text)).toBe(listed.questionText);
      expect(listAnswerText(f.answer_text)).toBe(listed.answerText);
    }
  });

  it('the seed record’s texts are the seed page’s, verbatim', () => {
    const seed = fixture('constructed-questions.json').find((q: { uin: string }) => q.uin === '215246');
    const lines = readShared('seed/theyworkforyou-wrans-2019-02-08.215246.txt').split('\n').map((l) => l.trim()).filter(Boolean);
    const start = lines.findIndex((l) => l.startsWith('Photo of Victoria Atkins')) + 1;
    const end = lines.indexOf('Does this answer the above question?');
    expect(seed.answerText).toBe(lines.slice(start, end).map((p) => `<p>${p}</p>`).join(''));
    expect(lines).toContain(seed.questionText);
    expect(lines[0]).toBe(seed.heading);
    // No marker field in served JSON: provenance lives in the sidecar.
    expect(Object.keys(seed).some((k) => k.startsWith('_'))).toBe(false);
  });

  it('the transcribed May 2024 division has the recorded counts', () => {
    const division = fixture('commons-division-2024-05-23-lda-1720037.json');
    const votes = division.votes as { memberId: number; vote: string }[];
    expect(new Set(votes.map((v) => v.memberId)).size).toBe(votes.length);
    expect(votes.filter((v) => v.vote === 'Aye')).toHaveLength(division.ayesCount);
    expect(votes.filter((v) => v.vote === 'No')).toHaveLength(division.noesCount);
  });

  it('takes directories as plain paths (no trailing slash needed), caching per directory pair', () => {
    const data = loadFixtureData({
      dataDir: fileURLToPath(new URL('../fixtures/api', import.meta.url)),
      sharedDir: SHARED_DIR,
    });
    // The defaults are these same folders, so this is the cached load.
    expect(data).toBe(loadFixtureData());
    expect(data.questions).toHaveLength(corpus.length + 2);
  });

  it('derives list names the Members API way', () => {
    expect(listAsFromName('Sir Liam Fox')).toBe('Fox, Sir Liam');
    expect(listAsFromName('Mr Tobias Ellwood')).toBe('Ellwood, Mr Tobias');
    expect(listAsFromName('Anthony Browne')).toBe('Browne, Anthony');
  });
});
