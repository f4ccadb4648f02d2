// A pool of generated questions for the browser tests that need pages no earlier test has cached
// (the fault matrix, the hostile-network and hostile-input cases: test/e2e/support/fresh-pages.ts).
//
// With ../shared those tests draw on the real corpus (thousands of questions, each with its own
// members). A fresh clone has only our eight records, whose members and topics the first test
// caches, so this pool stands in: POOL_SIZE answered Commons questions in the real QuestionsViewModel
// shape, each with its own two fictional MPs (ids from 9,905,000), its own one-word topic and its
// own amount, so nothing one page fetches is reused by another; each answer names the previous
// question's topic, so each page's topic search finds one other question. Served only without ../shared
// (sources.js); nobody's real words or record. Made by code, not written by hand: the shape is the
// one our constructed records have (test/fixtures/api/constructed-questions.json).

export const POOL_SIZE = 60;
const FIRST_QUESTION_ID = 9_995_000;
// Below 9,910,000: TWFY person ids are made as 90,000 + member id, and a page's person id has at most 7 digits.
const FIRST_MEMBER_ID = 9_905_000;

// One topic per question: none is a substring of another, or of any other record's text.
const TOPICS = [
  'Lighthouses', 'Canals', 'Orchards', 'Hedgerows', 'Allotments', 'Bridleways', 'Lidos', 'Bandstands',
  'Moorlands', 'Reservoirs', 'Windmills', 'Observatories', 'Aquariums', 'Velodromes', 'Planetariums', 'Arboretums',
  'Tramways', 'Funiculars', 'Marinas', 'Boatyards', 'Apiaries', 'Heathlands', 'Quarries', 'Viaducts',
  'Aqueducts', 'Lockkeepers', 'Dovecotes', 'Beekeeping', 'Falconry', 'Thatching', 'Blacksmiths', 'Wheelwrights',
  'Coppicing', 'Saltmarshes', 'Dunes', 'Estuaries', 'Lagoons', 'Peatlands', 'Meadows', 'Wetlands',
  'Bellringing', 'Clockmakers', 'Glassblowing', 'Pottery', 'Weaving', 'Tapestries', 'Mosaics', 'Murals',
  'Almshouses', 'Lychgates', 'Follies', 'Grottoes', 'Icehouses', 'Orangeries', 'Pavilions', 'Gazebos',
  'Signalboxes', 'Turnpikes', 'Tollhouses', 'Milestones',
];
const QUALIFIERS = ['Finance', 'Rural Areas', 'Safety', 'Staff', 'Repairs', 'Standards'];
const GIVEN = ['Avery', 'Blake', 'Cameron', 'Dana', 'Emery', 'Finley', 'Gray', 'Harper', 'Indigo', 'Jules'];
const FAMILY = ['Testwell', 'Mockford', 'Stubley', 'Fakenham', 'Dummett', 'Sampson', 'Proxton', 'Draftley', 'Trialby', 'Pilotson', 'Benchley', 'Rigsby'];
const PARTIES = [
  { Party: 'Labour', PartyColour: 'd50000', PartyAbbreviation: 'Lab' },
  { Party: 'Conservative', PartyColour: '0063ba', PartyAbbreviation: 'Con' },
];

if (TOPICS.length < POOL_SIZE || new Set(TOPICS).size !== TOPICS.length) throw new Error('test-pool: one distinct topic per question');

/** "2026-10-05T00:00:00", the API's zone-less form. @param {number} dayOfYear2026 */
function apiDate(dayOfYear2026) {
  return `${new Date(Date.UTC(2026, 0, dayOfYear2026)).toISOString().slice(0, 10)}T00:00:00`;
}

/** The two members of question `i`: an asker and an answering minister. @param {number} i */
function membersOf(i) {
  return [0, 1].map((k) => {
    const n = 2 * i + k;
    const given = GIVEN[n % GIVEN.length] ?? '';
    const family = FAMILY[Math.floor(n / GIVEN.length)] ?? '';
    return {
      MemberId: FIRST_MEMBER_ID + n, Name: `${given} ${family}`, ...PARTIES[k], SubParty: null,
      MemberFrom: `Testshire ${k === 0 ? 'North' : 'South'} ${i + 1}`, ListAs: `${family}, ${given}`, ProxyName: null,
    };
  });
}

/** The pool's MPs, in the Commons Votes member shape (as own-roster.json has ours). */
export function poolRoster() {
  return Array.from({ length: POOL_SIZE }, (_, i) => membersOf(i)).flat();
}

/** The pool's questions, as the single-question endpoint serves them. */
export function poolQuestions() {
  return Array.from({ length: POOL_SIZE }, (_, i) => {
    const [asker, answerer] = membersOf(i);
    const topic = TOPICS[i] ?? '';
    const qualifier = QUALIFIERS[i % QUALIFIERS.length] ?? '';
    const tabledDay = 274 + (i % 28); // 1–28 October 2026
    const million = 11 + i;
    // Each answer also names the previous question's topic, so every pool page has one related
    // question (its topic search finds the next one) without two pages sharing a search.
    const previousTopic = TOPICS[(i + POOL_SIZE - 1) % POOL_SIZE] ?? '';
    return {
      id: FIRST_QUESTION_ID + i, askingMemberId: asker?.MemberId ?? null, askingMember: null, house: 'Commons', memberHasInterest: false,
      dateTabled: apiDate(tabledDay), dateForAnswer: apiDate(tabledDay + 5), uin: String(995_000 + i),
      questionText: `To ask the Secretary of State for Culture, Media and Sport, what support her Department provides for ${topic.toLowerCase()} (${qualifier.toLowerCase()}).`,
      answeringBodyId: 217, answeringBodyName: 'Department for Culture, Media and Sport', isWithdrawn: false, isNamedDay: false,
      groupedQuestions: [], answerIsHolding: false, answerIsCorrection: false,
      answeringMemberId: answerer?.MemberId ?? null, answeringMember: null, correctingMemberId: null, correctingMember: null,
      dateAnswered: apiDate(tabledDay + 7),
      answerText: `<p>The Department has set aside £${million} million over three years for ${topic.toLowerCase()}.</p><p>The same scheme also supports ${previousTopic.toLowerCase()}. Officials will publish an assessment of it next year.</p>`,
      originalAnswerText: '', comparableAnswerText: '', dateAnswerCorrected: null, dateHoldingAnswer: null,
      attachmentCount: 0, heading: `${topic}: ${qualifier}`, attachments: [], groupedQuestionsDates: [],
    };
  });
}
