import { useId, type ReactNode } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: string;
  help?: string;
}

interface ChoiceGroupProps<T extends string> {
  legend: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
}

/**
 * A set of radio buttons under a legend. Each choice is named by its label alone (a help line
 * describes it), so "Medication list" is what a screen reader says and what tests look for.
 */
export function ChoiceGroup<T extends string>({ legend, choices, value, onChange }: ChoiceGroupProps<T>): ReactNode {
  const id = useId();
  return (
    <fieldset className="field-group choice-group">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <div className="checkbox" key={choice.value}>
          <input
            id={`${id}-${choice.value}`}
            type="radio"
            name={id}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
            aria-describedby={choice.help ? `${id}-${choice.value}-help` : undefined}
          />
          <label htmlFor={`${id}-${choice.value}`}>{choice.label}</label>
          {choice.help ? (
            <p id={`${id}-${choice.value}-help`} className="field-help">
              {choice.help}
            </p>
          ) : null}
        </div>
      ))}
    </fieldset>
  );
}
