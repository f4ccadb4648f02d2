/**
 * Every message the content script (sidebar) may send to the background, with its request and
 * response schemas. One table, so a newcomer sees the whole protocol in one place, and the router
 * and ask() cannot disagree about a type's shape.
 *
 * zod/mini keeps the content bundle small (the full zod adds ~800 KB; see TOOLING.md).
 */
import { z } from 'zod/mini';

/** The extension is alive and which version answers (used to notice an update under an open page). */
const ping = {
  request: z.object({}),
  response: z.object({ version: z.string() }),
};

export const messages = {
  ping,
} as const;

export type MessageType = keyof typeof messages;
export type RequestOf<T extends MessageType> = z.infer<(typeof messages)[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<(typeof messages)[T]['response']>;

/** The envelope on the wire: `{type, payload}`. The type is checked against the table before use. */
export const envelope = z.object({ type: z.string(), payload: z.unknown() });

export function isMessageType(type: string): type is MessageType {
  return Object.hasOwn(messages, type);
}

/** Messages the background sends to a tab's content script (toolbar button, keyboard shortcut). */
export const tabMessage = z.object({ type: z.literal('sidebar.toggle') });
export type TabMessage = z.infer<typeof tabMessage>;
