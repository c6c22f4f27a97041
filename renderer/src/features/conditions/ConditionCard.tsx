import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ItemCard } from '../../record/ItemCard';
import type { Condition } from '../../../../shared/model/condition';
import { conditionTitle } from '../../../../shared/record/conditions/display-name';
import { formatSince } from './format-since';

/** "High blood pressure (Essential hypertension)", since when, and any codes for clinicians. */
export function ConditionCard({ condition }: { condition: Condition }): ReactNode {
  const { t, i18n } = useTranslation('conditions');
  const codes = [...condition.codes.icd10, ...condition.codes.snomed];
  return (
    <ItemCard area="conditions" item={condition} name={conditionTitle(condition, i18n.language)} badge={t(`badges.${condition.status}`)}>
      {condition.since ? <p>{t('sinceLine', { date: formatSince(condition.since, i18n.language) })}</p> : null}
      {codes.length > 0 ? <p className="muted">{t('codesLine', { codes: codes.join(', ') })}</p> : null}
    </ItemCard>
  );
}
