/**
 * Which of TheyWorkForYou's policy groups (votes.theyworkforyou.com: business, education,
 * environment, foreignpolicy, health, home, housing, justice, misc, reform, social, taxation,
 * transport, welfare) fit the department that answered: only a tie-break between policies that fit
 * the topic equally well (topic-match.ts), never a reason to show one. Pure; matched on words in the name so that
 * renamed departments ("Levelling Up, Housing and Communities" → "Housing, Communities and Local
 * Government") still fit.
 */
const GROUPS_BY_WORDS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/\bhome (?:office|department)\b/i, ['home']],
  [/\bjustice\b|\battorney general\b/i, ['justice']],
  [/\beducation\b/i, ['education']],
  [/\bhealth\b/i, ['health']],
  [/\benvironment\b|\benergy\b|\bnet zero\b|\bclimate\b/i, ['environment']],
  [/\btransport\b/i, ['transport']],
  [/\btreasury\b|\brevenue and customs\b/i, ['taxation', 'business']],
  [/\bbusiness\b|\btrade\b/i, ['business']],
  [/\bwork and pensions\b/i, ['welfare']],
  [/\bhousing\b|\bcommunities\b|\blocal government\b|\blevelling up\b/i, ['housing']],
  [/\bdefence\b|\bforeign\b|\binternational development\b/i, ['foreignpolicy']],
  [/\bcabinet office\b|\bconstitution\b|\bleader of the house\b/i, ['reform']],
  [/\bequalit/i, ['social']],
];

export function policyGroupsForDepartment(department: string | null): string[] {
  if (!department) return [];
  return [...new Set(GROUPS_BY_WORDS.filter(([words]) => words.test(department)).flatMap(([, groups]) => groups))];
}
