/** Topic matching for votes: word starts only, broad words never choose alone, groups only break ties. */
import { describe, expect, it } from 'vitest';
import { divisionReason, divisionSearchTerm, mentions, pickPolicies } from '../../src/extract/topic-match';
import { topicTerms } from '../../src/extract/topic-terms';

const policy = (name: string, description: string, groups: string[] = []) => ({ name, description, groups });

describe('mentions', () => {
  it('matches at a word start with a short ending, never inside a longer word', () => {
    expect(mentions('Schools Bill: Second Reading', 'school')).toBe(true);
    expect(mentions('Business of the House', 'bus')).toBe(false);
    expect(mentions('Agriculture Bill', 'agricultur')).toBe(true);
    expect(mentions('Children’s Wellbeing and Schools Bill', 'child')).toBe(true);
    expect(mentions('Motor Vehicles (Compulsory Insurance)', 'motor neurone disease')).toBe(false);
  });
});

describe('division search', () => {
  it('searches a subject phrase, not its first word ("motor" would find motor vehicles)', () => {
    expect(divisionSearchTerm(topicTerms('Motor Neurone Disease: Research'))).toBe('motor neurone disease');
  });

  it('takes the seed\'s "online safety" and skips broad words', () => {
    expect(divisionSearchTerm(topicTerms('Offences against Children: Internet'))).toBe('online safety');
    expect(divisionSearchTerm(['child', 'offence'])).toBeNull();
  });

  it('gives a reason only when the title names the term', () => {
    expect(divisionReason('New Clause 17: Online Safety Bill', 'online safety')).toBe('title contains “online safety”');
    expect(divisionReason('Business of the House', 'bus services')).toBeNull();
  });
});

describe('pickPolicies', () => {
  const policies = [
    policy('Smoking bans', 'banning smoking in cars with children', ['health']),
    policy('Asylum', 'a stricter asylum system', ['home']),
    policy('Digital Services Tax', 'a tax on large online companies', ['taxation']),
    policy('Children’s Wellbeing and Schools Bill', 'the children’s wellbeing and schools bill', ['education']),
    policy('Mass Surveillance', 'mass surveillance of people’s communications', ['home']),
  ];

  it('shows nothing for the seed rather than the department\'s group', () => {
    expect(pickPolicies(policies, topicTerms('Offences against Children: Internet'), ['home'])).toEqual([]);
  });

  it('picks by name, says why, and lets the group break a tie only', () => {
    const picked = pickPolicies([policy('Asylum seekers', 'x', ['misc']), ...policies], ['asylum'], ['home']);
    expect(picked.map((p) => [p.policy.name, p.reason])).toEqual([['Asylum', 'name contains “asylum”'], ['Asylum seekers', 'name contains “asylum”']]);
  });

  it('needs more than one specific word in a description', () => {
    expect(pickPolicies(policies, ['online'], [])).toEqual([]);
  });
});
