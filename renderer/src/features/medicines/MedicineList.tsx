import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { listItems } from '../../../../shared/record/item-store';
import { useNavigation } from '../../app/navigation';
import { Alert } from '../../components/Alert';
import { ScreenHeading } from '../../components/ScreenHeading';
import { displayName } from '../people/display-name';
import { useScope } from '../../record/useScope';
import { useVaultData } from '../../vault/useSession';
import { MedicineGroups } from './MedicineGroups';
import { PrintMedicationListButton } from '../print/PrintMedicationListButton';

/**
 * The Medicines screen: taken every day first, then as needed, paused and recently stopped;
 * older stopped ones on request. Grouped under each person's name when showing everyone.
 */
export function MedicineList(): ReactNode {
  const { t } = useTranslation('medications');
  const { t: tr } = useTranslation('record');
  const { go } = useNavigation();
  const { personId, person, inScope } = useScope();
  const meds = useVaultData((session) => listItems(session, 'medication', personId ?? undefined));
  // After Pause or Stop a card moves to another group: say what happened and keep focus on it.
  const [change, setChange] = useState<{ message: string; itemId: string } | null>(null);
  const onChanged = (message: string, itemId: string) => setChange({ message, itemId });
  const title = t('title');
  return (
    <div className="screen">
      <div className="screen-title">
        <ScreenHeading>{person ? `${title}: ${displayName(person)}` : title}</ScreenHeading>
        <div className="actions">
          <button type="button" className="button button-primary" onClick={() => go({ name: 'item-new', area: 'medicines', personId })} disabled={inScope.length === 0}>
            {t('add')}
          </button>
          <PrintMedicationListButton personId={personId} disabled={meds.length === 0} />
        </div>
      </div>
      {inScope.length === 0 ? <p className="empty-state">{tr('addPersonFirst')}</p> : null}
      {inScope.length > 0 && meds.length === 0 ? <p className="empty-state">{t('empty')}</p> : null}
      {change ? <Alert tone="success">{change.message}</Alert> : null}
      {person ? (
        <MedicineGroups meds={meds} level={2} focusId={change?.itemId} onChanged={onChanged} />
      ) : (
        inScope
          .map((p) => ({ p, own: meds.filter((med) => med.personId === p.id) }))
          .filter(({ own }) => own.length > 0)
          .map(({ p, own }) => (
            <section key={p.id} aria-labelledby={`group-${p.id}`} className="person-group">
              <h2 id={`group-${p.id}`}>{displayName(p)}</h2>
              <MedicineGroups meds={own} level={3} focusId={change?.itemId} onChanged={onChanged} />
            </section>
          ))
      )}
    </div>
  );
}
