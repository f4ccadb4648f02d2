import type { ResponseOf } from '../../protocol/messages';
import { formatIsoDate } from '../dates';
import { ErrorNote } from '../ErrorNote';
import type { PersonView } from '../model';
import { safeHttpUrl } from '../safe-url';
import { Loading, Section, type SectionState } from '../Section';
import { StaleNote } from '../StaleNote';
import type { Asked } from '../use-ask';
import { memoized } from '../memoized';

type MemberCard = ResponseOf<'member.card'>;

interface Props {
  role: 'asker' | 'answerer';
  /** The page's own card (name, photo, small print), shown at once. */
  person: PersonView | null;
  /** The Members API card; null when there is no member to look up. */
  card: Asked<MemberCard> | null;
  onDate: string | null;
}

/** Who asked or answered: as on the answer date (party, seat, the post in the department) and now. */
export const PersonSection = memoized(function PersonSection({ role, person, card, onDate }: Props) {
  const title = role === 'asker' ? 'Asked by' : 'Answered by';
  const state: SectionState = card ? card.state : person ? 'ready' : 'empty';
  const ready = card?.state === 'ready' ? card.value : null;
  const name = ready?.name ?? person?.name;
  if (!name) {
    return (
      <Section id={role} title={title} state="empty">
        <p class="note">This page does not name the {role === 'asker' ? 'member who asked' : 'minister who answered'}.</p>
      </Section>
    );
  }
  const photo = safeHttpUrl(person?.photoUrl) ?? safeHttpUrl(ready?.thumbnailUrl);
  const profile = safeHttpUrl(person?.profileUrl);
  return (
    <Section id={role} title={title} state={state}>
      <div class="person">
        {photo && <img src={photo} alt={`Photo of ${name}`} />}
        <div>
          <div class="name">{profile ? <a href={profile}>{name}</a> : name}</div>
          {!ready && person?.position && <div class="small">{person.position}</div>}
          {ready && <Then card={ready} onDate={onDate} role={role} />}
        </div>
      </div>
      {ready && <Now card={ready} />}
      <StaleNote asked={card} />
      {card?.state === 'loading' && <Loading>Loading party, seat and posts on the answer date from Parliament</Loading>}
      {card?.state === 'error' && <ErrorNote error={card.error} retry={card.retry} />}
    </Section>
  );
});

function Then({ card, onDate, role }: { card: MemberCard; onDate: string | null; role: Props['role'] }) {
  const t = card.then;
  const post = role === 'answerer' ? t.departmentPost ?? t.posts[0] : null;
  return (
    <div class="small" data-when="then">
      {onDate && <div class="muted">On {formatIsoDate(onDate)}:</div>}
      <div>{[t.party?.name, t.seat].filter(Boolean).join(', ') || 'Party and seat not recorded'}</div>
      {post && <div class="post">{post}</div>}
      {role === 'asker' && t.posts.length > 0 && <div class="post">{t.posts.join('; ')}</div>}
    </div>
  );
}

function Now({ card }: { card: MemberCard }) {
  const n = card.now;
  const profile = safeHttpUrl(card.profileUrl);
  return (
    <div class="small now" data-when="now">
      <span class="muted">Now: </span>
      {n.inHouse
        ? [n.party?.name, n.seat].filter(Boolean).join(', ') + (n.posts.length ? ` · ${n.posts.join('; ')}` : '')
        : `left the House${n.leftOn ? ` on ${formatIsoDate(n.leftOn)}` : ''}${n.leftReason ? ` (${n.leftReason})` : ''}`}
      {profile && <div><a href={profile} target="_blank" rel="noopener noreferrer">Parliament profile</a></div>}
    </div>
  );
}
