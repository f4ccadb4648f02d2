import type { Handlers } from '../router';
import { memberCard } from './member-card';
import { ping } from './ping';
import { questionRecord } from './question-record';
import { votesDivisions } from './votes-divisions';
import { votesPolicies } from './votes-policies';
import { relatedChain } from './related-chain';
import { relatedMoney } from './related-money';
import { relatedQuestions } from './related-questions';

/** The handler for every message type in protocol/messages.ts (the type checker keeps them in step). */
export const handlers: Handlers = {
  ping,
  'question.record': questionRecord,
  'member.card': memberCard,
  'votes.divisions': votesDivisions,
  'votes.policies': votesPolicies,
  'related.questions': relatedQuestions,
  'related.chain': relatedChain,
  'related.money': relatedMoney,
};
