import { useId, type ReactNode } from 'react';
import type { Person } from '../../../../shared/model/person';
import type { ImportedPerson } from '../../../../shared/import/bundle';
import { displayName } from '../people/display-name';
import { useProposalWords } from './proposal-words';

export type ImportTarget = { kind: 'person'; id: string } | { kind: 'new'; fullName: string; birthDate: string };

interface PersonChoiceProps {
  filePerson: ImportedPerson;
  people: readonly Person[];
  suggestedId: string | null;
  target: ImportTarget;
  onChange: (target: ImportTarget) => void;
  nameError: boolean;
}

/** Whose record the file goes to: everyone in the vault (the file's match first), or someone new. */
export function PersonChoice({ filePerson, people, suggestedId, target, onChange, nameError }: PersonChoiceProps): ReactNode {
  const { t, date } = useProposalWords();
  const id = useId();
  const ordered = [...people].sort((a, b) => Number(b.id === suggestedId) - Number(a.id === suggestedId));
  const newTarget = (): ImportTarget => ({ kind: 'new', fullName: filePerson.name.replace(/\d+/g, ''), birthDate: filePerson.birthDate });
  return (
    <fieldset className="import-person">
      <legend>{t('person.legend')}</legend>
      <p>
        {filePerson.name === ''
          ? t('person.noName')
          : filePerson.birthDate
            ? t('person.fromFileBorn', { name: filePerson.name, date: date(filePerson.birthDate) })
            : t('person.fromFile', { name: filePerson.name })}
      </p>
      {ordered.map((person) => (
        <div className="checkbox" key={person.id}>
          <input
            type="radio"
            id={`${id}-${person.id}`}
            name={`${id}-person`}
            checked={target.kind === 'person' && target.id === person.id}
            onChange={() => onChange({ kind: 'person', id: person.id })}
          />
          <label htmlFor={`${id}-${person.id}`}>{person.id === suggestedId ? t('person.suggested', { name: displayName(person) }) : displayName(person)}</label>
        </div>
      ))}
      <div className="checkbox">
        <input type="radio" id={`${id}-new`} name={`${id}-person`} checked={target.kind === 'new'} onChange={() => onChange(newTarget())} />
        <label htmlFor={`${id}-new`}>{t('person.newPerson')}</label>
      </div>
      {target.kind === 'new' ? (
        <div className="import-new-person">
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('person.fullName')}</label>
            <input
              id={`${id}-name`}
              type="text"
              autoComplete="off"
              value={target.fullName}
              aria-invalid={nameError}
              aria-describedby={nameError ? `${id}-name-error` : undefined}
              onChange={(event) => onChange({ ...target, fullName: event.target.value })}
            />
            {nameError ? (
              <p id={`${id}-name-error`} className="field-error">
                {t('review.newPersonNameRequired')}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor={`${id}-birth`}>{t('person.birthDate')}</label>
            <input id={`${id}-birth`} type="date" value={target.birthDate} onChange={(event) => onChange({ ...target, birthDate: event.target.value })} />
          </div>
        </div>
      ) : null}
    </fieldset>
  );
}
