import type { Handlers } from '../router';
import { memberCard } from './member-card';
import { notebookFrame, savedDelete, savedExport, savedGet, savedImport, savedList, savedPut } from './notebook';
import { ping } from './ping';
import { questionRecord } from './question-record';
import { votesDivisions } from './votes-divisions';
import { votesPolicies } from './votes-policies';
import { relatedChain } from './related-chain';
import { relatedMoney } from './related-money';
import { relatedQuestions } from './related-questions';
import { cacheClear, cacheSize, optionsOpen, settingsGet, settingsSet } from './settings';

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
  'saved.list': savedList,
  'saved.get': savedGet,
  'saved.put': savedPut,
  'saved.delete': savedDelete,
  'saved.export': savedExport,
  'saved.import': savedImport,
  'settings.get': settingsGet,
  'settings.set': settingsSet,
  'cache.size': cacheSize,
  'cache.clear': cacheClear,
  'options.open': optionsOpen,
  'notebook.frame': notebookFrame,
};
