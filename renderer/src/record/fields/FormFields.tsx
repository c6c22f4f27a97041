import type { ReactNode } from 'react';
import { useId } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { Field } from '../../components/Field';
import { validationMessage } from '../../i18n/validation-message';

/**
 * Form fields wired to react-hook-form and to the schema's translated messages. Every
 * field has a visible label, optional help, and its error read out with it.
 */
interface BaseProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: string;
  help?: string;
  required?: boolean;
}

function errorOf<T extends FieldValues>(form: UseFormReturn<T>, name: Path<T>): string | undefined {
  let node: unknown = form.formState.errors;
  for (const part of name.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return validationMessage((node as { message?: string } | undefined)?.message);
}

export function TextField<T extends FieldValues>({
  form,
  name,
  label,
  help,
  required,
  type = 'text',
  autoComplete = 'off',
  className,
}: BaseProps<T> & { type?: 'text' | 'email' | 'tel' | 'url' | 'date' | 'datetime-local' | 'time'; autoComplete?: string; className?: string }): ReactNode {
  return (
    <Field label={label} help={help} error={errorOf(form, name)}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type={type}
          className={className}
          autoComplete={autoComplete}
          aria-required={required || undefined}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          {...form.register(name)}
        />
      )}
    </Field>
  );
}

export function TextAreaField<T extends FieldValues>({ form, name, label, help, rows = 3 }: BaseProps<T> & { rows?: number }): ReactNode {
  return (
    <Field label={label} help={help} error={errorOf(form, name)}>
      {({ id, describedBy, invalid }) => <textarea id={id} rows={rows} aria-describedby={describedBy} aria-invalid={invalid} {...form.register(name)} />}
    </Field>
  );
}

/** A number input whose empty value is null, so "not given" never becomes 0. */
export function NumberField<T extends FieldValues>({
  form,
  name,
  label,
  help,
  required,
  min,
  max,
  step = 'any',
}: BaseProps<T> & { min?: number; max?: number; step?: number | 'any' }): ReactNode {
  return (
    <Field label={label} help={help} error={errorOf(form, name)}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="number"
          inputMode="decimal"
          className="short"
          min={min}
          max={max}
          step={step}
          aria-required={required || undefined}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          {...form.register(name, { setValueAs: (value: unknown) => (value === '' || value === null ? null : Number(value)) })}
        />
      )}
    </Field>
  );
}

export function SelectField<T extends FieldValues>({
  form,
  name,
  label,
  help,
  options,
}: BaseProps<T> & { options: readonly { value: string; label: string }[] }): ReactNode {
  return (
    <Field label={label} help={help} error={errorOf(form, name)}>
      {({ id, describedBy, invalid }) => (
        <select id={id} aria-describedby={describedBy} aria-invalid={invalid} {...form.register(name)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxField<T extends FieldValues>({ form, name, label, help }: BaseProps<T>): ReactNode {
  const id = useId();
  const helpId = `${id}-help`;
  return (
    <div className="checkbox">
      <input id={id} type="checkbox" aria-describedby={help ? helpId : undefined} {...form.register(name)} />
      <label htmlFor={id}>{label}</label>
      {help ? (
        <span id={helpId} className="field-help">
          {help}
        </span>
      ) : null}
    </div>
  );
}

/** A group of related fields with a visible legend. */
export function FieldGroup({ legend, children }: { legend: string; children: ReactNode }): ReactNode {
  return (
    <fieldset className="field-group">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}
