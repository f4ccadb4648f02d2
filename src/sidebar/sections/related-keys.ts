/**
 * Keyboard movement between related links inside the sidebar: ArrowDown / j to the next,
 * ArrowUp / k to the previous. Enter on a focused link opens it (the browser does that).
 * Letters are ignored while typing in a field or with a modifier held, so shortcuts still work.
 */
const NEXT = new Set(['ArrowDown', 'j']);
const PREVIOUS = new Set(['ArrowUp', 'k']);

export function moveBetweenRelatedLinks(event: KeyboardEvent): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const step = NEXT.has(event.key) ? 1 : PREVIOUS.has(event.key) ? -1 : 0;
  if (step === 0) return;
  const container = event.currentTarget as HTMLElement | null;
  if (!container) return;
  const target = event.target as HTMLElement | null;
  if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
  const links = [...container.querySelectorAll<HTMLAnchorElement>('a[data-related]')];
  if (links.length === 0) return;
  const active = (container.getRootNode() as Document | ShadowRoot).activeElement;
  const at = links.findIndex((link) => link === active);
  const next = at < 0 ? (step > 0 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, at + step));
  links[next]?.focus();
  event.preventDefault();
}
