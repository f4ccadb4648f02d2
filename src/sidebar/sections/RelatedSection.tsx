import { Loading, Section } from '../Section';
import type { SidebarModel } from '../model';
import type { ResponseOf } from '../../protocol/messages';
import type { AskFn, Asked } from '../use-ask';

interface Props {
  model: SidebarModel;
  record: Asked<ResponseOf<'question.record'>> | null;
  ask: AskFn;
}

/** Related questions, grouped questions and follow-up chains (issue 5). */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- placeholder until the section is built
export function RelatedSection(_props: Props) {
  return (
    <Section id="related" title="Related questions" state="loading">
      <Loading>Related questions: loading from the Written Questions API</Loading>
    </Section>
  );
}
