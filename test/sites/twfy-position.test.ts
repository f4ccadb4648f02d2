/**
 * Offices read from TWFY speaker positions. The shapes: "Post, Department" (reference/pages, from
 * TWFY's prettify_office), several offices joined with ", " (the seed page), "Post (Department)"
 * (Members API titles), and "Party, Constituency" (no office), each with commas inside names.
 */
import { describe, expect, it } from 'vitest';
import { officesOf } from '../../src/sites/twfy-position';

describe('officesOf', () => {
  it.each([
    ['Minister of State, Ministry of Justice', [{ post: 'Minister of State', department: 'Ministry of Justice' }]],
    ['Minister of State, Foreign, Commonwealth and Development Office', [{ post: 'Minister of State', department: 'Foreign, Commonwealth and Development Office' }]],
    ['Secretary of State, Department for Science, Innovation and Technology', [{ post: 'Secretary of State', department: 'Department for Science, Innovation and Technology' }]],
    ['Parliamentary Under Secretary of State (Department for Business and Trade)', [{ post: 'Parliamentary Under Secretary of State', department: 'Department for Business and Trade' }]],
    ['Parliamentary Under-Secretary of State (Department for Science, Innovation and Technology)', [{ post: 'Parliamentary Under-Secretary of State', department: 'Department for Science, Innovation and Technology' }]],
    ['The Parliamentary Under-Secretary of State for the Home Department, Minister for Women', [
      { post: 'The Parliamentary Under-Secretary of State for the Home Department', department: null },
      { post: 'Minister for Women', department: null },
    ]],
    ['Minister of State, Ministry of Justice, Minister of State, Home Office', [
      { post: 'Minister of State', department: 'Ministry of Justice' },
      { post: 'Minister of State', department: 'Home Office' },
    ]],
    ['Solicitor General, Attorney General\'s Office', [{ post: 'Solicitor General', department: 'Attorney General\'s Office' }]],
    ['Minister of State (Energy), Department of Trade and Industry', [{ post: 'Minister of State (Energy)', department: 'Department of Trade and Industry' }]],
    ['Shadow SNP Spokesperson (Levelling Up)', [{ post: 'Shadow SNP Spokesperson (Levelling Up)', department: null }]],
  ])('%s', (position, offices) => {
    expect(officesOf(position)).toEqual(offices);
  });

  it.each(['Labour, Liverpool, Walton', 'Labour, Rotherham', 'Scottish National Party', 'Conservative', 'Crossbench', 'Ministry of Justice', ''])(
    'names no office: %j',
    (position) => expect(officesOf(position)).toBeNull(),
  );

  it('reads nothing from null, and gives up on a list longer than anyone holds', () => {
    expect(officesOf(null)).toBeNull();
    expect(officesOf(Array.from({ length: 20 }, () => 'Minister for X').join(', '))).toBeNull();
  });
});
