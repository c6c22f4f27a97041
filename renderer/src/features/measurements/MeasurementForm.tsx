import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ItemFormScreen } from '../../record/ItemFormScreen';
import { NumberField, SelectField, TextAreaField, TextField } from '../../record/fields/FormFields';
import { useItemForm } from '../../record/useItemForm';
import { useScope } from '../../record/useScope';
import { useNavigation } from '../../app/navigation';
import { useSession } from '../../vault/useSession';
import { listItems } from '../../../../shared/record/item-store';
import { measurementTypeSchema, type MeasurementType } from '../../../../shared/model/measurement';
import { preferredUnit, seriesKeyOf, typeOfKey } from '../../../../shared/record/measurements/series';
import { normalizeUnit, unitsFor } from '../../../../shared/record/measurements/units';
import { nowLocalMinute, rememberedSeries, rememberSeries } from './chart-choice';
import { useMeasurementWords } from './measurement-words';

/** Quick entry of one reading: the kind, when (now unless changed), the number(s) and the unit. */
export function MeasurementForm({ itemId }: { itemId?: string }): ReactNode {
  const { t } = useTranslation('measurements');
  const words = useMeasurementWords();
  const session = useSession();
  const { personId } = useScope();
  const { go } = useNavigation();
  const remembered = rememberedSeries();
  const startType: MeasurementType = remembered.key ? typeOfKey(remembered.key) : 'bloodPressure';
  // The unit this person used last for this kind (lb stays lb), else the usual one.
  const unitFor = (type: MeasurementType, customName = ''): string =>
    preferredUnit(listItems(session, 'measurement', personId ?? undefined), seriesKeyOf({ type, customName }));
  const { form, existing, onSubmit, failure, needsPerson } = useItemForm({
    kind: 'measurement',
    area: 'measurements',
    itemId,
    defaults: { type: startType, customName: remembered.customName, takenAt: nowLocalMinute(), unit: unitFor(startType, remembered.customName) },
    // Fields of another type, left from switching types, are not kept.
    beforeSave: (item) => {
      const single = unitsFor(item.type);
      return {
        ...item,
        value2: item.type === 'bloodPressure' ? item.value2 : null,
        customName: item.type === 'custom' ? item.customName : '',
        unit: single && single.length === 1 ? single[0]! : item.unit,
      };
    },
    after: (saved) => {
      rememberSeries(seriesKeyOf(saved), saved.customName);
      go({ name: 'area', area: 'measurements', personId });
    },
  });
  const type = form.watch('type');
  const previousType = useRef(type);
  useEffect(() => {
    if (previousType.current === type) return;
    previousType.current = type;
    form.setValue('unit', type === 'custom' ? '' : unitFor(type));
    if (type !== 'bloodPressure') form.setValue('value2', null);
    // unitFor reads the vault at the moment of the change; it is not a dependency.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [type, form]);
  const units = unitsFor(type);
  const unit = form.watch('unit') ?? '';
  // "lbs" from an import is shown as "lb"; a unit we do not know stays, offered as written, never swapped for another.
  useEffect(() => {
    const normal = normalizeUnit(unit);
    if (units && normal !== unit && units.includes(normal)) form.setValue('unit', normal);
  }, [units, unit, form]);
  const unitOptions = units && units.length > 1 ? (units.includes(unit) || unit === '' ? units : [...units, unit]) : null;
  const fixedUnit = units && units.length === 1 && units[0] ? units[0] : null;
  const title = existing
    ? t('editTitle', { name: words.measureName(existing.type, existing.customName) })
    : t('addTitle');
  return (
    <ItemFormScreen area="measurements" title={title} form={form} onSubmit={onSubmit} failure={failure} needsPerson={needsPerson}>
      <SelectField
        form={form}
        name="type"
        label={t('type')}
        options={measurementTypeSchema.options.map((value) => ({ value, label: t(`types.${value}`) }))}
      />
      {type === 'custom' ? <TextField form={form} name="customName" label={t('customName')} help={t('customNameHelp')} required /> : null}
      <TextField form={form} name="takenAt" type="datetime-local" label={t('takenAt')} help={t('takenAtHelp')} required />
      <NumberField
        form={form}
        name="value"
        label={fixedUnit ? `${t(`valueLabels.${type}`)} (${fixedUnit})` : t(`valueLabels.${type}`)}
        help={t(`valueHelp.${type}`)}
        required
        min={0}
        {...(type === 'pain' ? { max: 10, step: 1 } : {})}
      />
      {type === 'bloodPressure' ? <NumberField form={form} name="value2" label={`${t('value2')} (mmHg)`} help={t('value2Help')} required min={0} /> : null}
      {unitOptions ? (
        <SelectField form={form} name="unit" label={t('unit')} options={unitOptions.map((option) => ({ value: option, label: words.unitName(option) }))} />
      ) : null}
      {type === 'custom' ? <TextField form={form} name="unit" label={t('unit')} help={t('customUnitHelp')} /> : null}
      <TextField form={form} name="context" label={t('context')} help={t('contextHelp')} />
      <TextAreaField form={form} name="notes" label={t('notes')} />
    </ItemFormScreen>
  );
}
