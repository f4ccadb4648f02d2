import type { PageActions, SidebarModel } from './model';
import { FiguresSection } from './sections/FiguresSection';
import { PersonSection } from './sections/PersonSection';
import { QuestionSection } from './sections/QuestionSection';
import { RelatedSection } from './sections/RelatedSection';
import { VotesSection } from './sections/VotesSection';
import type { ResponseOf } from '../protocol/messages';
import { EXTENSION_UPDATED } from '../protocol/result';
import type { SectionId } from './Section';
import { useMemo } from 'preact/hooks';
import { memoized } from './memoized';
import { useAsk, type AskFn, type Asked } from './use-ask';
import { PanelContext } from './panel-context';
import { usePanelControls } from './use-panel-controls';
import { Summary } from './Summary';
import { Shortcuts } from './Shortcuts';
import { ResizeHandle } from './ResizeHandle';

interface Props {
  model: SidebarModel;
  open: boolean;
  actions: PageActions & { open(): void };
  ask: AskFn;
  /** How the panel sits (content/dock.ts): beside the page, or a drawer over it on a narrow screen. */
  layout?: PanelLayout;
  /** The extension was reloaded or updated under this page (content/extension-lifecycle.ts). */
  updated?: boolean;
}

export interface PanelLayout {
  mode: 'docked' | 'drawer';
  width: number;
  minWidth: number;
  maxWidth: number;
}

const DEFAULT_LAYOUT: PanelLayout = { mode: 'docked', width: 380, minWidth: 380, maxWidth: 380 };

/** The whole sidebar: a docked panel when open, a tab on the right edge when closed. */
export function App({ model, open, actions, ask, updated = false, layout = DEFAULT_LAYOUT }: Props) {
  const lookup = model.lookup;
  const record = useAsk(ask, 'question.record', lookup && { uin: lookup.uin, house: lookup.house, aroundDate: lookup.aroundDate, tabledDate: lookup.tabledDate, answered: lookup.answered });
  const found = record.state === 'ready' ? record.value : null;
  const onDate = found?.dateAnswered ?? lookup?.answerDate ?? null;
  const asker = useAsk(ask, 'member.card', found?.askingMemberId && onDate ? { memberId: found.askingMemberId, onDate, department: null } : null);
  const answerer = useAsk(ask, 'member.card', found?.answeringMemberId && onDate ? { memberId: found.answeringMemberId, onDate, department: found.answeringBodyName } : null);
  // Sections the reader switched off in the options page are not rendered (and so ask nothing).
  const on = (section: SectionId) => !model.sectionsOff?.includes(section);
  const cardOf = (card: typeof asker, memberId: number | null | undefined) => cardState(lookup !== null, record, card, memberId);
  const askerCard = cardOf(asker, found?.askingMemberId);
  const answererCard = cardOf(answerer, found?.answeringMemberId);
  // Stable props, so the memoised sections re-render only when their own inputs change.
  const cards = useMemo(() => ({ asker: askerCard, answerer: answererCard }), [askerCard, answererCard]);
  const notebook = useMemo(() => ({ model, ask }), [model, ask]);
  const { controls, announcement } = usePanelControls(model.folded, actions.saveFolded, record.state === 'error' && lookup ? record.retry : null);
  if (!open) {
    return (
      <div class="root">
        <button type="button" class="tab" aria-expanded="false" title="Open Parliament Lens (Alt+Shift+L)" onClick={actions.open}>Parliament Lens</button>
      </div>
    );
  }
  return (
    <div class="root">
      <aside class={`panel ${layout.mode}`} aria-label="Parliament Lens" style={{ width: `${layout.width}px` }} onKeyDown={(e) => closeOnEscape(e, actions.close)}>
        {layout.mode === 'docked' && actions.resize && <ResizeHandle layout={layout} resize={actions.resize} />}
        <header>
          <LensGlyph />
          <h1 tabIndex={-1}>Parliament Lens</h1>
          <button type="button" class="close" aria-label="Close Parliament Lens" title="Close (Esc)" aria-expanded="true" onClick={actions.close}>×</button>
        </header>
        {updated && <UpdatedBanner reload={actions.reloadPage} />}
        <PanelContext.Provider value={controls}>
        <div class="scroll">
          <Summary q={model.question} record={lookup ? record : null} asker={model.asker} answerer={model.answerer} askerCard={askerCard} answererCard={answererCard} ledger={model.ledger} />
          {on('question') && <QuestionSection q={model.question} record={lookup ? record : null} notebook={notebook} />}
          {on('asker') && <PersonSection role="asker" person={model.asker} card={askerCard} onDate={onDate} />}
          {on('answerer') && <PersonSection role="answerer" person={model.answerer} card={answererCard} onDate={onDate} />}
          {on('figures') && <FiguresSection ledger={model.ledger} reveal={actions.revealFigure} />}
          {on('votes') && <VotesSection model={model} record={lookup ? record : null} ask={ask} cards={cards} />}
          {on('related') && <RelatedSection model={model} record={lookup ? record : null} ask={ask} />}
          <Shortcuts />
        </div>
        </PanelContext.Provider>
        <p class="sr-only" role="status" data-lens-announce>{announcement}</p>
      </aside>
    </div>
  );
}

/** Esc closes the panel, unless something inside (a menu, an open tooltip) already used it. */
function closeOnEscape(event: KeyboardEvent, close: () => void): void {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  event.preventDefault();
  close();
}

type Card = Asked<ResponseOf<'member.card'>>;

/**
 * A member card's state. Until the question record names the member, the card waits on the
 * record (and shares its error and retry); with no lookup or no member there is no card (null).
 */
function cardState(canLookUp: boolean, record: Asked<ResponseOf<'question.record'>>, card: Card, memberId: number | null | undefined): Card | null {
  if (!canLookUp) return null;
  if (record.state === 'loading') return record;
  if (record.state === 'error') return record;
  return memberId ? card : null;
}

/** The product mark, drawn inline: extension images would need web_accessible_resources. Never changes. */
const LensGlyph = memoized(function LensGlyph() {
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="2.2" />
      <path d="M12 12l5.5 5.5" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" />
    </svg>
  );
});

/** One notice, not an error per section: nothing on this page can reach the extension any more. */
function UpdatedBanner({ reload }: { reload: () => void }) {
  return (
    <div class="updated" role="status" data-lens-updated>
      <p>{EXTENSION_UPDATED}</p>
      <button type="button" onClick={reload}>Reload page</button>
    </div>
  );
}
