import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import type { ChecklistProposal } from '../../../../shared/record/hospital-stays/checklist';

/** One proposed item being reviewed. owner: 'me', 'someoneElse' or a care-team member's id. */
export interface Draft {
  proposal: ChecklistProposal;
  selected: boolean;
  owner: string;
  otherName: string;
  dueDate: string;
}

interface Props {
  id: string;
  title: string;
  notes: string;
  draft: Draft;
  ownerOptions: readonly { value: string; label: string }[];
  nameMissing: boolean;
  onChange: (change: Partial<Draft>) => void;
}

/**
 * A tick box named by the task, a line on why it matters, then who and by when. The group
 * takes the task's name, so "Who will do it?" is heard with the task it belongs to.
 */
export function ChecklistItemFields({ id, title, notes, draft, ownerOptions, nameMissing, onChange }: Props): ReactNode {
  const { t } = useTranslation('hospitalStays');
  const off = !draft.selected;
  return (
    <div role="group" aria-labelledby={`${id}-title`} className={`card checklist-item${off ? ' checklist-item-off' : ''}`}>
      <div className="checkbox checklist-check">
        <input id={`${id}-check`} type="checkbox" checked={draft.selected} aria-describedby={`${id}-notes`} onChange={(event) => onChange({ selected: event.target.checked })} />
        <label htmlFor={`${id}-check`} id={`${id}-title`}>
          {title}
        </label>
      </div>
      <p id={`${id}-notes`} className="field-help">
        {notes}
      </p>
      <div className="checklist-fields">
        <Field label={t('checklist.owner')}>
          {({ id: selectId }) => (
            <select id={selectId} value={draft.owner} disabled={off} onChange={(event) => onChange({ owner: event.target.value })}>
              {ownerOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        {draft.owner === 'someoneElse' ? (
          <Field label={t('checklist.ownerName')} error={nameMissing ? t('checklist.ownerNameRequired') : undefined}>
            {({ id: nameId, describedBy, invalid }) => (
              <input
                id={nameId}
                type="text"
                autoComplete="off"
                value={draft.otherName}
                disabled={off}
                aria-required
                aria-invalid={invalid}
                aria-describedby={describedBy}
                onChange={(event) => onChange({ otherName: event.target.value })}
              />
            )}
          </Field>
        ) : null}
        <Field label={t('checklist.dueDate')}>
          {({ id: dateId }) => (
            <input id={dateId} type="date" value={draft.dueDate} disabled={off} onChange={(event) => onChange({ dueDate: event.target.value })} />
          )}
        </Field>
      </div>
    </div>
  );
}
