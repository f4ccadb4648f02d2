/**
 * Who the votes section is about: the asker and the answerer the official record names, with the
 * names and cards the sidebar already has. Its own file so VotesSection and VotesPolicies both
 * import it rather than each other.
 */
import type { ResponseOf } from '../../protocol/messages';
import type { PersonView, SidebarModel } from '../model';
import type { Asked } from '../use-ask';
import type { ChartMember } from './VotesChart';

export type Card = Asked<ResponseOf<'member.card'>> | null;

export interface VotingMember extends ChartMember {
  person: PersonView | null;
  card: Card;
}

/** The record's asker then answerer (one entry when they are the same member), named from the card, else the page. */
export function votingMembers(model: SidebarModel, found: ResponseOf<'question.record'> | null, cards: { asker: Card; answerer: Card } | undefined): VotingMember[] {
  if (!found) return [];
  const list: VotingMember[] = [];
  const add = (role: VotingMember['role'], memberId: number | null, person: PersonView | null, card: Card) => {
    if (!memberId || list.some((m) => m.memberId === memberId)) return;
    const name = (card?.state === 'ready' ? card.value.name : null) ?? person?.name ?? `Member ${memberId}`;
    list.push({ role, memberId, name, person, card });
  };
  add('asker', found.askingMemberId, model.asker, cards?.asker ?? null);
  add('answerer', found.answeringMemberId, model.answerer, cards?.answerer ?? null);
  return list;
}
