import { useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';
import { fieldError } from './field-error';
import type { MedicineFormApi } from './form-types';

/** Times of day, one input each, with Add and Remove; at least one stays. */
export function SetTimesField({ form, times }: { form: MedicineFormApi; times: readonly string[] }): ReactNode {
  const { t } = useTranslation('medications');
  const id = useId();
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const focusInput = (index: number): void => {
    // The input exists after the next render.
    requestAnimationFrame(() => inputs.current[index]?.focus());
  };
  const errors = form.formState.errors;
  const listError = fieldError(errors, 'timing.times');
  const update = (next: string[]): void =>
    form.setValue('timing', { kind: 'setTimes', times: next }, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
  const add = (): void => {
    update([...times, '']);
    focusInput(times.length);
  };
  return (
    <fieldset className="field-group" aria-describedby={listError ? `${id}-error` : undefined}>
      <legend>{t('setTimes')}</legend>
      {times.map((time, index) => (
        <div className="time-row" key={index}>
          <Field label={t('time', { number: index + 1 })} error={fieldError(errors, `timing.times.${index}`)}>
            {({ id: inputId, describedBy, invalid }) => (
              <input
                ref={(element) => {
                  inputs.current[index] = element;
                }}
                id={inputId}
                type="time"
                value={time}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(event) => update(times.map((old, i) => (i === index ? event.target.value : old)))}
              />
            )}
          </Field>
          {times.length > 1 ? (
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                update(times.filter((_, i) => i !== index));
                focusInput(Math.max(0, index - 1));
              }}
            >
              {t('removeTime', { number: index + 1 })}
            </button>
          ) : null}
        </div>
      ))}
      {listError ? (
        <p id={`${id}-error`} className="field-error">
          {listError}
        </p>
      ) : null}
      <button type="button" className="button" onClick={add}>
        {t('addTime')}
      </button>
    </fieldset>
  );
}
