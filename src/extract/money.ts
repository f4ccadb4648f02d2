import type { MoneyMention } from './money-mention';
import {
  CURRENCY_WORD, DASH, DOLLAR_PREFIXES, LETTER_SCALE, NOT_PENCE, NUM, POWERS_OF_TEN, SCALE_EXPONENTS, SIGN_CURRENCIES, SP, WORD_SCALE,
  isHorizontalSpace, isLetter, scaledValue,
} from './money-pieces';

/**
 * findMoney: every money figure in a plain text (DESIGN.md §8).
 *
 * Speed matters (whole answers, on every page), so nothing walks the text character by character
 * in JavaScript. Two global regexes with cheap first characters find the rare places a figure can
 * be anchored: a currency sign or a digit glued to "p" (50p), and a currency word (pounds, pence,
 * euros, dollars). Only there do the sticky (/y) or end-anchored parsers run, so a page without
 * money costs two native scans (measured ~450 MB/s over the corpus's plain text).
 */


/** A currency sign, or a digit glued to "p" (50p): one match is one character or two. */
const SIGN_OR_PENCE_TRIGGER = /[£$€]|\dp(?![A-Za-z])/g;
const WORD_TRIGGER = /pound|pence|euro|dollar/gi;

/** An amount at a known position: optional sign, number, optional scale. */
const AMOUNT = new RegExp(
  `([£$€]${SP}?)?(${NUM})(?:${SP}?(${WORD_SCALE})(?![a-z])|(${LETTER_SCALE})(?![a-z]))?`,
  'iy',
);
const RANGE_DASH = new RegExp(`${SP}?${DASH}${SP}?`, 'y');
const RANGE_AND = new RegExp(`${SP}+and${SP}+`, 'iy');
/** "£40 million pounds": the redundant word is part of the figure. */
const TRAILING_CURRENCY_WORD = new RegExp(`${SP}+(pounds(?:${SP}sterling)?|sterling|dollars|euros)(?![a-z])`, 'iy');

/** Figures written with the currency word last, matched against the text ending at that word. */
const NUMBER_THEN_WORD = new RegExp(
  `(?<![\\d.,£$€])(${NUM})(?:${SP}?${DASH}${SP}?(${NUM}))?(?:${SP}?(${WORD_SCALE})|(${LETTER_SCALE}))?` +
    `${SP}+(?:US${SP}+)?(${CURRENCY_WORD})$`,
  'i',
);
/** "millions of pounds", "hundreds of thousands of pounds": vague, value null. */
const VAGUE_AMOUNT = new RegExp(
  `\\b(?:(?:tens|hundreds)${SP}+of${SP}+)?(?:hundreds|thousands|millions|billions|trillions)${SP}+of${SP}+(${CURRENCY_WORD})$`,
  'i',
);
/** "multi-million pound contract": vague, value null. */
const MULTI_AMOUNT = new RegExp(`\\bmulti-?(?:million|billion)${SP}?-?(pound|euro|dollar)$`, 'i');
const GLUED_PENCE = new RegExp(`(?<![\\d.,£$€A-Za-z])(${NUM})p$`);
const YEAR_LIKE = /^(?:19|20)\d\d$/;
/** "tables 3p and 4", "page 12p": a reference to part of a document, not pence. */
const REFERENCE_BEFORE = /\b(?:tables?|pages?|pp?\.|paragraphs?|paras?\.?|annex(?:es)?|appendix|appendices|figures?|charts?|sections?|lines?|rows?|columns?|boxes?|items?)\s+(?:[\dA-Za-z]{1,4}(?:,\s*|\s+and\s+|\s*[-–]\s*))*$/i;
/** "114 £/MWh", "45 £/tonne": a price per unit with the sign between number and unit. */
const NUMBER_BEFORE_SIGN = new RegExp(`(?<![\\d.,])(${NUM})${SP}?$`);
const PER_UNIT_AFTER_SIGN = /\/([A-Za-z]{1,8})(?![A-Za-z])/y;
/** "one billion pounds", "a million pounds": a scale written out with a word number. */
const WORD_NUMBER_THEN_WORD = new RegExp(
  `(?<!\\bhalf${SP}+)\\b(a|one|two|three|four|five|six|seven|eight|nine|ten|a${SP}+hundred|one${SP}+hundred)${SP}+(thousand|million|billion|trillion)${SP}+(${CURRENCY_WORD})$`,
  'i',
);
const WORD_NUMBERS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** How far back a number-first figure may start; longer than any real figure. */
const LOOKBACK = 80;

