import { Loading, Section } from '../Section';
import type { SidebarModel } from '../model';
import type { ResponseOf } from '../../protocol/messages';
import type { AskFn, Asked } from '../use-ask';

interface Props {
  model: SidebarModel;
  record: Asked<ResponseOf<'question.record'>> | null;
  ask: AskFn;
}

/** How the asker and the answerer voted on divisions about the question's topic (issue 4). */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- placeholder until the section is built
export function VotesSection(_props: Props) {
  return (
    <Section id="votes" title="Votes on this topic" state="loading">
      <Loading>Divisions on this topic: loading from the Commons and Lords Votes APIs</Loading>
    </Section>
  );
}
