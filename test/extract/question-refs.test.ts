import { describe, expect, it } from 'vitest';
import { distinctRefs, findQuestionRefs } from '../../src/extract/question-refs';

const refsIn = (text: string, context: string | null = '2023-12-12') =>
  findQuestionRefs(text, context).map((r) => ({ uin: r.uin, answerDate: r.answerDate, text: text.slice(r.start, r.end) }));

describe('findQuestionRefs', () => {
  it('reads "pursuant to the Answer of <date> to Question <uin>"', () => {
    expect(refsIn('To ask the Secretary of State for Transport, pursuant to the Answer of 13 December 2023 to Question 5413 on Motor Vehicles: Insurance, what discussions')).toEqual([
      { uin: '5413', answerDate: '2023-12-13', text: 'Question 5413' },
    ]);
    expect(refsIn('pursuant to the Answer of 3 March 2019 to Question 12345')[0]?.answerDate).toBe('2019-03-03');
  });

  it('reads "I refer the hon. Member to the answer I gave on <date> to Question <uin>" (hon. does not end the clause)', () => {
    expect(refsIn('I refer the hon. Member to the answer I gave on 4 May 2023 to Question 12345.')).toEqual([
      { uin: '12345', answerDate: '2023-05-04', text: 'Question 12345' },
    ]);
  });

  it('reads PQ and UIN forms, Lords UINs, and references without a date', () => {
    expect(refsIn('I refer the Honourable Member to PQ 191749. We do not routinely publish')).toEqual([{ uin: '191749', answerDate: null, text: 'PQ 191749' }]);
    expect(refsIn('See UIN HL1234 for the figures.')).toEqual([{ uin: 'HL1234', answerDate: null, text: 'UIN HL1234' }]);
    expect(refsIn('with reference to the Answer of 6 March 2023 to Question HL5679,on Prisoners')).toEqual([{ uin: 'HL5679', answerDate: '2023-03-06', text: 'Question HL5679' }]);
    expect(refsIn('as set out in HL 1234 and in HL2345')).toEqual([{ uin: 'HL2345', answerDate: null, text: 'HL2345' }]);
    expect(refsIn('Further to the answer given to Question UIN 155257, a consultation')).toEqual([{ uin: '155257', answerDate: null, text: 'Question UIN 155257' }]);
  });

  it('reads lists, pairing dates with UINs when the counts match', () => {
    expect(refsIn('with reference to the Answers of 24 November 2023 and 11 December 2023 to Questions 2123 and 4902 on Gaza').map((r) => [r.uin, r.answerDate])).toEqual([
      ['2123', '2023-11-24'],
      ['4902', '2023-12-11'],
    ]);
    expect(refsIn('with reference to the Answer of 12 December 2023 to Questions 5901, 5897 and 5898, on what').map((r) => [r.uin, r.answerDate])).toEqual([
      ['5901', '2023-12-12'], ['5897', '2023-12-12'], ['5898', '2023-12-12'],
    ]);
    expect(refsIn('the answer given in response to PQ 4875 and PQ 4876.').map((r) => r.uin)).toEqual(['4875', '4876']);
  });

  it('takes a date after the reference, and the year from the context when the text leaves it out', () => {
    expect(refsIn('I refer back to my previous answer to UIN 5635 on 14th December.', '2023-12-20')[0]?.answerDate).toBe('2023-12-14');
    expect(refsIn('I refer back to my previous answer to UIN 5635 on 14th December.', '2023-12-01')[0]?.answerDate).toBe('2022-12-14');
    expect(refsIn('pursuant to the Answer of 30 November to Question 3424 on Rheumatology', '2023-12-05')[0]?.answerDate).toBe('2023-11-30');
    expect(refsIn('pursuant to the Answer of 30 November to Question 3424', null)[0]?.answerDate).toBeNull();
  });

  it('does not take a date from an earlier sentence, or from a clause not about an answer', () => {
    expect(refsIn('The fund opened on 4 May 2023. Question 12345 asked about it.')[0]?.answerDate).toBeNull();
    expect(refsIn('Following the statement of 4 May 2023, Question 12345 remains open.')[0]?.answerDate).toBeNull();
  });

  it('finds nothing in text without references, nor in single-digit or money numbers', () => {
    expect(refsIn('We have announced a £40m package of measures to protect children.')).toEqual([]);
    expect(refsIn('Question 3 of the consultation asked about 12345 responses.')).toEqual([]);
    expect(refsIn('')).toEqual([]);
  });
});

describe('distinctRefs', () => {
  it('keeps each UIN once, drops excluded ones, and keeps a date seen later', () => {
    const refs = findQuestionRefs('PQ 1578 and PQ 1579. I refer to the answer of 1 December 2023 to Question 1578. See Question 9999.', '2023-12-12');
    expect(distinctRefs(refs, ['9999']).map((r) => [r.uin, r.answerDate])).toEqual([['1578', '2023-12-01'], ['1579', null]]);
  });
});

describe('findQuestionRefs: several dated references in one clause', () => {
  it('gives each reference its own date, and never takes a day of the month for a UIN', () => {
    const text = 'pursuant to the Answers of 8 December 2023 to Question 2996 and 11 December 2023 to Question 5290, for what reason';
    expect(refsIn(text).map((r) => [r.uin, r.answerDate])).toEqual([['2996', '2023-12-08'], ['5290', '2023-12-11']]);
  });
});
