import type { ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { dateSchemaIsValid } from './date-valid';
import { refillStatus } from '../../../../../shared/record/medication-refill';
import { formatCalendarDate } from '../../../i18n/format-date';
import { FieldGroup, NumberField, TextField } from '../../../record/fields/FormFields';
import type { MedicineFormApi } from './form-types';

/** Last fill, days' supply and refills left — and the next refill date worked out from them. */
export function RefillFields({ form }: { form: MedicineFormApi }): ReactNode {
  const { t, i18n } = useTranslation('medications');
  const [lastFillDate, daysSupply, refillsLeft] = useWatch({ control: form.control, name: ['lastFillDate', 'daysSupply', 'refillsLeft'] });
  const wholeOrNull = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null);
  const refill = refillStatus({
    lastFillDate: dateSchemaIsValid(lastFillDate) ? lastFillDate : '',
    daysSupply: wholeOrNull(daysSupply),
    refillsLeft: typeof refillsLeft === 'number' ? refillsLeft : null,
  });
  return (
    <FieldGroup legend={t('sections.refills')}>
      <TextField form={form} name="lastFillDate" type="date" label={t('lastFillDate')} />
      <NumberField form={form} name="daysSupply" label={t('daysSupply')} min={1} max={400} step={1} />
      <NumberField form={form} name="refillsLeft" label={t('refillsLeft')} help={t('refillsLeftHelp')} min={0} max={99} step={1} />
      {/* Read out as it changes, so the date is heard without leaving the fields. */}
      <p aria-live="polite">{refill.nextRefillDate ? t('nextRefill', { date: formatCalendarDate(refill.nextRefillDate, i18n.language) }) : t('nextRefillUnknown')}</p>
      {refill.needsNewPrescription ? <p className="medicine-warning">{t('noRefillsLeft')}</p> : null}
    </FieldGroup>
  );
}
