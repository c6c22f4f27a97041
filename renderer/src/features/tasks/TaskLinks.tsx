import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../../shared/model/task';
import { getItem } from '../../../../shared/record/item-store';
import { Link } from '../../app/navigation';
import type { AreaKey } from '../../app/routes';
import { useVaultData } from '../../vault/useSession';
import { formatCalendarDate } from '../../i18n/format-date';
import { useAppointmentText } from '../appointments/useAppointmentText';

/** What the task is about (a visit, a medicine, a goal, a hospital stay), as links; a removed item is left out. */
export function TaskLinks({ task }: { task: Task }): ReactNode {
  const { t, i18n } = useTranslation('tasks');
  const appointmentText = useAppointmentText();
  const linked = useVaultData((session) => ({
    appointment: task.appointmentId ? getItem(session, 'appointment', task.appointmentId) : undefined,
    medication: task.medicationId ? getItem(session, 'medication', task.medicationId) : undefined,
    goal: task.goalId ? getItem(session, 'goal', task.goalId) : undefined,
    hospitalStay: task.hospitalStayId ? getItem(session, 'hospitalStay', task.hospitalStayId) : undefined,
  }));
  const links: { key: string; area: AreaKey; itemId: string; label: string }[] = [];
  if (linked.appointment)
    links.push({ key: 'a', area: 'appointments', itemId: linked.appointment.id, label: t('linkedAppointment', { name: appointmentText.name(linked.appointment) }) });
  if (linked.medication) links.push({ key: 'm', area: 'medicines', itemId: linked.medication.id, label: t('linkedMedicine', { name: linked.medication.name }) });
  if (linked.goal) links.push({ key: 'g', area: 'goals', itemId: linked.goal.id, label: t('linkedGoal', { name: linked.goal.statement }) });
  if (linked.hospitalStay) {
    const stay = linked.hospitalStay;
    const name = [stay.hospital, formatCalendarDate(stay.admittedOn, i18n.language)].filter(Boolean).join(', ');
    links.push({ key: 'h', area: 'hospitalStays', itemId: stay.id, label: t('linkedHospitalStay', { name }) });
  }
  if (links.length === 0) return null;
  return (
    <ul className="task-links">
      {links.map((link) => (
        <li key={link.key}>
          <Link to={{ name: 'item', area: link.area, personId: task.personId, itemId: link.itemId }}>{link.label}</Link>
        </li>
      ))}
    </ul>
  );
}
