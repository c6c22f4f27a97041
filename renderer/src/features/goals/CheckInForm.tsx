import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { Alert } from '../../components/Alert';
import { TextAreaField, TextField } from '../../record/fields/FormFields';
import { useSession } from '../../vault/useSession';
import { errorMessage } from '../../vault/error-message';
import { saveItem } from '../../../../shared/record/item-store';
import { newId } from '../../../../shared/model/ids';
import { todayIso } from '../../../../shared/model/dates';
import { GOAL_PROGRESS, goalCheckInInputSchema, type Goal } from '../../../../shared/model/goal';
import { withCheckIn } from '../../../../shared/record/goals/check-in';

type CheckInValues = z.output<typeof goalCheckInInputSchema>;

interface CheckInFormProps {
  goal: Goal;
  onSaved: () => void;
  onCancel: () => void;
}

/** The small "Add check-in" form on a goal's page: the day (today), how it is going, a note. */
export function CheckInForm({ goal, onSaved, onCancel }: CheckInFormProps): ReactNode {
  const { t } = useTranslation('goals');
  const { t: tc } = useTranslation();
  const session = useSession();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<CheckInValues>({
    resolver: zodResolver(goalCheckInInputSchema),
    defaultValues: { date: todayIso(), progress: 'same', note: '' },
  });
  // Keyboard and screen-reader users land at the start of the form that just opened.
  useEffect(() => heading.current?.focus(), []);
  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await saveItem(session, 'goal', goal.personId, withCheckIn(goal, { id: newId(), ...values }), goal.id);
      onSaved();
    } catch (error) {
      setFailure(errorMessage(tc, error));
    }
  });
  return (
    <form className="card checkin-form" aria-labelledby={headingId} onSubmit={(event) => void submit(event)} noValidate>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t('checkIns.formHeading')}
      </h3>
      <TextField form={form} name="date" type="date" label={t('checkIns.date')} required />
      <fieldset className="radio-group">
        <legend>{t('checkIns.progress')}</legend>
        {GOAL_PROGRESS.map((value) => (
          <label key={value} className="radio-option">
            <input type="radio" value={value} {...form.register('progress')} />
            {t(`checkIns.progressOptions.${value}`)}
          </label>
        ))}
      </fieldset>
      <TextAreaField form={form} name="note" label={t('checkIns.note')} help={t('checkIns.noteHelp')} />
      {failure ? <Alert>{failure}</Alert> : null}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={form.formState.isSubmitting}>
          {t('checkIns.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('checkIns.cancel')}
        </button>
      </div>
    </form>
  );
}
