/**
 * Shared by the related-questions handlers: turning an API question into a list line, and
 * loading the page's own question (a cache hit: the question section fetched it moments before).
 */
import { htmlToText } from '../../clients/html-text';
import type { WrittenQuestion } from '../../clients/written-questions/client';
import { getKnownQuestion } from '../../clients/written-questions/lookup';
import type { GetJson } from '../../clients/get-json';
import { twfyQuestionUrl, type RelatedAbout, type RelatedItem } from '../../protocol/related-messages';
import type { Result } from '../../protocol/result';

export function toRelatedItem(kind: RelatedItem['kind'], q: WrittenQuestion): RelatedItem {
  return {
    kind,
    id: q.id,
    uin: q.uin,
    house: q.house,
    heading: q.heading,
    title: q.heading ?? questionStart(q.questionText) ?? `Question ${q.uin}`,
    dateTabled: q.dateTabled,
    dateAnswered: q.dateAnswered,
    askerName: q.askingMember?.name ?? null,
    department: q.answeringBodyName,
    status: q.status,
    answerLine: q.answerText ? firstSentence(htmlToText(q.answerText)) : null,
    url: twfyQuestionUrl(q.dateTabled, q.uin),
  };
}

/** The answer's first sentence, or its first 160 characters (list texts end in "..." anyway). */
export function firstSentence(text: string): string | null {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return null;
  // List texts have their tags stripped, so paragraphs run together: "rules.Department".
  const end = flat.search(/(?<!\bhon|\bNo|\bRt)[.!?](\s|$|(?=[A-Z]))/);
  const sentence = end >= 0 ? flat.slice(0, end + 1) : flat;
  return sentence.length > 160 ? `${sentence.slice(0, 159).trimEnd()}…` : sentence;
}

/** How much of a question's text stands in for a missing heading: about two lines of the sidebar. */
export const QUESTION_START_LENGTH = 120;

/**
 * The start of the question text, for a question the API has no heading for yet: cut at a word
 * boundary with an ellipsis ("To ask the Secretary of State for Justice, what the status is of…").
 */
export function questionStart(text: string, max = QUESTION_START_LENGTH): string | null {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return null;
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  // A single very long word has no boundary to cut at; cut inside it rather than show nothing.
  const words = lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut;
  return `${words.replace(/[\s,;:(–—-]+$/, '')}…`;
}

export function loadPageQuestion(getJson: GetJson, about: RelatedAbout): Promise<Result<WrittenQuestion>> {
  return getKnownQuestion(getJson, { id: about.questionId, uin: about.uin, house: about.house, dateTabled: about.dateTabled, answered: about.answered });
}

/** Same question: UIN + house + tabled day (UINs restart each session). */
export const sameQuestion = (a: { uin: string; house: string; dateTabled: string }, b: { uin: string; house: string; dateTabled: string }): boolean =>
  a.uin.toUpperCase() === b.uin.toUpperCase() && a.house === b.house && a.dateTabled === b.dateTabled;

/** Days between two ISO days, absolute. */
export const daysApart = (a: string, b: string): number => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
