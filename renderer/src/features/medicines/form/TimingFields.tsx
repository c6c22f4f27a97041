import { useId, useRef, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { WEEKDAYS, type Timing } from '../../../../../shared/model/medication';
import { NumberField } from '../../../record/fields/FormFields';
import { fieldError } from './field-error';
import type { MedicineFormApi } from './form-types';
import { SetTimesField } from './SetTimesField';

type TimingKind = Timing['kind'];
const KINDS = ['none', 'timesPerDay', 'setTimes', 'everyHours', 'daysOfWeek'] as const satisfies readonly TimingKind[];

/**
 * A new timing shape starts empty, never with a guessed number (NaN reads as "not given";
 * the sentence leaves it out and Save asks for it). Days of the week start at once a day,
 * which the question beside them shows.
 */
function freshTiming(kind: TimingKind): Timing {
  switch (kind) {
    case 'none':
      return { kind };
    case 'timesPerDay':
      return { kind, timesPerDay: Number.NaN };
    case 'setTimes':
      return { kind, times: [''] };
    case 'everyHours':
      return { kind, hours: Number.NaN };
    case 'daysOfWeek':
      return { kind, days: [], timesPerDay: 1 };
  }
}

/** How often: one of the shapes people are told, each with its own questions. */
export function TimingFields({ form }: { form: MedicineFormApi }): ReactNode {
  const { t } = useTranslation('medications');
  const id = useId();
  const timing = (useWatch({ control: form.control, name: 'timing' }) ?? { kind: 'none' }) as Timing;
  // What was typed for each shape, so trying another shape and coming back loses nothing.
  const remembered = useRef<Partial<Record<TimingKind, Timing>>>({});
  const choose = (kind: TimingKind): void => {
    remembered.current[timing.kind] = timing;
    form.setValue('timing', remembered.current[kind] ?? freshTiming(kind), { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
  };
  const daysError = fieldError(form.formState.errors, 'timing.days');
  return (
    <>
      <fieldset className="field-group">
        <legend>{t('timing')}</legend>
        {KINDS.map((kind) => (
          <div className="checkbox" key={kind}>
            <input id={`${id}-${kind}`} type="radio" name={`${id}-kind`} value={kind} checked={timing.kind === kind} onChange={() => choose(kind)} />
            <label htmlFor={`${id}-${kind}`}>{t(`timingKinds.${kind}`)}</label>
          </div>
        ))}
      </fieldset>
      {timing.kind === 'timesPerDay' ? <NumberField form={form} name="timing.timesPerDay" label={t('timesPerDay')} min={1} max={12} step={1} /> : null}
      {timing.kind === 'everyHours' ? <NumberField form={form} name="timing.hours" label={t('everyHours')} min={1} max={72} /> : null}
      {timing.kind === 'setTimes' ? <SetTimesField form={form} times={timing.times} /> : null}
      {timing.kind === 'daysOfWeek' ? (
        <>
          <fieldset className="field-group" aria-describedby={daysError ? `${id}-days-error` : undefined}>
            <legend>{t('days')}</legend>
            <div className="weekday-list">
              {WEEKDAYS.map((day) => (
                <div className="checkbox" key={day}>
                  <input id={`${id}-${day}`} type="checkbox" value={day} {...form.register('timing.days')} />
                  <label htmlFor={`${id}-${day}`}>{t(`weekdays.${day}`)}</label>
                </div>
              ))}
            </div>
            {daysError ? (
              <p id={`${id}-days-error`} className="field-error">
                {daysError}
              </p>
            ) : null}
          </fieldset>
          <NumberField form={form} name="timing.timesPerDay" label={t('daysTimes')} min={1} max={12} step={1} />
        </>
      ) : null}
    </>
  );
}
