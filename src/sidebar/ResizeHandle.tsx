import type { PanelLayout } from './App';

const STEP_PX = 20;

/**
 * The panel's left edge: drag it, or focus it and use the arrow keys, to make the panel wider or
 * narrower. The page reflows beside it as it moves (content/dock.ts); the width is saved on release.
 */
export function ResizeHandle({ layout, resize }: { layout: PanelLayout; resize: (width: number, done: boolean) => void }) {
  const clamp = (w: number) => Math.round(Math.min(layout.maxWidth, Math.max(layout.minWidth, w)));
  const onPointerDown = (down: PointerEvent) => {
    const handle = down.currentTarget as HTMLElement;
    handle.setPointerCapture(down.pointerId);
    const startX = down.clientX;
    const startWidth = layout.width;
    const widthAt = (e: PointerEvent) => clamp(startWidth + (startX - e.clientX));
    const move = (e: PointerEvent) => resize(widthAt(e), false);
    const up = (e: PointerEvent) => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      resize(widthAt(e), true);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
    down.preventDefault();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const by = e.key === 'ArrowLeft' ? STEP_PX : e.key === 'ArrowRight' ? -STEP_PX : 0;
    if (!by) return;
    e.preventDefault();
    resize(clamp(layout.width + by), true);
  };
  return (
    <div
      class="resize"
      role="separator"
      tabIndex={0}
      aria-orientation="vertical"
      aria-label="Panel width"
      aria-valuenow={layout.width}
      aria-valuemin={layout.minWidth}
      aria-valuemax={layout.maxWidth}
      title="Drag, or use the arrow keys, to resize"
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