/** A rate phrase directly after the figure: "a year", "per pupil", "/month", "annually". */
const RATE_NOUNS =
  'year|annum|month|week|day|hour|fortnight|pupil|student|child|person|head|capita|household|family|patient|meal|learner|school|place|home|property|worker|employee|officer|member|visit|claim|application|litre|unit|yr';
const RATE = new RegExp(
  `(?:${SP}+(?:a|an|per|each|every)${SP}+(?:(?:eligible|additional|extra)${SP}+)?|${SP}?\\/${SP}?)(${RATE_NOUNS})(?![a-z])` +
    `|${SP}+(annually|yearly|monthly|weekly|daily|hourly|p\\.a\\.|pa)(?![a-z])`,
  'iy',
);
const RATE_SYNONYMS: Record<string, string> = {
  annum: 'year', yr: 'year', annually: 'year', yearly: 'year', 'p.a.': 'year', pa: 'year',
  monthly: 'month', weekly: 'week', daily: 'day', hourly: 'hour', head: 'person', capita: 'person',
};


interface Amount {
  end: number;
  sign: string | null;
  numberText: string;
  /** Power of ten of the scale word, or null when none was written. */
  scale: number | null;
}

export function findMoney(text: string): MoneyMention[] {
  const found: MoneyMention[] = [];
  SIGN_OR_PENCE_TRIGGER.lastIndex = 0;
  for (let m = SIGN_OR_PENCE_TRIGGER.exec(text); m; m = SIGN_OR_PENCE_TRIGGER.exec(text)) {
    const isSign = m[0].length === 1;
    pushIfFound(found, isSign ? mentionAtSign(text, m.index) : mentionOfGluedPence(text, m.index + 2));
  }
  WORD_TRIGGER.lastIndex = 0;
  for (let m = WORD_TRIGGER.exec(text); m; m = WORD_TRIGGER.exec(text)) {
    const wordEnd = currencyWordEnd(text, m.index, m.index + m[0].length);
    if (wordEnd > 0) pushIfFound(found, mentionEndingAtWord(text, wordEnd));
  }
  return withoutOverlaps(found);
}

/**
 * The word trigger has no \b (it halves the scan speed), so whole-word checks happen here, for
 * the few hits: "European" and "neurology" are rejected, "pounds" is taken whole. Returns -1 if
 * the hit is not a currency word.
 */
function currencyWordEnd(text: string, start: number, end: number): number {
  if (isLetter(text.charCodeAt(start - 1))) return -1;
  const plural = text.charCodeAt(end) === 0x73 /* s */ && text.charCodeAt(end - 1) !== 0x65; /* not "pences" */
  const wordEnd = plural ? end + 1 : end;
  return isLetter(text.charCodeAt(wordEnd)) ? -1 : wordEnd;
}

function pushIfFound(found: MoneyMention[], mention: MoneyMention | null): void {
  if (mention) found.push(mention);
}

/** "£40 million pounds" is found from the sign and from the word; the earlier, longer one wins. */
function withoutOverlaps(found: MoneyMention[]): MoneyMention[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: MoneyMention[] = [];
  let lastEnd = -1;
  for (const mention of found) {
    if (mention.start >= lastEnd) {
      kept.push(mention);
      lastEnd = mention.end;
    }
  }
  return kept;
}

function readAmount(text: string, at: number): Amount | null {
  AMOUNT.lastIndex = at;
  const m = AMOUNT.exec(text);
  if (!m || m[2] === undefined || hasLeadingZero(m[2])) return null;
  const scaleWord = (m[3] ?? m[4])?.toLowerCase();
  return {
    end: at + m[0].length,
    sign: m[1] ? m[1].charAt(0) : null,
    numberText: m[2],
    scale: scaleWord === undefined ? null : (SCALE_EXPONENTS[scaleWord] ?? null),
  };
}

/** "£000" is a table header's unit ("£ thousands"), not an amount. */
function hasLeadingZero(numberText: string): boolean {
  return numberText.length > 1 && numberText.charAt(0) === '0' && numberText.charAt(1) !== '.';
}

