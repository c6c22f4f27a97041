import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PRINTOUT_KINDS, type PrintoutKind, type PrintRequest } from '../../../../shared/print/print-request';
import type { Route } from '../../app/routes';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useScope } from '../../record/useScope';
import { useVaultData } from '../../vault/useSession';
import { displayName } from '../people/display-name';
import { CalendarExportCard } from './CalendarExportCard';
import { ChoiceGroup } from './ChoiceGroup';
import { appointmentsToPick, currentMonth, paperFor, printLanguageFor, weekStartOf, type PrintChoices } from './print-choices';
import { PrintOptionsFields } from './PrintOptionsFields';
import { PrintoutTargetField } from './PrintoutTargetField';
import { PrintPreview } from './PrintPreview';
import { printRecordOf } from './print-record';
import { usePrintoutPreview } from './usePrintoutPreview';
import './print-center.css';

type PrintRoute = Extract<Route, { name: 'print' }>;

/**
 * The print center: whose record, which printout, how; a live preview of the real PDF; Save
 * and Print; and the calendar file. Opened from the sidebar, or preselected from a medicine
 * list or an appointment (one click to the page they wanted).
 */
export function PrintCenterScreen({ initial }: { initial: PrintRoute }): ReactNode {
  const { t, i18n } = useTranslation('print-center');
  const { people } = useScope();
  const [today] = useState(() => new Date());
  const [choices, setChoices] = useState<PrintChoices>(() => {
    const person = people.find((p) => p.id === initial.personId) ?? people[0];
    return {
      personId: person?.id ?? '',
      kind: initial.printout ?? 'medicationList',
      appointmentId: initial.itemId ?? '',
      month: currentMonth(today),
      weekStart: weekStartOf(today),
      paper: paperFor(navigator.language),
      size: 'normal',
      language: printLanguageFor(person, i18n.language),
      bilingual: false,
    };
  });
  const person = people.find((p) => p.id === choices.personId) ?? people[0];
  const record = useVaultData((session) => (person ? printRecordOf(session, person) : null));
  const appointments = record ? appointmentsToPick(record.items.appointment, today) : [];
  // A visit sheet is for the chosen appointment, or the next one when none is chosen yet.
  const appointmentId = appointments.some((a) => a.id === choices.appointmentId) ? choices.appointmentId : (appointments[0]?.id ?? '');
  const update = (change: Partial<PrintChoices>): void => setChoices((current) => ({ ...current, ...change }));
  const request: Omit<PrintRequest, 'fonts'> | null =
    record && !(choices.kind === 'visitSheet' && !appointmentId)
      ? {
          kind: choices.kind,
          record,
          options: {
            paper: choices.paper,
            size: choices.size,
            language: choices.language,
            bilingual: choices.language !== 'en' && choices.bilingual,
            today,
            ...(choices.kind === 'visitSheet' ? { appointmentId } : {}),
            ...(choices.kind === 'monthCalendar' ? { month: choices.month } : {}),
            ...(choices.kind === 'weeklySchedule' ? { weekStart: choices.weekStart } : {}),
          },
        }
      : null;
  const preview = usePrintoutPreview(request);
  if (!person) {
    return (
      <div className="screen narrow">
        <ScreenHeading>{t('title')}</ScreenHeading>
        <p className="empty-state">{t('noPeople')}</p>
      </div>
    );
  }
  return (
    <div className="screen print-center">
      <ScreenHeading>{t('title')}</ScreenHeading>
      <p>{t('intro')}</p>
      <div className="print-center-columns">
        <div className="print-center-choices">
          <div className="card">
            {people.length > 1 ? <PersonSelect people={people} value={person.id} onChange={(personId) => update({ personId, language: printLanguageFor(people.find((p) => p.id === personId), i18n.language) })} /> : null}
            <ChoiceGroup<PrintoutKind>
              legend={t('printout')}
              value={choices.kind}
              onChange={(kind) => update({ kind })}
              choices={PRINTOUT_KINDS.map((kind) => ({ value: kind, label: t(`printouts.${kind}`), help: t(`printoutHelp.${kind}`) }))}
            />
            <PrintoutTargetField choices={{ ...choices, appointmentId }} appointments={appointments} onChange={update} />
          </div>
          <PrintOptionsFields choices={choices} onChange={update} />
          <CalendarExportCard person={person} people={people} />
        </div>
        <div className="print-center-preview">
          <PrintPreview preview={request ? preview : null} title={t('previewTitle', { printout: t(`printouts.${choices.kind}`), name: displayName(person) })} />
        </div>
      </div>
    </div>
  );
}

function PersonSelect({ people, value, onChange }: { people: ReturnType<typeof useScope>['people']; value: string; onChange: (personId: string) => void }): ReactNode {
  const { t } = useTranslation('print-center');
  return (
    <div className="field">
      <label htmlFor="print-person">{t('person')}</label>
      <select id="print-person" value={value} onChange={(e) => onChange(e.target.value)}>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {displayName(p)}
          </option>
        ))}
      </select>
    </div>
  );
}
