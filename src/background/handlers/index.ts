import type { Handlers } from '../router';
import { ping } from './ping';

/** The handler for every message type in protocol/messages.ts (the type checker keeps them in step). */
export const handlers: Handlers = {
  ping,
};
