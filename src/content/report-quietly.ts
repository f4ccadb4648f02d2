/** One line in the console for whoever debugs; never an uncaught error on the host page. */
export function reportQuietly(err: unknown): void {
  console.debug('[Parliament Lens]', err instanceof Error ? err.message : err);
}
