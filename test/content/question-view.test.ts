import { describe, expect, it } from 'vitest';
import { dateView, daysBetween, questionView } from '../../src/content/question-view';
import type { PageContext } from '../../src/sites/page-context';

const context: PageContext = {
  site: 'theyworkforyou-wrans',
  url: 'https://www.theyworkforyou.com/wrans/?id=2023-12-08.6036.h',
  gid: '2023-12-08.6036.h',
  uin: '6036',
  house: 'Commons',
  gidDate: '2023-12-08',
  tabledDate: '2023-12-08',
  answeredDate: '2024-01-10',
  department: 'Ministry of Justice',
  heading: 'Offenders: Foreign Nationals',
  questions: [
    { uin: '6036', text: 'To ask…', asker: null, anchorId: 'g6036.q0' },
    { uin: '6037', text: 'To ask…', asker: { name: 'A Member', twfyPersonId: 1, position: null, photoUrl: null, profileUrl: null }, anchorId: 'g6037.q1' },
  ],
  asker: { name: 'Sarah Champion', twfyPersonId: null, position: 'Labour, Rotherham', photoUrl: null, profileUrl: null },
  answerer: { name: 'Victoria Atkins', twfyPersonId: null, position: null, photoUrl: null, profileUrl: null },
  answerText: '',
  officialUrl: 'https://questions-statements.parliament.uk/written-questions/detail/2023-12-08/6036',
};

describe('question view', () => {
  it('formats ISO dates in words and rejects anything else', () => {
    expect(dateView('2019-02-08')).toEqual({ iso: '2019-02-08', text: '8 February 2019' });
    expect(dateView('2019-13-08')).toBeNull();
    expect(dateView('8 Feb 2019')).toBeNull();
    expect(dateView(null)).toBeNull();
  });

  it('counts calendar days across month, year and daylight-saving changes', () => {
    expect(daysBetween('2023-12-08', '2024-01-10')).toBe(33);
    expect(daysBetween('2024-03-30', '2024-04-01')).toBe(2);
  });

  it('builds the question section from the page alone', () => {
    const view = questionView(context);
    expect(view.daysToAnswer).toBe(33);
    expect(view.answered?.text).toBe('10 January 2024');
    expect(view.grouped).toEqual([{ uin: '6037', askerName: 'A Member', anchorId: 'g6037.q1' }]);
    expect(view.citation).toBe(
      'Offenders: Foreign Nationals. HC written question 6036, Ministry of Justice, asked by Sarah Champion, answered by Victoria Atkins on 10 January 2024. ' +
        'https://questions-statements.parliament.uk/written-questions/detail/2023-12-08/6036',
    );
  });

  it('leaves the days out when a date is missing or the order is impossible', () => {
    expect(questionView({ ...context, tabledDate: null }).daysToAnswer).toBeNull();
    expect(questionView({ ...context, tabledDate: '2024-02-01' }).daysToAnswer).toBeNull();
  });
});
