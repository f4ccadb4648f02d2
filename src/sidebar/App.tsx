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
import { Announcer } from './announce';
import { KeysNote } from './KeysNote';

interface Props {
  model: SidebarModel;
  open: boolean;
  actions: PageActions & { open(): void };
  ask: AskFn;
  /** The extension was reloaded or updated under this page (content/extension-lifecycle.ts). */
  updated?: boolean;
}

/** The whole sidebar: a docked panel when open, a tab on the right edge when closed. */
export function App({ model, open, actions, ask, updated = false }: Props) {
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
  if (!open) {
    return (
      <div class="root">
        <button type="button" class="tab" aria-expanded="false" onClick={actions.open}>Parliament Lens</button>
      </div>
    );
  }
  return (
    <div class="root">
      {/* tabIndex -1: opening the panel on purpose moves focus here (content/panel-focus.ts). */}
      <aside class="panel" aria-label="Parliament Lens" tabIndex={-1}>
        <header>
          <LensGlyph />
          <h1>Parliament Lens</h1>
          <button type="button" aria-label="Close Parliament Lens" aria-expanded="true" onClick={actions.close}>×</button>
        </header>
        {updated && <UpdatedBanner reload={actions.reloadPage} />}
        <div class="scroll">
          <Announcer>
          {on('question') && <QuestionSection q={model.question} record={lookup ? record : null} notebook={notebook} />}
          {on('asker') && <PersonSection role="asker" person={model.asker} card={askerCard} onDate={onDate} />}
          {on('answerer') && <PersonSection role="answerer" person={model.answerer} card={answererCard} onDate={onDate} />}
          {on('figures') && <FiguresSection ledger={model.ledger} reveal={actions.revealFigure} />}
          {on('votes') && <VotesSection model={model} record={lookup ? record : null} ask={ask} cards={cards} />}
          {on('related') && <RelatedSection model={model} record={lookup ? record : null} ask={ask} />}
          </Announcer>
          <KeysNote />
        </div>
      </aside>
    </div>
  );
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
