import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { questionInputSchema } from '../../../../shared/model/question';
import { listItems } from '../../../../shared/record/item-store';
import { Field } from '../../components/Field';
import { FieldGroup } from '../../record/fields/FormFields';
import { validationMessage } from '../../i18n/validation-message';
import { useVaultData } from '../../vault/useSession';
import type { AppointmentFormApi } from './form-values';

interface Props {
  form: AppointmentFormApi;
  personId: string;
  appointmentId: string | undefined;
  /** Questions typed here, saved as question items together with the appointment. */
  newQuestions: readonly string[];
  onNewQuestionsChange: (questions: string[]) => void;
}

/** Tick questions from the Questions list, or write a new one right here. */
export function QuestionsToAsk({ form, personId, appointmentId, newQuestions, onNewQuestionsChange }: Props): ReactNode {
  const { t } = useTranslation('appointments');
  const baseId = useId();
  const questions = useVaultData((session) => (personId ? listItems(session, 'question', personId) : []));
  const chosen = form.watch('questionIds') ?? [];
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [added, setAdded] = useState('');
  const candidates = questions
    .filter((q) => q.status === 'open' || chosen.includes(q.id) || (appointmentId !== undefined && q.appointmentId === appointmentId))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const toggle = (id: string, on: boolean): void =>
    form.setValue('questionIds', on ? [...chosen, id] : chosen.filter((other) => other !== id), { shouldDirty: true });
  const add = (): void => {
    const parsed = questionInputSchema.shape.text.safeParse(draft);
    if (!parsed.success) {
      setError(validationMessage(parsed.error.issues[0]?.message));
      return;
    }
    onNewQuestionsChange([...newQuestions, parsed.data]);
    setDraft('');
    setError(undefined);
    setAdded(parsed.data);
  };
  const choice = (key: string, label: string, checked: boolean, onChange: (on: boolean) => void): ReactNode => (
    <li key={key}>
      <div className="checkbox">
        <input id={`${baseId}-${key}`} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
        <label htmlFor={`${baseId}-${key}`}>{label}</label>
      </div>
    </li>
  );
  const elsewhere = (q: (typeof questions)[number]): boolean => q.appointmentId !== '' && q.appointmentId !== appointmentId && !chosen.includes(q.id);
  return (
    <FieldGroup legend={t('questionsToAsk')}>
      <p className="field-help">{candidates.length + newQuestions.length > 0 ? t('form.questionsHelp') : t('form.noOpenQuestions')}</p>
      {candidates.length + newQuestions.length > 0 ? (
        <ul className="question-choices">
          {candidates.map((q) =>
            choice(q.id, elsewhere(q) ? t('form.linkedElsewhere', { text: q.text }) : q.text, chosen.includes(q.id), (on) => toggle(q.id, on)),
          )}
          {newQuestions.map((text, index) =>
            choice(`new-${index}`, text, true, () => onNewQuestionsChange(newQuestions.filter((_, other) => other !== index))),
          )}
        </ul>
      ) : null}
      <div className="new-question">
        <Field label={t('form.newQuestion')} help={t('form.newQuestionHelp')} error={error}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="text"
              autoComplete="off"
              value={draft}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={(event) => {
                // Enter adds the question here instead of saving the whole appointment.
                if (event.key === 'Enter') {
                  event.preventDefault();
                  add();
                }
              }}
            />
          )}
        </Field>
        <button type="button" className="button" onClick={add}>
          {t('form.addNewQuestion')}
        </button>
      </div>
      <p role="status" className="muted">
        {added ? t('form.newQuestionAdded', { text: added }) : ''}
      </p>
    </FieldGroup>
  );
}
