/**
 * The offices in a TheyWorkForYou speaker position (`.debate-speech__speaker__position`).
 *
 * TWFY writes either the speaker's current offices or, without one, "Party, Constituency"
 * (`_section_content.php`). Each office is `prettify_office()`'s "Post, Department"
 * ("Minister of State, Ministry of Justice"), and several are joined with ", " ("The
 * Parliamentary Under-Secretary of State for the Home Department, Minister for Women"). Office
 * titles from the Members API also come as "Post (Department)". Commas inside names
 * ("Foreign, Commonwealth and Development Office", "Labour, Liverpool, Walton") make a plain split
 * wrong, so the pieces between commas (outside brackets) are grouped: a piece that opens with an office title starts an office, the
 * pieces after it are its department. A position that does not open with an office title is a
 * party and seat, and names no office.
 */
import type { PageOffice } from './page-context';

/** Words an office title opens with (after an optional "The"); parties and seats never do. */
const OFFICE_OPENING = new RegExp(
  '^(?:The\\s+)?(?:' +
    [
      'Prime Minister', 'Deputy Prime Minister', 'Minister', 'Secretary', 'Parliamentary', 'Under[- ]Secretary',
      'Chancellor', 'Chief Secretary', 'Financial Secretary', 'Exchequer Secretary', 'Economic Secretary', 'Paymaster',
      'Attorney General', 'Solicitor General', 'Advocate General', 'Lord Privy Seal', 'Lord President', 'Lord Chancellor',
      'Lord Commissioner', 'Lord in Waiting', 'Baroness in Waiting', 'Leader of', 'Deputy Leader', 'Chief Whip',
      'Deputy Chief Whip', 'Assistant Whip', 'Government Whip', 'Whip', 'Comptroller', 'Treasurer', 'Vice[- ]Chamberlain',
      'Captain of', 'Government Spokesperson', 'Spokesperson', 'Shadow', 'Opposition', 'Chair', 'Chairman', 'Deputy Chair',
      'Speaker', 'Deputy Speaker', 'Second Church Estates Commissioner', 'Member',
    ].map((t) => t.replace(/ /g, '\\s+')).join('|') +
    ')(?=\\b|\\s|$)',
  'i',
);
/** A department that opens like an office title ("Attorney General's Office" after "Solicitor General"). */
const OFFICE_NAMED_DEPARTMENT = /['’]s\s+Office$/i;
/** What a bracket must look like to be a department: "(Department for Business and Trade)", "(Ministry of Justice)". */
const DEPARTMENT_NAME = /\b(?:Office|Department|Ministry|Treasury|Committee|Commission)\b/i;
/** "Post (Department)": the bracket counts as the department only when it reads as one, so "Minister of State (Energy)" stays whole. */
const BRACKETED_DEPARTMENT = /^(.+?)\s*\(([^()]+)\)$/;
const MAX_OFFICES = 8;

/** The offices a position names, in order; null when it names none (a party and seat, or nothing). */
export function officesOf(position: string | null): PageOffice[] | null {
  const pieces = commaPieces(position ?? '');
  const offices: PageOffice[] = [];
  for (const piece of pieces) {
    const current = offices[offices.length - 1];
    const opensOffice = OFFICE_OPENING.test(piece) && !(current && OFFICE_NAMED_DEPARTMENT.test(piece));
    if (current && !opensOffice) {
      current.department = current.department ? `${current.department}, ${piece}` : piece;
    } else if (opensOffice && offices.length < MAX_OFFICES) {
      offices.push({ post: piece, department: null });
    } else {
      // A first piece that is no office ("Labour"), or more offices than anyone holds: not an office list.
      return null;
    }
  }
  return offices.length ? offices.map(splitBracket) : null;
}

/** Split at commas outside brackets: "Minister (Department for Science, Innovation and Technology)" is one piece. */
function commaPieces(text: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let piece = '';
  for (const char of text) {
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    if (char === ',' && depth === 0) {
      pieces.push(piece.trim());
      piece = '';
    } else {
      piece += char;
    }
  }
  pieces.push(piece.trim());
  return pieces.filter(Boolean);
}

function splitBracket(office: PageOffice): PageOffice {
  if (office.department) return office;
  const match = BRACKETED_DEPARTMENT.exec(office.post);
  if (!match?.[1] || !match[2] || !DEPARTMENT_NAME.test(match[2])) return office;
  return { post: match[1], department: match[2] };
}
