// Calls a fake-API handler with a minimal request and a response that records what was written,
// and reads the shared reference files the tests compare against.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { sharedPath } from '../../scripts/lib/shared-dir.js';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Parsed JSON the tests poke at freely; each test asserts the shape it relies on. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface Reply {
  status: number;
  headers: Record<string, string | number>;
  body: Buffer;
  text(): string;
  json<T = Json>(): T;
}

/** Call `handler` for `path` (path + query) on `host`, as the fixture server would. */
export function call(handler: Handler, path: string, init: { method?: string; host?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = {};
    let status = 200;
    const req = { url: path, method: init.method ?? 'GET', headers: { host: init.host ?? 'localhost' } };
    const res = {
      get headersSent() { return false; },
      setHeader(name: string, value: string | number) { headers[name.toLowerCase()] = value; return res; },
      getHeader(name: string) { return headers[name.toLowerCase()]; },
      writeHead(code: number, more?: Record<string, string | number>) {
        status = code;
        for (const [k, v] of Object.entries(more ?? {})) headers[k.toLowerCase()] = v;
        return res;
      },
      end(chunk?: string | Buffer) {
        const body = chunk === undefined ? Buffer.alloc(0) : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, 'utf8');
        resolve({
          status, headers, body,
          text: () => body.toString('utf8'),
          json: () => JSON.parse(body.toString('utf8')),
        });
        return res;
      },
    };
    try {
      handler(req as unknown as IncomingMessage, res as unknown as ServerResponse);
    } catch (err) {
      reject(err);
    }
  });
}

/** A file under ../shared (beside the repository). */
export { sharedPath };
export const readShared = (rel: string) => readFileSync(sharedPath(rel), 'utf8');
export const readSharedJson = <T = Json>(rel: string): T => JSON.parse(readShared(rel)) as T;
export const readSharedLines = <T = Json>(rel: string): T[] =>
  readShared(rel).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);

/** The OpenAPI component's property names. */
export function specProperties(spec: 'members-api' | 'writtenquestions-api', component: string): string[] {
  const doc = readSharedJson<{ components: { schemas: Record<string, { properties?: Record<string, unknown> }> } }>(
    `reference/openapi/${spec}.json`,
  );
  return Object.keys(doc.components.schemas[component]?.properties ?? {});
}
