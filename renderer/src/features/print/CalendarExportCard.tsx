import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/model/person';
import { Alert } from '../../components/Alert';
import { useSession } from '../../vault/useSession';
import { displayName } from '../people/display-name';
import { ChoiceGroup } from './ChoiceGroup';
import { printRecordOf } from './print-record';
import { useSaveCalendar } from './useSaveCalendar';

type Whose = 'person' | 'everyone';

/** Appointments, dated tasks and refill days into any calendar program: one person's, or everyone's. */
export function CalendarExportCard({ person, people }: { person: Person; people: readonly Person[] }): ReactNode {
  const { t } = useTranslation('print-center');
  const { t: tc } = useTranslation('calendar');
  const session = useSession();
  const saveCalendar = useSaveCalendar();
  const [whose, setWhose] = useState<Whose>('person');
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const save = async (): Promise<void> => {
    const chosen = whose === 'everyone' ? people : [person];
    const result = await saveCalendar(chosen.map((p) => printRecordOf(session, p)));
    setMessage(result.saved ? { tone: 'success', text: tc('saved') } : { tone: 'error', text: tc('notSaved') });
  };
  return (
    <section className="card" aria-labelledby="calendar-export-heading">
      <h2 id="calendar-export-heading">{t('calendarTitle')}</h2>
      <p>{t('calendarHelp')}</p>
      {people.length > 1 ? (
        <ChoiceGroup<Whose>
          legend={t('calendarWhose')}
          value={whose}
          onChange={setWhose}
          choices={[
            { value: 'person', label: t('calendarPerson', { name: displayName(person) }) },
            { value: 'everyone', label: t('calendarEveryone', { count: people.length }) },
          ]}
        />
      ) : null}
      <div className="actions">
        <button type="button" className="button" onClick={() => void save()}>
          {t('calendarSave')}
        </button>
      </div>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </section>
  );
}
