import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../shared/model/appointment';
import { getItem } from '../../../../shared/record/item-store';
import { computerTimeZone } from '../../../../shared/record/appointments/zoned-time';
import { useSession } from '../../vault/useSession';
import { appointmentShortDate, appointmentTimeInWords, appointmentWho } from './appointment-text';

export interface AppointmentText {
  /** "Dr. Ruiz" (or the reason, or "Appointment"). */
  who: (appointment: Appointment) => string;
  /** "Dr. Ruiz, Mar 3, 2026": names the visit in headings, buttons and links. */
  name: (appointment: Appointment) => string;
  /** "Tuesday, March 3, 2026 at 9:30 AM". */
  when: (appointment: Appointment) => string;
}

/** How an appointment is named and dated everywhere, in the interface language. */
export function useAppointmentText(): AppointmentText {
  const { t, i18n } = useTranslation('appointments');
  const session = useSession();
  const zone = computerTimeZone();
  const who = (appointment: Appointment): string =>
    appointmentWho(appointment, appointment.careTeamMemberId ? getItem(session, 'careTeamMember', appointment.careTeamMemberId) : undefined) ||
    t('untitled');
  return {
    who,
    name: (appointment) => t('cardName', { who: who(appointment), date: appointmentShortDate(appointment, i18n.language) }),
    when: (appointment) => appointmentTimeInWords(appointment, i18n.language, zone),
  };
}