function mentionAtSign(text: string, signAt: number): MoneyMention | null {
  const first = readAmount(text, signAt);
  if (!first) return priceBeforeSign(text, signAt);
  const sign = text.charAt(signAt);
  const prefix = sign === '$' ? dollarPrefix(text, signAt) : null;
  const start = prefix ? prefix.start : signAt;
  // "rounded to the nearest £100m" states a precision, not an amount.
  if (precededByWord(text, start, 'nearest')) return null;
  const range = rangeAfter(text, first, sign, precededByWord(text, start, 'between'));
  const last = range ?? first;
  const value = scaledValue(first.numberText, range ? range.firstScale : (first.scale ?? 0));
  let end = last.end;
  TRAILING_CURRENCY_WORD.lastIndex = end;
  if (TRAILING_CURRENCY_WORD.exec(text)) end = TRAILING_CURRENCY_WORD.lastIndex;
  const currency = prefix ? prefix.currency : (SIGN_CURRENCIES[sign] ?? 'GBP');
  const mention: MoneyMention = { start, end, value, currency };
  if (range) mention.valueMax = range.valueMax;
  return withRate(text, mention);
}

/** "114 £/MWh": the number before the sign, the unit after the slash: a rate, never a sum. */
function priceBeforeSign(text: string, signAt: number): MoneyMention | null {
  PER_UNIT_AFTER_SIGN.lastIndex = signAt + 1;
  const unit = PER_UNIT_AFTER_SIGN.exec(text);
  if (!unit || unit[1] === undefined) return null;
  const windowStart = Math.max(0, signAt - LOOKBACK);
  const m = NUMBER_BEFORE_SIGN.exec(text.slice(windowStart, signAt));
  if (!m || m[1] === undefined || hasLeadingZero(m[1])) return null;
  const currency = SIGN_CURRENCIES[text.charAt(signAt)] ?? 'GBP';
  return { start: windowStart + m.index, end: PER_UNIT_AFTER_SIGN.lastIndex, value: scaledValue(m[1], 0), currency, per: unit[1] };
}

interface RangeEnd extends Amount {
  valueMax: number;
  /** Scale of the first amount: its own, or the second's when only the second wrote one. */
  firstScale: number;
}

/** "£5–10 million", "£5-£10 million", "between £5 million and £10 million": one figure. */
function rangeAfter(text: string, first: Amount, sign: string, afterBetween: boolean): RangeEnd | null {
  const second = amountAfterConnector(text, first.end, afterBetween);
  if (!second || (second.sign !== null && second.sign !== sign)) return null;
  // "£5 million-10" or "between £5 and 2027" are not ranges: the second needs its own scale or sign.
  if (first.scale !== null && second.scale === null) return null;
  if (afterBetween && second.sign === null && second.scale === null) return null;
  const valueMax = scaledValue(second.numberText, second.scale ?? 0);
  const shared = first.scale ?? second.scale ?? 0;
  const sharedFits = scaledValue(first.numberText, shared) < valueMax;
  // "£23,795.20 – 4.1m" (4.1m people): a bare second number whose scale cannot be the first's is
  // some other quantity. "£500-£1 million" names its sign again, so it is still a range.
  if (!sharedFits && second.sign === null && first.scale === null && second.scale !== null) return null;
  // "£500-£1 million" means £500 to £1m, not £500m to £1m: only share the scale when it fits.
  const firstScale = sharedFits ? shared : (first.scale ?? 0);
  if (scaledValue(first.numberText, firstScale) >= valueMax) return null; // "£2022-23" is no range
  return { ...second, valueMax, firstScale };
}

/** "and" only joins a range after "between"; a dash always may. */
function amountAfterConnector(text: string, at: number, afterBetween: boolean): Amount | null {
  for (const connector of afterBetween ? [RANGE_AND, RANGE_DASH] : [RANGE_DASH]) {
    connector.lastIndex = at;
    if (connector.exec(text)) return readAmount(text, connector.lastIndex);
  }
  return null;
}

