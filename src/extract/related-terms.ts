/**
 * Search terms for related questions. Written-question headings are "Subject: Detail" (e.g.
 * "Offences against Children: Internet"); the subject is what other questions on the topic share.
 * When the subject only names the answering department ("Ministry of Defence: Internet"), the
 * department group already covers it, so the detail is the topic.
 */

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The substring to search other questions for, or null when the heading gives nothing usable. */
export function topicSearchTerm(heading: string, department: string | null): string | null {
  const parts = heading.split(':').map(normalise).filter((part) => part.length >= 3);
  const dept = (department ?? '').toLowerCase().replace(/^(hm|his majesty's)\s+/, '');
  const core = dept.replace(/^(ministry|department|office)\s+(of|for)\s+(the\s+)?/, '');
  const namesDepartment = (part: string) => {
    const p = part.toLowerCase();
    return dept !== '' && (p === dept || p === core || p.startsWith(dept));
  };
  return parts.find((part) => !namesDepartment(part)) ?? null;
}

/**
 * The amount as the page spells it, for a substring search of earlier answers: departments reuse
 * their own wording when they announce money again, so the page's spelling finds the copies.
 */
export function amountSearchTerm(pageText: string): string | null {
  const term = normalise(pageText);
  // Only amounts with a digit: "millions of pounds" would match every vague sentence.
  return /\d/.test(term) ? term : null;
}
