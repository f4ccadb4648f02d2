import { runtime } from '../../platform/browser';
import { ok } from '../../protocol/result';
import type { Handler } from '../router';

export const ping: Handler<'ping'> = async () => ok({ version: runtime.getManifest().version });
