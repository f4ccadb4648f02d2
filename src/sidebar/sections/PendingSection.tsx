import { Loading, Section } from '../Section';

/** Votes and related questions: fetched by the background from the Parliament APIs. */
export function VotesSection() {
  return (
    <Section id="votes" title="Votes on this topic" state="loading">
      <Loading>Divisions on this topic: loading from the Commons and Lords Votes APIs</Loading>
    </Section>
  );
}

export function RelatedSection() {
  return (
    <Section id="related" title="Related questions" state="loading">
      <Loading>Related questions: loading from the Written Questions API</Loading>
    </Section>
  );
}
