import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PanelControls } from './panel-context';

/** Sections that finish within this window are announced in one sentence, not one each. */
const ANNOUNCE_GATHER_MS = 600;

/**
 * The panel's shared state (panel-context.ts): folded sections (starting from what the reader
 * chose before, saved on every change) and one polite announcement of what has loaded.
 */
export function usePanelControls(
  initialFolded: Readonly<Record<string, boolean>> | undefined,
  save: ((folded: Record<string, boolean>) => void) | undefined,
  outageRetry: (() => void) | null,
): { controls: PanelControls; announcement: string } {
  const [folded, setFoldedState] = useState<Record<string, boolean>>(() => ({ ...initialFolded }));
  const [announcement, setAnnouncement] = useState('');
  const pending = useRef<string[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const setFolded = useCallback((id: string, on: boolean) => {
    setFoldedState((now) => {
      const next = { ...now, [id]: on };
      save?.(next);
      return next;
    });
  }, [save]);
  const announce = useCallback((words: string) => {
    pending.current.push(words);
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      setAnnouncement(`${pending.current.join('. ')}.`);
      pending.current = [];
    }, ANNOUNCE_GATHER_MS);
  }, []);
  const controls = useMemo(() => ({ folded, setFolded, announce, outageRetry }), [folded, setFolded, announce, outageRetry]);
  return { controls, announcement };
}
