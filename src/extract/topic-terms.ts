/**
 * Search terms for "votes on the question's topic": from a written question's heading (and, when the
 * heading gives too little, its text) to a few words that bill and motion titles use. Pure.
 *
 * "Offences against Children: Internet" → ["online", "child", "offence"]: the curated vocabulary
 * (topic-vocabulary.ts) first, because it maps onto how bills are titled ("Online Safety Bill"),
 * then the heading's remaining subject words. Parliamentary boilerplate ("To ask the Secretary of
 * State for …, what steps …"), department names, stop words and generic aspects ("Finance",
 * "Recruitment") are dropped: they would match every division or none.
 */
import { TOPIC_VOCABULARY } from './topic-vocabulary';

const MAX_TOPIC_TERMS = 5;
const MAX_PHRASE_WORDS = 3;

/** Words that say nothing about the subject: grammar, question boilerplate, government machinery. */
const STOP_WORDS = new Set(
  `a an the and or of for to in on at by with from into about against over under between within without
  as is are was were be been being has have had do does did will would shall should may might can could
  this that these those it its his her their them they he she we our you your i me my
  what which who whom whose when where why how whether if pursuant reference answer question questions
  ask asked asking secretary state minister ministers ministerial government governments majesty majestys
  department departments departmental office offices ministry ministries cabinet treasury hm
  step steps taking take taken make made making plan plans planned assessment assessments estimate
  recent potential impact impacts effect effects level levels number numbers proportion each year years
  since last next current currently available publish published provide provided ensure support supporting
  many much any all other such same also not no yes per than more most less so there here
  policy policies matter matters issue issues discussion discussions progress consideration
  parliamentary under lord lords baroness earl viscount duke`.split(/\s+/).filter(Boolean),
);

/** Heading aspects: "Schools: Finance" is about schools, not about every division with "finance" in it. */
const ASPECT_WORDS = new Set(
  `finance costs cost staff staffing recruitment standards training contract contracts procurement
  pay vacancy vacancies data statistics safety security management administration capital
  expenditure budget budgets location locations ownership regulation regulations reviews review
  grant grants admission admissions appeal appeals complaint complaints ticket tickets fee fees charge charges`.split(/\s+/).filter(Boolean).map(searchStem),
);

/** Department names as they appear in headings and question text (the words beyond STOP_WORDS). */
const DEPARTMENT_PHRASES = [
  /\bdepartment (?:for|of) [a-z ,]+?(?=[,.;:]|$)/g,
  /\bministry of [a-z ]+?(?=[,.;:]|$)/g,
  /\b(?:home|foreign|cabinet|wales|scotland|northern ireland) office\b/g,
  /\bforeign, commonwealth and development office\b/g,
];

/**
 * The opening every written question has: "To ask the Secretary of State for Environment, Food and
 * Rural Affairs, what …". The addressee may contain commas, so it runs to the comma before the question word.
 */
const BOILERPLATE_OPENING = /^to ask .*?,\s*(?=(?:what|how|whether|if|when|which|why|for what|with reference|pursuant|further to|in|on)\b)/i;

/**
 * Plural to singular, roughly: titles are searched by substring, so "school" finds "Schools Bill"
 * but "schools" would miss "School Meals". Not a linguist's stemmer; the vocabulary covers the odd cases.
 */
export function searchStem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (/(?:ch|sh|x)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Lower-case words with apostrophes and punctuation gone ("Children's" → "childrens"). */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !/^\d+$/.test(w));
}

/**
 * One heading part or sentence → its terms in order: vocabulary phrases (longest first), then the
 * other content words. Returns mapped and plain terms apart so mapped ones can lead.
 */
function termsOfText(text: string): { mapped: string[]; plain: string[] } {
  let cleaned = text.toLowerCase();
  for (const phrase of DEPARTMENT_PHRASES) cleaned = cleaned.replace(phrase, ' ');
  const stems = words(cleaned).map(searchStem);
  const mapped: string[] = [];
  const plain: string[] = [];
  // Neighbouring content words stay together: "Motor Neurone Disease" is one subject, and "motor"
  // alone would find motor vehicle divisions. Runs of 2-3 words become one phrase; longer ones
  // (rare: sentences of question text) are single words.
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 2 && run.length <= MAX_PHRASE_WORDS) plain.push(run.join(' '));
    else plain.push(...run);
    run = [];
  };
  for (let i = 0; i < stems.length; ) {
    const match = [3, 2, 1]
      .map((n) => stems.slice(i, i + n).join(' '))
      .find((phrase, k) => i + 3 - k <= stems.length && Object.hasOwn(TOPIC_VOCABULARY, phrase));
    if (match) {
      flush();
      mapped.push(TOPIC_VOCABULARY[match] as string);
      i += match.split(' ').length;
      continue;
    }
    const w = stems[i] as string;
    if (!STOP_WORDS.has(w) && !STOP_WORDS.has(`${w}s`) && w.length > 2) run.push(w);
    else flush();
    i += 1;
  }
  flush();
  return { mapped, plain };
}

/**
 * Search terms for a question, most telling first, at most MAX_TOPIC_TERMS, no duplicates.
 * The first term is the one to search with when only one search can be afforded.
 */
export function topicTerms(heading: string, questionText = ''): string[] {
  // A heading that is a bill's name ("Draft Terrorism (Protection of Premises) Bill") is that name
  // alone: division titles quote it whole, and its single words ("protection") pick other things.
  const bill = billShortTitle(heading);
  if (bill) return [bill];
  const parts = heading.split(':').map((p) => termsOfText(p));
  // The narrower part leads: in "Offences against Children: Internet" the internet is what is new.
  const mapped = [...parts].reverse().flatMap((p) => p.mapped);
  const [main, ...rest] = parts;
  const subjects = [...(main?.plain ?? []), ...rest.flatMap((p) => withoutAspects(p.plain))];
  const terms = unique([...mapped, ...subjects]);
  if (terms.length < 2 && questionText) {
    const fromText = termsOfText(questionText.replace(BOILERPLATE_OPENING, ''));
    terms.push(...unique([...fromText.mapped, ...withoutAspects(fromText.plain)]).slice(0, 2));
  }
  // "Department for Work and Pensions: Vacancies" is about vacancies after all: aspects beat nothing.
  if (terms.length === 0) terms.push(...parts.flatMap((p) => p.plain));
  return unique(terms).slice(0, MAX_TOPIC_TERMS);
}

/** "Draft Terrorism (Protection of Premises) Bill" → "terrorism (protection of premises) bill"; null when the heading names no bill. */
function billShortTitle(heading: string): string | null {
  const m = /^(?:draft\s+)?(.+?\bbill)\b/i.exec(heading.trim());
  return m && !m[1]!.includes(':') ? m[1]!.toLowerCase().replace(/[’'`]/g, '') : null;
}

/** Aspect words out of terms and phrases: "Schools: Staff Training" keeps nothing of its detail. */
function withoutAspects(terms: string[]): string[] {
  return terms.map((t) => t.split(' ').filter((w) => !ASPECT_WORDS.has(w)).join(' ')).filter(Boolean);
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
