import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../app/navigation';
import { useScope } from '../../record/useScope';
import { AREA_OF_KIND, itemTitle } from '../../record/item-title';
import { useVaultData } from '../../vault/useSession';
import { formatCalendarDate } from '../../i18n/format-date';
import { useAppointmentText } from '../appointments/useAppointmentText';
import { buildOverview, localClock } from '../../../../shared/record/overview/overview';
import { itemIndex } from '../../../../shared/record/item-index';
import type { CareKind } from '../../../../shared/model/care-item';
import type { ItemOf } from '../../../../shared/model/care-record';
import { displayName } from '../people/display-name';

function Section({ id, title, empty, children }: { id: string; title: string; empty: string; children: ReactNode[] }): ReactNode {
  return (
    <section className="card overview-card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children.length === 0 ? <p className="muted">{empty}</p> : <ul className="overview-list">{children}</ul>}
    </section>
  );
}

/** What needs attention now: next appointments, tasks due, recent medicine changes, refills, goal check-ins. */
export function OverviewSections(): ReactNode {
  const { t, i18n } = useTranslation();
  const { person, inScope, people } = useScope();
  const appointmentText = useAppointmentText();
  const overview = useVaultData((session) => buildOverview(itemIndex(session), new Set(inScope.map((p) => p.id)), localClock()));
  const lang = i18n.language;
  const whose = (personId: string): ReactNode => {
    if (person) return null;
    const p = people.find((candidate) => candidate.id === personId);
    return p ? <span className="who">{displayName(p)}</span> : null;
  };
  const link = (item: ItemOf<CareKind>): ReactNode => (
    <Link to={{ name: 'item', area: AREA_OF_KIND[item.kind], personId: item.personId, itemId: item.id }}>{itemTitle(item, i18n.language)}</Link>
  );
  return (
    <div className="overview-grid">
      <Section id="ov-appointments" title={t('overview.appointments')} empty={t('overview.noAppointments')}>
        {overview.nextAppointments.map((a) => (
          <li key={a.id}>
            {whose(a.personId)}
            <strong>{appointmentText.when(a)}</strong>
            <br />
            {link(a)}
          </li>
        ))}
      </Section>
      <Section id="ov-tasks" title={t('overview.tasks')} empty={t('overview.noTasks')}>
        {overview.tasksDue.map(({ task, overdue }) => (
          <li key={task.id} className={overdue ? 'overdue' : undefined}>
            {whose(task.personId)}
            {overdue ? <strong className="overdue-label">{t('overview.overdue')} </strong> : null}
            {link(task)} <span className="muted">· {t('overview.due', { date: formatCalendarDate(task.dueDate, lang, 'medium') })}</span>
          </li>
        ))}
      </Section>
      <Section id="ov-changes" title={t('overview.changes')} empty={t('overview.noChanges')}>
        {overview.medicinesChanged.map(({ medication, change }) => (
          <li key={medication.id}>
            {whose(medication.personId)}
            {link(medication)}{' '}
            <span className="muted">
              · {t(`overview.change.${change.change}`)} {formatCalendarDate(change.date, lang, 'medium')}
            </span>
          </li>
        ))}
      </Section>
      <Section id="ov-refills" title={t('overview.refills')} empty={t('overview.noRefills')}>
        {overview.refillsDue.map(({ medication, nextRefillDate, needsNewPrescription }) => (
          <li key={medication.id}>
            {whose(medication.personId)}
            {link(medication)} <span className="muted">· {t('overview.refillBy', { date: formatCalendarDate(nextRefillDate, lang, 'medium') })}</span>
            {needsNewPrescription ? <strong> {t('overview.noRefillsLeft')}</strong> : null}
          </li>
        ))}
      </Section>
      <Section id="ov-goals" title={t('overview.goals')} empty={t('overview.noGoals')}>
        {overview.goalsNeedingCheckIn.map((goal) => (
          <li key={goal.id}>
            {whose(goal.personId)}
            {link(goal)}
          </li>
        ))}
      </Section>
    </div>
  );
}
