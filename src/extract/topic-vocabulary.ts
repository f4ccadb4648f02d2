/**
 * The curated part of topic terms: words as questions put them → words as bills and motions are
 * titled (Commons and Lords Votes search titles by substring). Keys are lower case and singular
 * (after searchStem), phrases allowed; a value of several words is searched as that phrase.
 *
 * Kept small on purpose: each entry should be a mapping a reader would agree with on sight.
 */
export const TOPIC_VOCABULARY: Readonly<Record<string, string>> = {
  // Online harms: "Offences against Children: Internet" should find the Online Safety Bill, and not
  // "Automatic online conviction" (courts) or "The Online Procedure Rule Committee": "online" alone is too wide.
  internet: 'online safety',
  'social media': 'online safety',
  'social medium': 'online safety',
  cyberbullying: 'online safety',
  pornography: 'online safety',
  // People are titled in the singular ("Child Poverty", "Children's Wellbeing" both contain "child").
  children: 'child',
  childrens: 'child',
  kid: 'child',
  'young people': 'young',
  pupil: 'school',
  teacher: 'school',
  // Transport: "bus" alone would also find every "Business of the House" motion.
  bus: 'bus services',
  buse: 'bus services',
  railway: 'rail',
  train: 'rail',
  'electric vehicle': 'electric vehicle',
  car: 'vehicle',
  // Environment and energy.
  'climate change': 'climate',
  'carbon emission': 'climate',
  'greenhouse gas emission': 'climate',
  sewage: 'water',
  'water company': 'water',
  electricity: 'energy',
  'renewable energy': 'energy',
  'air pollution': 'air quality',
  'exhaust emission': 'air quality',
  farming: 'agricultur',
  farmer: 'agricultur',
  agriculture: 'agricultur',
  fishing: 'fisheries',
  // Home affairs and justice.
  asylum: 'asylum',
  refugee: 'asylum',
  // Small-boat crossings are legislated as "illegal migration" (Illegal Migration Bill).
  'undocumented migrant': 'illegal migration',
  'small boat': 'illegal migration',
  migrant: 'immigration',
  migration: 'immigration',
  visa: 'immigration',
  prisoner: 'prison',
  sentencing: 'sentencing',
  terrorism: 'terrorism',
  // Money.
  taxation: 'tax',
  vat: 'value added tax',
  'universal credit': 'universal credit',
  pensioner: 'pension',
  'state pension': 'pension',
  'minimum wage': 'minimum wage',
  // The heading "Employers' Contributions" is employer National Insurance, which the law calls
  // secondary Class 1 contributions ("National Insurance Contributions (Secondary Class 1 Contributions) Bill").
  'employer contribution': 'secondary class 1',
  // Not "worker" → employment: "Care Workers", "Retail Workers" say who, not employment law.
  'employment right': 'employment rights',
  // Public services.
  nhs: 'nhs',
  'health service': 'health',
  'mental health': 'mental health',
  'social care': 'social care',
  housing: 'housing',
  'private school': 'private school',
  'higher education': 'higher education',
  university: 'higher education',
  'student loan': 'student',
  'special educational need': 'special educational needs',
  // Constitution.
  'european union': 'european union',
  brexit: 'european union',
  eu: 'european union',
  'house of lord': 'house of lords',
  'armed force': 'armed forces',
  veteran: 'armed forces',
};
