import { useId, type ReactElement, type ReactNode } from 'react';

interface FieldProps {
  label: string;
  help?: string | undefined;
  error?: string | undefined;
  /** Renders the control, wired to the label, help and error. */
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactElement;
  extra?: ReactNode;
}

/** A label, the control, a help line and an error line, connected for screen readers. */
export function Field({ label, help, error, children, extra }: FieldProps): ReactNode {
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = [help ? helpId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {help ? (
        <p id={helpId} className="field-help">
          {help}
        </p>
      ) : null}
      {children({ id, describedBy, invalid: Boolean(error) })}
      {extra}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
