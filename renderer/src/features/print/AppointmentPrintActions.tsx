import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../shared/model/appointment';
import { listItems } from '../../../../shared/record/item-store';
import { getPerson } from '../../../../shared/people/people-store';
import { useNavigation } from '../../app/navigation';
import { Alert } from '../../components/Alert';
import { useSession } from '../../vault/useSession';
import { useSaveCalendar } from './useSaveCalendar';

/**
 * On an appointment: its visit sheet in one click (the print center opens on it), and the
 * visit into the calendar (a .ics with just this appointment and its reminders).
 */
export function AppointmentPrintActions({ appointment }: { appointment: Appointment }): ReactNode {
  const { t } = useTranslation('print-center');
  const { t: tc } = useTranslation('calendar');
  const session = useSession();
  const { go } = useNavigation();
  const saveCalendar = useSaveCalendar();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const addToCalendar = async (): Promise<void> => {
    const person = getPerson(session, appointment.personId);
    if (!person) return;
    const result = await saveCalendar([
      // The care team comes along for the provider's name and phone.
      { person, items: { appointment: [appointment], task: [], medication: [], careTeamMember: listItems(session, 'careTeamMember', person.id) } },
    ]);
    setMessage(result.saved ? { tone: 'success', text: tc('saved') } : { tone: 'error', text: tc('notSaved') });
  };
  return (
    <>
      <div className="actions">
        <button type="button" className="button" onClick={() => go({ name: 'print', personId: appointment.personId, printout: 'visitSheet', itemId: appointment.id })}>
          {t('printVisitSheet')}
        </button>
        <button type="button" className="button" onClick={() => void addToCalendar()} aria-describedby="add-to-calendar-help">
          {tc('addToCalendar')}
        </button>
      </div>
      <p id="add-to-calendar-help" className="field-help">
        {tc('addToCalendarHelp')}
      </p>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </>
  );
}
