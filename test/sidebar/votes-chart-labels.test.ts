import { describe, expect, it } from 'vitest';
import { commonPhrase, namedPhrase, shortTitle, tallyWords } from '../../src/sidebar/sections/votes-chart-labels';

// Real Commons division titles (../shared/reference/votes/divisions.json), written out so the test
// runs without ../shared too.
const ONLINE_SAFETY = [
  'Amendment: Online Safety Bill: Schedule 7 - Priority offences',
  'New Clause 14: Online Safety Bill',
  'Online Safety Bill (Programme) (No. 4)',
  'Online Safety Bill: New Clause 11 - Notices to deal with terrorism content or CSEA content (or both)',
  'Online Safety Bill: Report Stage: New Clause 17',
];

describe('votes chart labels', () => {
  it('names the bill the searched phrase belongs to, as the title spells it', () => {
    expect(namedPhrase('New Clause 3: Online Safety Bill', 'online safety')).toBe('Online Safety Bill');
    expect(namedPhrase('Online Safety Bill (Programme) (No. 4)', 'online safety')).toBe('Online Safety Bill');
    expect(namedPhrase('Omnibus Bill', 'bus')).toBeNull();
  });

  it('says a shared bill once and keeps what tells the divisions apart', () => {
    const common = commonPhrase(ONLINE_SAFETY, 'online safety');
    expect(common).toBe('Online Safety Bill');
    expect(ONLINE_SAFETY.map((t) => shortTitle(t, common))).toEqual([
      'Amendment: Schedule 7 - Priority offences',
      'New Clause 14',
      'Programme (No. 4)',
      'New Clause 11 - Notices to deal with terrorism content…',
      'Report Stage: New Clause 17',
    ]);
  });

  it('keeps whole titles (clipped at a word) when the divisions name different things', () => {
    const titles = ['Air Quality (Domestic Solid Fuels) Regulations 2020', 'Environment Bill: air quality targets'];
    expect(commonPhrase(titles, 'air quality')).toBeNull();
    expect(shortTitle(titles[0]!, null)).toBe(titles[0]);
    expect(shortTitle('Online Safety Bill', 'Online Safety Bill')).toBe('Online Safety Bill');
    expect(shortTitle('x'.repeat(80), null)).toHaveLength(56);
    // One division keeps its whole title (its label then has nothing to leave out).
    expect(commonPhrase(['New Clause 3: Online Safety Bill'], 'online safety')).toBeNull();
  });

  it('counts in the House\'s words, singular and plural', () => {
    expect([tallyWords(1, 'aye'), tallyWords(0, 'no'), tallyWords(300, 'no'), tallyWords(1, 'not-content'), tallyWords(84, 'content')])
      .toEqual(['1 aye', '0 noes', '300 noes', '1 not content', '84 contents']);
  });
});
