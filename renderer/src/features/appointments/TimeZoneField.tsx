import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { computerTimeZone } from '../../../../shared/record/appointments/zoned-time';
import { SelectField } from '../../record/fields/FormFields';
import { COMMON_TIME_ZONES, timeZoneLabel } from './appointment-text';
import type { AppointmentFormApi } from './form-values';

/**
 * The zone of the place of the visit: this computer's zone first, then common ones, and
 * the saved zone if it is none of these (an imported visit, say), so it is never lost.
 */
export function TimeZoneField({ form }: { form: AppointmentFormApi }): ReactNode {
  const { t, i18n } = useTranslation('appointments');
  const here = computerTimeZone();
  const current = form.getValues('timeZone') ?? here;
  const zones = [...new Set([here, current, ...COMMON_TIME_ZONES])];
  const options = zones.map((zone) => ({
    value: zone,
    label: zone === here ? t('form.thisComputer', { zone: timeZoneLabel(zone, i18n.language) }) : timeZoneLabel(zone, i18n.language),
  }));
  return <SelectField form={form} name="timeZone" label={t('form.timeZone')} help={t('form.timeZoneHelp')} options={options} />;
}
