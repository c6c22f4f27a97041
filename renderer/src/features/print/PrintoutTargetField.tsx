import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../shared/model/appointment';
import { useAppointmentText } from '../appointments/useAppointmentText';
import type { PrintChoices } from './print-choices';

interface Props {
  choices: PrintChoices;
  appointments: readonly Appointment[];
  onChange: (change: Partial<PrintChoices>) => void;
}

/** What a printout is for, when it needs one: the appointment, the month or the week. */
export function PrintoutTargetField({ choices, appointments, onChange }: Props): ReactNode {
  const { t } = useTranslation('print-center');
  const text = useAppointmentText();
  const id = useId();
  if (choices.kind === 'visitSheet') {
    if (appointments.length === 0) return <p className="empty-state">{t('noAppointments')}</p>;
    return (
      <div className="field">
        <label htmlFor={id}>{t('appointment')}</label>
        <select id={id} value={choices.appointmentId} onChange={(e) => onChange({ appointmentId: e.target.value })}>
          {appointments.map((appointment) => (
            <option key={appointment.id} value={appointment.id}>
              {text.name(appointment)}
            </option>
          ))}
        </select>
      </div>
    );
  }
  if (choices.kind === 'monthCalendar') {
    return (
      <div className="field">
        <label htmlFor={id}>{t('month')}</label>
        <input id={id} type="month" className="short-date" value={choices.month} required onChange={(e) => e.target.value && onChange({ month: e.target.value })} />
      </div>
    );
  }
  if (choices.kind === 'weeklySchedule') {
    return (
      <div className="field">
        <label htmlFor={id}>{t('weekStart')}</label>
        <input id={id} type="date" className="short-date" value={choices.weekStart} required onChange={(e) => e.target.value && onChange({ weekStart: e.target.value })} />
      </div>
    );
  }
  return null;
}