function mentionEndingAtWord(text: string, wordEnd: number): MoneyMention | null {
  const windowStart = Math.max(0, wordEnd - LOOKBACK);
  const before = text.slice(windowStart, wordEnd);
  const vague = VAGUE_AMOUNT.exec(before) ?? MULTI_AMOUNT.exec(before);
  if (vague && vague[1] !== undefined) {
    const mention = { start: windowStart + vague.index, end: wordEnd, value: null, currency: wordCurrency(vague[1]) };
    return withRate(text, mention);
  }
  const spelled = WORD_NUMBER_THEN_WORD.exec(before);
  if (spelled && spelled[1] !== undefined && spelled[2] !== undefined && spelled[3] !== undefined) {
    const multiplier = /hundred/i.test(spelled[1]) ? 100 : (WORD_NUMBERS[spelled[1].toLowerCase()] ?? 1);
    const exponent = SCALE_EXPONENTS[spelled[2].toLowerCase()] ?? 0;
    const value = multiplier * (POWERS_OF_TEN[exponent] ?? 1);
    return withRate(text, { start: windowStart + spelled.index, end: wordEnd, value, currency: wordCurrency(spelled[3]) });
  }
  const m = NUMBER_THEN_WORD.exec(before);
  if (!m || m[1] === undefined || m[5] === undefined || hasLeadingZero(m[1])) return null;
  const scaleWord = (m[3] ?? m[4])?.toLowerCase();
  // "costs in 2023 pounds" names a price base, not an amount.
  if (scaleWord === undefined && m[2] === undefined && YEAR_LIKE.test(m[1])) return null;
  const word = m[5].toLowerCase();
  const exponent = (scaleWord === undefined ? 0 : (SCALE_EXPONENTS[scaleWord] ?? 0)) - (word === 'pence' ? 2 : 0);
  const mention: MoneyMention = {
    start: windowStart + m.index,
    end: wordEnd,
    value: scaledValue(m[1], exponent),
    currency: wordCurrency(word),
  };
  if (m[2] !== undefined) {
    const valueMax = scaledValue(m[2], exponent);
    if (valueMax <= (mention.value ?? 0)) return null;
    mention.valueMax = valueMax;
  }
  return withRate(text, mention);
}

function mentionOfGluedPence(text: string, end: number): MoneyMention | null {
  const windowStart = Math.max(0, end - LOOKBACK);
  const m = GLUED_PENCE.exec(text.slice(windowStart, end));
  if (!m || m[1] === undefined || hasLeadingZero(m[1]) || NOT_PENCE.has(m[1])) return null;
  if (REFERENCE_BEFORE.test(text.slice(Math.max(0, windowStart + m.index - LOOKBACK), windowStart + m.index))) return null;
  return withRate(text, { start: windowStart + m.index, end, value: scaledValue(m[1], -2), currency: 'GBP' });
}

/** Records a rate phrase that directly follows the figure, leaving it outside the span. */
function withRate(text: string, mention: MoneyMention): MoneyMention {
  RATE.lastIndex = mention.end;
  const m = RATE.exec(text);
  const word = m ? (m[1] ?? m[2]) : undefined;
  if (word !== undefined) {
    const lower = word.toLowerCase();
    mention.per = RATE_SYNONYMS[lower] ?? lower;
  }
  return mention;
}

function wordCurrency(word: string): string {
  const lower = word.toLowerCase();
  if (lower.startsWith('euro')) return 'EUR';
  if (lower.startsWith('dollar')) return 'USD';
  return 'GBP';
}

/** "US$3 billion": the letters are part of the sign, so part of the span. */
function dollarPrefix(text: string, signAt: number): { start: number; currency: string } | null {
  for (const length of [2, 1]) {
    const start = signAt - length;
    const currency = start >= 0 ? DOLLAR_PREFIXES[text.slice(start, signAt)] : undefined;
    if (currency !== undefined && !isLetter(text.charCodeAt(start - 1))) return { start, currency };
  }
  return null;
}

/** Is `word` (any case) the last word before `at`, across at least one space? */
function precededByWord(text: string, at: number, word: string): boolean {
  let wordEnd = at;
  while (wordEnd > 0 && isHorizontalSpace(text.charCodeAt(wordEnd - 1))) wordEnd--;
  const wordStart = wordEnd - word.length;
  if (wordEnd === at || wordStart < 0) return false;
  return text.slice(wordStart, wordEnd).toLowerCase() === word && !isLetter(text.charCodeAt(wordStart - 1));
}

