import type { ReactNode } from 'react';
import { useRef } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CareTeamMember } from '../../../../shared/model/care-team';
import type { Task } from '../../../../shared/model/task';
import { FieldGroup, TextAreaField, TextField } from '../../record/fields/FormFields';
import { MemberOrNameFields } from '../tasks/MemberOrNameFields';
import { useTaskText } from '../tasks/useTaskText';
import type { AppointmentFormApi } from './form-values';

interface Props {
  form: AppointmentFormApi;
  members: readonly CareTeamMember[];
  /** Tasks already made from this visit. */
  tasks: readonly Task[];
}

/** What happened, and what must happen next: each follow-up line becomes a task when saved. */
export function AfterVisitFields({ form, members, tasks }: Props): ReactNode {
  const { t } = useTranslation('appointments');
  const { t: tt } = useTranslation('tasks');
  const taskText = useTaskText();
  const addButton = useRef<HTMLButtonElement>(null);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'followUps' });
  return (
    <FieldGroup legend={t('afterVisit')}>
      <TextAreaField form={form} name="afterVisitNotes" label={t('afterVisitNotes')} help={t('afterVisitNotesHelp')} rows={5} />
      <p className="follow-ups-title">{t('followUps')}</p>
      <p className="field-help">{t('followUpsHelp')}</p>
      {tasks.length > 0 ? (
        <>
          <p>{t('alreadyTasks')}</p>
          <ul>
            {tasks.map((task) => (
              <li key={task.id}>{t('taskLine', { title: task.title, when: taskText.summary(task) })}</li>
            ))}
          </ul>
        </>
      ) : null}
      {fields.map((field, index) => (
        <FieldGroup key={field.id} legend={t('followUpNumber', { number: index + 1 })}>
          <TextField form={form} name={`followUps.${index}.title`} label={t('followUpTitle')} />
          <MemberOrNameFields
            form={form}
            idField={`followUps.${index}.ownerCareTeamMemberId`}
            nameField={`followUps.${index}.ownerName`}
            members={members}
            label={t('followUpOwner')}
            otherLabel={tt('form.ownerOther')}
            nameLabel={t('followUpOwnerName')}
            nameHelp={t('followUpOwnerNameHelp')}
          />
          <TextField form={form} name={`followUps.${index}.dueDate`} type="date" label={t('followUpDue')} />
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              remove(index);
              addButton.current?.focus();
            }}
          >
            {t('removeFollowUp', { number: index + 1 })}
          </button>
        </FieldGroup>
      ))}
      <div className="actions">
        <button
          ref={addButton}
          type="button"
          className="button"
          onClick={() => append({ title: '', ownerCareTeamMemberId: '', ownerName: '', dueDate: '' }, { shouldFocus: true, focusName: `followUps.${fields.length}.title` })}
        >
          {t('addFollowUp')}
        </button>
      </div>
    </FieldGroup>
  );
}
