import type { PersonView } from '../model';
import { safeHttpUrl } from '../safe-url';
import { Loading, Section } from '../Section';

interface Props {
  role: 'asker' | 'answerer';
  person: PersonView | null;
}

/**
 * The page's own card for the person (name, photo, small print) at once; their party, seat and
 * posts on the answer date come from the Members API and stay loading until it answers.
 */
export function PersonSection({ role, person }: Props) {
  const title = role === 'asker' ? 'Asked by' : 'Answered by';
  if (!person) {
    return (
      <Section id={role} title={title} state="empty">
        <p class="note">This page does not name the {role === 'asker' ? 'member who asked' : 'minister who answered'}.</p>
      </Section>
    );
  }
  const photo = safeHttpUrl(person.photoUrl);
  const profile = safeHttpUrl(person.profileUrl);
  return (
    <Section id={role} title={title} state="loading">
      <div class="person">
        {photo && <img src={photo} alt={`Photo of ${person.name}`} />}
        <div>
          <div class="name">{profile ? <a href={profile}>{person.name}</a> : person.name}</div>
          {person.position && <div class="small">{person.position}</div>}
        </div>
      </div>
      <Loading>Party, seat and posts on the answer date: loading from the Members API</Loading>
    </Section>
  );
}
