import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { listItems } from '../../../../shared/record/item-store';
import { splitAppointments } from '../../../../shared/record/appointments/schedule';
import { useScope } from '../../record/useScope';
import { useVaultData } from '../../vault/useSession';
import { displayName } from '../people/display-name';
import { SectionedListScreen } from './SectionedListScreen';
import { AppointmentCard } from './AppointmentCard';
import './appointments.css';

/**
 * Upcoming visits soonest first, then past ones. For everyone at once it is one list in
 * time order, each card naming the person: "who goes where next" across the family.
 */
export function AppointmentList(): ReactNode {
  const { t } = useTranslation('appointments');
  const { personId, people } = useScope();
  const appointments = useVaultData((session) => listItems(session, 'appointment', personId ?? undefined));
  const { upcoming, past } = splitAppointments(appointments, new Date());
  const pastIds = new Set(past.map((a) => a.id));
  const nameOf = (id: string): string | undefined => {
    const person = personId === null ? people.find((p) => p.id === id) : undefined;
    return person ? displayName(person) : undefined;
  };
  return (
    <SectionedListScreen
      area="appointments"
      title={t('title')}
      addLabel={t('add')}
      emptyText={t('empty')}
      sections={[
        { key: 'upcoming', title: t('upcoming'), items: upcoming, emptyText: t('noUpcoming') },
        { key: 'past', title: t('past'), items: past },
      ]}
      renderItem={(appointment) => <AppointmentCard appointment={appointment} personName={nameOf(appointment.personId)} past={pastIds.has(appointment.id)} />}
    />
  );
}
