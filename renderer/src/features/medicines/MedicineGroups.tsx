import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Medication } from '../../../../shared/model/medication';
import { todayIso } from '../../../../shared/model/dates';
import { groupMedications, type MedicationGroups } from '../../../../shared/record/medication/list-groups';
import { MedicineCard } from './MedicineCard';

interface Props {
  meds: readonly Medication[];
  /** The heading level of each group's title; the cards sit one level below. */
  level: 2 | 3;
  focusId: string | undefined;
  onChanged: (message: string, itemId: string) => void;
}

const SHOWN = ['taking', 'asNeeded', 'paused', 'recentlyStopped'] as const satisfies readonly (keyof MedicationGroups<Medication>)[];

/** One person's medicines in their groups, each with a heading; older stopped ones behind a button. */
export function MedicineGroups({ meds, level, focusId, onChanged }: Props): ReactNode {
  const { t, i18n } = useTranslation('medications');
  const [showOlder, setShowOlder] = useState(false);
  const olderId = useId();
  const groups = groupMedications(meds, todayIso(), i18n.language);
  const GroupHeading = `h${level}` as const;
  const group = (key: keyof MedicationGroups<Medication>, items: Medication[]) => (
    <section key={key} className="medicine-group" aria-labelledby={`${olderId}-${key}`}>
      <GroupHeading id={`${olderId}-${key}`}>{t(`groups.${key}`)}</GroupHeading>
      <ul className="item-list">
        {items.map((med) => (
          <li key={med.id}>
            <MedicineCard med={med} level={(level + 1) as 3 | 4} focusOnMount={med.id === focusId} onChanged={onChanged} />
          </li>
        ))}
      </ul>
    </section>
  );
  return (
    <>
      {SHOWN.filter((key) => groups[key].length > 0).map((key) => group(key, groups[key]))}
      {groups.olderStopped.length > 0 ? (
        <>
          <button type="button" className="button" aria-expanded={showOlder} aria-controls={`${olderId}-older`} onClick={() => setShowOlder((shown) => !shown)}>
            {showOlder ? t('hideOlder') : t('showOlder', { count: groups.olderStopped.length })}
          </button>
          <div id={`${olderId}-older`} hidden={!showOlder}>
            {showOlder ? group('olderStopped', groups.olderStopped) : null}
          </div>
        </>
      ) : null}
    </>
  );
}
