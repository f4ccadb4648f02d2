import { readSettings } from '../cache';
import { lensDb } from './services';

/**
 * Whether the reader lets the votes section ask votes.theyworkforyou.com (options page, "TWFY
 * Votes"). Read per request, not held in a global: the worker may be killed between them.
 * True (the default) when the setting cannot be read.
 */
export async function twfyVotesEnabled(): Promise<boolean> {
  try {
    return (await readSettings(await lensDb())).twfyVotes;
  } catch {
    return true;
  }
}
