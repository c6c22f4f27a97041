import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ItemFormScreen } from '../../record/ItemFormScreen';
import { FieldGroup, NumberField, SelectField, TextAreaField, TextField } from '../../record/fields/FormFields';
import { useItemForm } from '../../record/useItemForm';
import { useNavigation } from '../../app/navigation';
import { goalInputSchema, TARGET_COMPARATORS } from '../../../../shared/model/goal';
import { measurementTypeSchema } from '../../../../shared/model/measurement';
import { unitsFor } from '../../../../shared/record/measurements/units';
import { useMeasurementWords } from '../measurements/measurement-words';

/** A goal in the person's own words, with an optional number to follow and how often to check in. */
export function GoalForm({ itemId }: { itemId?: string }): ReactNode {
  const { t } = useTranslation('goals');
  const words = useMeasurementWords();
  const { go } = useNavigation();
  const { form, existing, onSubmit, failure, needsPerson } = useItemForm({
    kind: 'goal',
    area: 'goals',
    itemId,
    // A target unit that a type fixes (A1C is %) is written for it; one left from another type is dropped.
    beforeSave: (goal) => {
      const units = unitsFor(goal.measureType === '' ? 'custom' : goal.measureType);
      const keepsUnit = goal.measureType === 'custom' || (units !== null && units.includes(goal.targetUnit));
      return {
        ...goal,
        measureName: goal.measureType === 'custom' ? goal.measureName : '',
        targetValue2: goal.measureType === 'bloodPressure' ? goal.targetValue2 : null,
        targetUnit: goal.measureType === '' ? '' : keepsUnit ? goal.targetUnit : (units?.[0] ?? ''),
      };
    },
    after: (saved) => go({ name: 'item', area: 'goals', personId: saved.personId, itemId: saved.id }),
  });
  const measureType = form.watch('measureType') ?? '';
  const units = measureType === '' ? null : unitsFor(measureType);
  const targetUnit = form.watch('targetUnit') ?? '';
  // A measure with a choice of units always shows one chosen (kg for a new weight goal), never a blank select.
  useEffect(() => {
    if (units && units.length > 1 && !units.includes(targetUnit)) form.setValue('targetUnit', units[0]!);
  }, [units, targetUnit, form]);
  const fixedUnit = units?.length === 1 && units[0] && measureType !== 'bloodPressure' ? units[0] : null;

  // The schema cannot tie a custom measure to its name (it must stay a plain object), so the form does.
  const submit = async (event?: React.BaseSyntheticEvent): Promise<void> => {
    event?.preventDefault();
    const values = form.getValues();
    if (values.measureType === 'custom' && (values.measureName ?? '').trim() === '') {
      await form.trigger();
      form.setError('measureName', { message: 'goal.measureNameRequired' }, { shouldFocus: true });
      return;
    }
    await onSubmit(event);
  };

  return (
    <ItemFormScreen
      area="goals"
      title={existing ? t('editTitle', { name: existing.statement }) : t('addTitle')}
      form={form}
      onSubmit={submit}
      failure={failure}
      needsPerson={needsPerson}
    >
      <TextField form={form} name="statement" label={t('statement')} help={t('statementHelp')} required />
      <TextAreaField form={form} name="whyItMatters" label={t('whyItMatters')} help={t('whyItMattersHelp')} rows={2} />
      <FieldGroup legend={t('measureGroup')}>
        <SelectField
          form={form}
          name="measureType"
          label={t('measureType')}
          options={[{ value: '', label: t('noMeasure') }, ...measurementTypeSchema.options.map((value) => ({ value, label: t(`measureTypes.${value}`) }))]}
        />
        {measureType === 'custom' ? <TextField form={form} name="measureName" label={t('measureName')} help={t('measureNameHelp')} required /> : null}
        {measureType !== '' ? (
          <>
            <SelectField
              form={form}
              name="targetComparator"
              label={t('targetComparator')}
              options={TARGET_COMPARATORS.map((value) => ({ value, label: t(`comparatorOptions.${value}`) }))}
            />
            <NumberField
              form={form}
              name="targetValue"
              label={measureType === 'bloodPressure' ? `${t('targetTop')} (mmHg)` : fixedUnit ? `${t('targetValue')} (${fixedUnit})` : t('targetValue')}
              help={t('targetValueHelp')}
              {...(measureType === 'pain' ? { min: 0, max: 10, step: 1 } : {})}
            />
            {measureType === 'bloodPressure' ? <NumberField form={form} name="targetValue2" label={`${t('targetBottom')} (mmHg)`} /> : null}
            {units && units.length > 1 ? (
              <SelectField form={form} name="targetUnit" label={t('targetUnit')} options={units.map((unit) => ({ value: unit, label: words.unitName(unit) }))} />
            ) : null}
            {measureType === 'custom' ? <TextField form={form} name="targetUnit" label={t('targetUnit')} help={t('customUnitHelp')} /> : null}
          </>
        ) : null}
      </FieldGroup>
      <TextField form={form} name="targetDate" type="date" label={t('targetDate')} help={t('targetDateHelp')} />
      <SelectField
        form={form}
        name="status"
        label={t('status')}
        options={goalInputSchema.shape.status.unwrap().options.map((value) => ({ value, label: t(`statuses.${value}`) }))}
      />
      <TextField form={form} name="helpers" label={t('helpers')} help={t('helpersHelp')} />
      <NumberField form={form} name="checkInEveryDays" label={t('checkInEveryDays')} help={t('checkInEveryDaysHelp')} required min={1} max={365} step={1} />
      <TextAreaField form={form} name="notes" label={t('notes')} />
    </ItemFormScreen>
  );
}
