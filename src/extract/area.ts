/**
 * The part of the UK an amount is for, when the text says so plainly next to it: "across England",
 * "in Scotland", "throughout the UK". Only these areas: they are the ones the population series has.
 */
export type Area = 'UK' | 'Great Britain' | 'England and Wales' | 'England' | 'Scotland' | 'Wales' | 'Northern Ireland';

export interface FoundArea {
  area: Area;
  phrase: string;
}

/** Longest names first, so "England and Wales" is not read as "England". */
const NAMES: [RegExp, Area][] = [
  [/England\s+and\s+Wales/, 'England and Wales'],
  [/Northern\s+Ireland/, 'Northern Ireland'],
  // "the" is required: "in UK shipbuilding" uses UK as an adjective, not as the area.
  [/the\s+(?:UK|United\s+Kingdom)/, 'UK'],
  [/Great\s+Britain/, 'Great Britain'],
  [/England/, 'England'],
  [/Scotland/, 'Scotland'],
  [/Wales/, 'Wales'],
];

const AREA_PHRASE = new RegExp(
  `\\b(?:[Aa]cross|[Ii]n|[Tt]hroughout|[Ff]or|[Ww]ithin)\\s+(?:all\\s+(?:of\\s+)?)?(${NAMES.map(([re]) => re.source).join('|')})(?![\\w'’-])`,
  'g',
);

/** The one area the clause names; null when it names none, or several ("in England and in Wales"). */
export function areaOf(clause: string): FoundArea | null {
  const found = [...clause.matchAll(AREA_PHRASE)].map((m) => ({ phrase: m[0], area: nameToArea(m[1]!) }));
  const areas = new Set(found.map((f) => f.area));
  return areas.size === 1 ? found[0]! : null;
}

/** Each name anchored, compiled once: areaOf runs for every figure of a page. */
const WHOLE_NAMES: [RegExp, Area][] = NAMES.map(([re, area]) => [new RegExp(`^${re.source}$`), area]);

function nameToArea(name: string): Area {
  return WHOLE_NAMES.find(([re]) => re.test(name))?.[1] ?? 'UK';
}
