import type { PageActions, SidebarModel } from './model';
import { FiguresSection } from './sections/FiguresSection';
import { RelatedSection, VotesSection } from './sections/PendingSection';
import { PersonSection } from './sections/PersonSection';
import { QuestionSection } from './sections/QuestionSection';

interface Props {
  model: SidebarModel;
  open: boolean;
  actions: PageActions & { open(): void };
}

/** The whole sidebar: a docked panel when open, a tab on the right edge when closed. */
export function App({ model, open, actions }: Props) {
  if (!open) {
    return (
      <div class="root">
        <button type="button" class="tab" aria-expanded="false" onClick={actions.open}>Parliament Lens</button>
      </div>
    );
  }
  return (
    <div class="root">
      <aside class="panel" aria-label="Parliament Lens">
        <header>
          <LensGlyph />
          <h1>Parliament Lens</h1>
          <button type="button" aria-label="Close Parliament Lens" aria-expanded="true" onClick={actions.close}>×</button>
        </header>
        <div class="scroll">
          <QuestionSection q={model.question} />
          <PersonSection role="asker" person={model.asker} />
          <PersonSection role="answerer" person={model.answerer} />
          <FiguresSection ledger={model.ledger} reveal={actions.revealFigure} />
          <VotesSection />
          <RelatedSection />
        </div>
      </aside>
    </div>
  );
}

/** The product mark, drawn inline: extension images would need web_accessible_resources. */
function LensGlyph() {
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="2.2" />
      <path d="M12 12l5.5 5.5" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" />
    </svg>
  );
}
