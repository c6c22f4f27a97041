import { useState, type ReactNode } from 'react';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { Field } from '../../components/Field';
import { parseCodes } from './codes-text';

interface Props<T extends FieldValues> {
  control: Control<T>;
  /** A field holding a list of codes (string[]). */
  name: Path<T>;
  label: string;
}

/**
 * One kind of code typed as plain text ("I10" or "I10, E11.9") and kept as a list. The text
 * is held here as typed, so a comma being typed is not swallowed before the next code.
 */
export function CodesField<T extends FieldValues>({ control, name, label }: Props<T>): ReactNode {
  const { field } = useController({ control, name });
  const [text, setText] = useState(() => ((field.value as string[] | undefined) ?? []).join(', '));
  return (
    <Field label={label}>
      {({ id, describedBy }) => (
        <input
          id={id}
          type="text"
          className="code-input"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={describedBy}
          name={field.name}
          ref={field.ref}
          value={text}
          onBlur={field.onBlur}
          onChange={(event) => {
            setText(event.target.value);
            field.onChange(parseCodes(event.target.value));
          }}
        />
      )}
    </Field>
  );
}
