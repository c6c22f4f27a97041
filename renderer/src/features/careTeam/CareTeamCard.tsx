import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../app/navigation';
import { RemoveItemDialog } from '../../record/RemoveItemDialog';
import { useItemHeadingLevel } from '../../record/heading-level';
import { useSession } from '../../vault/useSession';
import type { CareTeamMember } from '../../../../shared/model/care-team';
import { listItems } from '../../../../shared/record/item-store';
import { countCareTeamReferences } from '../../../../shared/record/care-team/references';
import { mailtoHref, telHref } from '../../../../shared/record/care-team/contact-links';
import { CARE_FLAGS, roleLabel } from './role-label';
import { referencesSentence } from './references-sentence';

/**
 * One member of the care team: role, how to reach them and their part in the care.
 * Removing says which medicines, visits and tasks name them, so nothing goes silently blank.
 */
export function CareTeamCard({ member }: { member: CareTeamMember }): ReactNode {
  const { t, i18n } = useTranslation('careTeam');
  const { t: tr } = useTranslation('record');
  const { go } = useNavigation();
  const session = useSession();
  const [removing, setRemoving] = useState<{ note: string | null } | null>(null);
  const Heading = useItemHeadingLevel() === 2 ? 'h2' : 'h3';
  const flags = CARE_FLAGS.filter((flag) => member[flag]).map((flag) => t(`flags.${flag}`));
  const tel = telHref(member.phone);
  const mailto = mailtoHref(member.email);

  const startRemoving = (): void => {
    const of = <K extends 'medication' | 'appointment' | 'task' | 'question'>(kind: K) => listItems(session, kind, member.personId);
    const references = countCareTeamReferences(member.id, {
      medications: of('medication'),
      appointments: of('appointment'),
      tasks: of('task'),
      questions: of('question'),
    });
    setRemoving({ note: referencesSentence(t, member.name, references, i18n.language) });
  };

  return (
    <article className="card item-card care-team-card" aria-label={member.name}>
      <Heading className="item-title">
        {member.name}
        <span className="badge">{roleLabel(t, member)}</span>
      </Heading>
      {member.organization ? <p>{member.organization}</p> : null}
      {member.phone ? (
        <p>
          <span className="muted">{t('card.phone')}</span> {tel ? <a href={tel}>{member.phone}</a> : member.phone}
        </p>
      ) : null}
      {flags.length > 0 ? (
        <ul className="care-flags">
          {flags.map((flag) => (
            <li key={flag}>{flag}</li>
          ))}
        </ul>
      ) : null}
      {member.handles ? (
        <p>
          <span className="muted">{t('card.handles')}</span> {member.handles}
        </p>
      ) : null}
      {member.fax ? (
        <p>
          <span className="muted">{t('card.fax')}</span> {member.fax}
        </p>
      ) : null}
      {member.email ? (
        <p>
          <span className="muted">{t('card.email')}</span> {mailto ? <a href={mailto}>{member.email}</a> : member.email}
        </p>
      ) : null}
      {member.address ? (
        <p className="care-address">
          <span className="muted">{t('card.address')}</span> {member.address}
        </p>
      ) : null}
      {member.portalUrl ? (
        <p>
          <span className="muted">{t('card.portal')}</span>{' '}
          {/* Only a link the person opens in their browser; CareBinder never loads it. */}
          <a href={member.portalUrl} target="_blank" rel="noopener noreferrer">
            {member.portalUrl}
          </a>
        </p>
      ) : null}
      <div className="actions">
        <button
          type="button"
          className="button"
          aria-label={tr('editNamed', { name: member.name })}
          onClick={() => go({ name: 'item-edit', area: 'careTeam', personId: member.personId, itemId: member.id })}
        >
          {tr('edit')}
        </button>
        <button type="button" className="button button-quiet" aria-label={tr('removeNamed', { name: member.name })} onClick={startRemoving}>
          {tr('remove')}
        </button>
      </div>
      {removing ? (
        <RemoveItemDialog itemId={member.id} name={member.name} alsoRemoves={removing.note ?? undefined} onClose={() => setRemoving(null)} />
      ) : null}
    </article>
  );
}
