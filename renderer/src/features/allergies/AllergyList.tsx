import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaListScreen } from '../../record/AreaListScreen';
import { ItemCard } from '../../record/ItemCard';
import { useScope } from '../../record/useScope';
import { useVaultData } from '../../vault/useSession';
import { listItems } from '../../../../shared/record/item-store';

/** Allergies first and impossible to miss: the most severe at the top. */
const SEVERITY_ORDER = ['lifeThreatening', 'severe', 'moderate', 'mild', 'unknown'] as const;

export function AllergyList(): ReactNode {
  const { t } = useTranslation('allergies');
  const { personId } = useScope();
  const items = useVaultData((session) =>
    listItems(session, 'allergy', personId ?? undefined).sort(
      (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.substance.localeCompare(b.substance),
    ),
  );
  return (
    <AreaListScreen
      area="allergies"
      title={t('title')}
      addLabel={t('add')}
      items={items}
      emptyText={t('empty')}
      renderItem={(allergy) => (
        <ItemCard area="allergies" item={allergy} name={allergy.substance} badge={t(`severities.${allergy.severity}`)}>
          {allergy.reaction ? <p>{allergy.reaction}</p> : null}
          <p className="muted">
            {t(`kinds.${allergy.type}`)} · {t(`categories.${allergy.category}`)}
          </p>
        </ItemCard>
      )}
    />
  );
}
