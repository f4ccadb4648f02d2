import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  listAnswerText, listAsFromName, listQuestionText, loadFixtureData, memberById,
} from '../../scripts/fixture-apis/data.js';
import { POOL_SIZE } from '../../scripts/fixture-apis/test-pool.js';
import { createMembersApi } from '../../scripts/fixture-apis/members.js';
import { seedText } from '../support/seed-text';
import { describeWithShared, SHARED_PRESENT } from '../support/shared';
import {
  call, corpusFullTexts, corpusList, CORPUS_MONTHS, lazy, ownQuestionValues, readSharedJson, type QuestionValue,
} from './call';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/api/${name}`, import.meta.url), 'utf8'));
const memberIdsOf = (values: QuestionValue[]) =>
  new Set(values.flatMap((v) => [v.askingMemberId, v.answeringMemberId, v.correctingMemberId]).filter((id): id is number => typeof id === 'number'));

/** Every id resolves by memberById and by the fake Members API, under the same name. */
async function expectAllResolve(ids: Iterable<number>) {
  const api = createMembersApi();
  for (const id of ids) {
    const m = memberById(id);
    expect(m, `member ${id}`).not.toBeNull();
    expect(m?.name).toBeTruthy();
    const reply = await call(api, `/api/Members/${id}`);
    expect(reply.status, `GET /api/Members/${id}`).toBe(200);
    expect(reply.json().value.nameDisplayAs).toBe(m?.name);
  }
}

describe('members our own records name (with or without ../shared)', () => {
  it('every asking and answering member of our eight records resolves, by memberById and by the Members API', async () => {
    const ids = memberIdsOf(ownQuestionValues());
    expect([...ids].sort((a, b) => a - b)).toEqual([3359, 4267, 4395, 4399, 9900001, 9900002, 9900003]);
    await expectAllResolve(ids);
  });

  it('memberById gives the page renderer what it needs', () => {
    expect(memberById(4267)).toEqual({ id: 4267, name: 'Sarah Champion', party: 'Labour', partyAbbreviation: 'Lab', constituency: 'Rotherham', house: 'Commons', constructed: false });
    expect(memberById(4399)).toMatchObject({ name: 'Victoria Atkins', party: 'Conservative', constituency: 'Louth and Horncastle' });
    // From our transcribed May 2024 division, so known without ../shared too.
    expect(memberById(4801)).toMatchObject({ name: 'Anthony Browne', party: 'Conservative', partyAbbreviation: 'Con', constituency: null, constructed: false });
    expect(memberById(4395)).toMatchObject({ name: 'Baroness Hayman of Ullock', house: 'Lords', constituency: null });
    expect(memberById(9900002)).toEqual({ id: 9900002, name: 'Jordan Sample', party: 'Conservative', partyAbbreviation: 'Con', constituency: 'Sampleton and Fixture Vale', house: 'Commons', constructed: false });
    expect(memberById(123456789)).toBeNull();
  });

  it('says which members are our fictional ones', () => {
    const { members } = loadFixtureData();
    for (const id of [9900001, 9900002, 9900003]) expect(members.get(id)?.source, `member ${id}`).toBe('own');
    expect(members.get(4267)?.source).toBe('roster-2024-11');
    expect(members.get(3359)?.source).toBe('lords-2024-11');
  });
});

describeWithShared('members referenced by the corpus (all three months)', () => {
  const monthValues = lazy(() => new Map(CORPUS_MONTHS.map((m) => [m, corpusList(m).map((i) => i.value)])));
  const allIds = lazy(() => memberIdsOf([...monthValues().values()].flat()));
  const bySourceOf = (ids: Set<number>) => {
    const data = loadFixtureData();
    const bySource: Record<string, number> = {};
    for (const id of ids) {
      const source = data.members.get(id)!.source;
      bySource[source] = (bySource[source] ?? 0) + 1;
    }
    return bySource;
  };

  it('every asking, answering and correcting member id of every month resolves, by memberById and by the Members API', async () => {
    expect(allIds().size).toBe(706);
    await expectAllResolve(allIds());
  });

  it('Dec 2023: takes real names where there are any, and says which members are constructed', () => {
    const ids = memberIdsOf(monthValues().get('2023-12')!);
    expect(ids.size).toBe(351);
    // 192 MPs of Nov 2024 (+ nothing else), 69 former MPs from the 23 May 2024 division, Lord Beamish
    // from the Lords sample, and 89 with no real data at all.
    expect(bySourceOf(ids)).toEqual({ 'roster-2024-11': 192, 'division-2024-05-23': 69, 'lords-2024-11': 1, constructed: 89 });
  });

  it('all three months: real names for 616 of the 706, the other 90 plainly constructed', () => {
    // Nov 2024 and Nov 2025 add 354 MPs of the Nov 2024 roster and one constructed stand-in.
    expect(bySourceOf(allIds())).toEqual({ 'roster-2024-11': 546, 'division-2024-05-23': 69, 'lords-2024-11': 1, constructed: 90 });
    for (const id of allIds()) {
      const m = memberById(id)!;
      if (m.constructed) expect(m).toMatchObject({ name: `Member ${id}`, party: null, constituency: null });
    }
  });

  it('our roster’s real members carry the recorded rosters’ values (own-roster.json says they do)', () => {
    const own = fixture('own-roster.json') as { commons: { MemberId: number }[]; lords: { memberId: number }[] };
    const division = readSharedJson('reference/samples/commonsvotes-api/snommoc-division-1873.json');
    const recordedMps = ['AyeTellers', 'NoTellers', 'Ayes', 'Noes', 'NoVoteRecorded'].flatMap((l) => division[l] as { MemberId: number }[]);
    const lordsSample = readSharedJson<Record<string, { memberId: number }[]>[]>('reference/samples/lordsvotes-api/snommoc-divisions-search.json');
    const recordedPeers = lordsSample.flatMap((d) => [...d.contentTellers!, ...d.notContentTellers!, ...d.contents!, ...d.notContents!]);
    const realMps = own.commons.filter((m) => m.MemberId < 9_900_000);
    expect(realMps.map((m) => m.MemberId)).toEqual([4267, 4399]);
    for (const m of realMps) expect(recordedMps.find((r) => r.MemberId === m.MemberId)).toEqual(m);
    for (const m of own.lords) expect(recordedPeers.find((r) => r.memberId === m.memberId)).toEqual(m);
    // The fictional ids are no real member's.
    for (const id of [9900001, 9900002, 9900003]) expect(recordedMps.some((r) => r.MemberId === id)).toBe(false);
  });
});

describe('served question data (with or without ../shared)', () => {
  it('serves our eight records, and without ../shared exactly those', () => {
    const { questions, questionsById } = loadFixtureData();
    const own = ownQuestionValues();
    expect(own.map((v) => v.id)).toEqual([9214555, 9001234, 9990001, 9990002, 9990003, 9990004, 9990005, 9990006]);
    for (const v of own) {
      const record = questionsById.get(v.id);
      expect(record?.constructed, `record ${v.id}`).toBe(true);
      // The single endpoint's value is the record as written; the list item is cut by the list rule.
      expect(record?.fullValue).toEqual(v);
      expect(record?.listItem).toEqual({
        value: { ...v, questionText: listQuestionText(v.questionText), answerText: listAnswerText(v.answerText) },
        links: [{ rel: 'self', href: `/Questions/${v.id}`, method: 'GET' }],
      });
    }
    // Without ../shared the generated test pool is served too (scripts/fixture-apis/test-pool.js).
    expect(questions).toHaveLength(SHARED_PRESENT ? 9_644 : 8 + POOL_SIZE);
  });

  it('the seed record is UIN 214555, tabled 2019-01-30, and its texts are the seed page’s, verbatim', () => {
    const seed = ownQuestionValues().find((q) => q.uin === '214555')!;
    expect(seed).toMatchObject({ id: 9214555, house: 'Commons', dateTabled: '2019-01-30T00:00:00', dateAnswered: '2019-02-08T00:00:00' });
    expect(ownQuestionValues().some((q) => q.uin === '215246')).toBe(false);
    const lines = seedText().split('\n').map((l) => l.trim()).filter(Boolean);
    const start = lines.findIndex((l) => l.startsWith('Photo of Victoria Atkins')) + 1;
    const end = lines.indexOf('Does this answer the above question?');
    expect(start).toBeGreaterThan(0);
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

  it('takes the data directory as a plain path (no trailing slash needed), caching per directory', () => {
    const data = loadFixtureData({ dataDir: fileURLToPath(new URL('../fixtures/api', import.meta.url)) });
    // The default is this same folder, so this is the cached load.
    expect(data).toBe(loadFixtureData());
  });

  it('derives list names the Members API way', () => {
    expect(listAsFromName('Sir Liam Fox')).toBe('Fox, Sir Liam');
    expect(listAsFromName('Mr Tobias Ellwood')).toBe('Ellwood, Mr Tobias');
    expect(listAsFromName('Anthony Browne')).toBe('Browne, Anthony');
  });
});

describeWithShared('served corpus data (all three months)', () => {
  const months = lazy(() => CORPUS_MONTHS.map((month) => ({ month, list: corpusList(month), full: corpusFullTexts(month) })));

  it('serves 9,644 questions: 2,989 + 3,196 + 3,451 corpus items and our 8, no id or UIN twice', () => {
    const { questions } = loadFixtureData();
    expect(months().map((m) => m.list.length)).toEqual([2_989, 3_196, 3_451]);
    expect(questions).toHaveLength(9_644);
    expect(new Set(questions.map((q) => q.id)).size).toBe(9_644);
    // UINs restart each session, so the pair a page gives (UIN, House) is what must be unique here,
    // and the lookup's key (UIN, tabled day) with it.
    const uinHouse = questions.map(({ fullValue: v }) => `${v.uin.toUpperCase()} ${v.house}`);
    expect(new Set(uinHouse).size).toBe(9_644);
    const corpusUins = new Set(months().flatMap((m) => m.list.map((i) => i.value.uin.toUpperCase())));
    for (const uin of ['214555', '215246', 'HL1234', '990001', '990002', '990003', '990004', '990005', '990006']) {
      expect(corpusUins.has(uin), uin).toBe(false);
    }
  });

  it('keeps every corpus record of every month as it is', () => {
    const data = loadFixtureData();
    for (const { month, list } of months()) {
      for (const item of list) expect(data.questionsById.get(item.value.id)?.listItem, `${month} ${item.value.id}`).toEqual(item);
    }
  });

  it('Dec 2023: the list truncation rule reproduces all 840 list texts from their full texts', () => {
    const { list, full } = months()[0]!;
    const byId = new Map(list.map((c) => [c.value.id, c.value]));
    expect(full).toHaveLength(840);
    for (const f of full) {
      const listed = byId.get(f.id)!;
      expect(listQuestionText(f.question_text)).toBe(listed.questionText);
      expect(listAnswerText(f.answer_text)).toBe(listed.answerText);
    }
  });

  it('Nov 2024 and Nov 2025: each list text is its full text cut by the rule, or the two differ before the cut', () => {
    // These months' lists were scraped while current and their full texts later: a question edited
    // in between ("his" → "her" Department), a holding answer since replaced, an answer given since
    // (the list's answerText is then null). Where the texts are the same record's, the cut must match.
    const firstDifference = (a: string, b: string) => {
      let i = 0;
      while (i < a.length && i < b.length && a[i] === b[i]) i++;
      return i;
    };
    const counts: Record<string, { questions: number; answers: number; editedQuestions: number; changedAnswers: number; answeredSince: number }> = {};
    for (const { month, list, full } of months().slice(1)) {
      const byId = new Map(list.map((c) => [c.value.id, c.value]));
      const c = (counts[month] = { questions: 0, answers: 0, editedQuestions: 0, changedAnswers: 0, answeredSince: 0 });
      for (const f of full) {
        const listed = byId.get(f.id)!;
        const cutQuestion = listQuestionText(f.question_text)!;
        if (cutQuestion === listed.questionText) c.questions++;
        else {
          c.editedQuestions++;
          expect(firstDifference(cutQuestion, listed.questionText), `${f.id} question`).toBeLessThan(255);
        }
        if (listed.answerText === null) { c.answeredSince++; continue; }
        const cutAnswer = listAnswerText(f.answer_text)!;
        if (cutAnswer === listed.answerText) c.answers++;
        else {
          c.changedAnswers++;
          expect(firstDifference(cutAnswer, listed.answerText), `${f.id} answer`).toBeLessThan(255);
        }
      }
    }
    expect(counts).toEqual({
      '2024-11': { questions: 743, answers: 428, editedQuestions: 11, changedAnswers: 3, answeredSince: 323 },
      '2025-11': { questions: 905, answers: 190, editedQuestions: 18, changedAnswers: 5, answeredSince: 728 },
    });
  });
});
