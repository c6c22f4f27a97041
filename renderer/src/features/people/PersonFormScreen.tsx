import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { Field } from '../../components/Field';
import { Alert } from '../../components/Alert';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useNavigation } from '../../app/navigation';
import { useSession } from '../../vault/useSession';
import { errorMessage } from '../../vault/error-message';
import { validationMessage } from '../../i18n/validation-message';
import { getPerson, savePerson } from '../../../../shared/people/people-store';
import { personInputSchema, relationshipSchema } from '../../../../shared/model/person';
import { todayIso } from '../../../../shared/model/dates';
import { displayName } from './display-name';

type FormInput = z.input<typeof personInputSchema>;
type FormOutput = z.output<typeof personInputSchema>;

/** Add a person, or edit one when personId is given. */
export function PersonFormScreen({ personId }: { personId?: string }): ReactNode {
  const { t } = useTranslation();
  const session = useSession();
  const { go } = useNavigation();
  const existing = personId ? getPerson(session, personId) : undefined;
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(personInputSchema),
    defaultValues: {
      fullName: existing?.fullName ?? '',
      preferredName: existing?.preferredName ?? '',
      birthDate: existing?.birthDate ?? '',
      relationship: existing?.relationship ?? '',
      preferredLanguage: existing?.preferredLanguage ?? '',
      advanceDirectiveLocation: existing?.advanceDirectiveLocation ?? '',
      preferredHospital: existing?.preferredHospital ?? '',
    },
  });
  const errors = formState.errors;
  const cancel = (): void => go({ name: 'overview', personId: existing?.id ?? null });

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      const saved = await savePerson(session, values, existing?.id);
      go({ name: 'overview', personId: existing ? saved.id : null });
    } catch (error) {
      setFailure(errorMessage(t, error));
    }
  });

  return (
    <div className="screen narrow">
      <ScreenHeading>{existing ? t('person.editTitle', { name: displayName(existing) }) : t('person.addTitle')}</ScreenHeading>
      <form onSubmit={onSubmit} noValidate>
        <Field label={t('person.fullName')} help={t('person.fullNameHelp')} error={validationMessage(errors.fullName?.message)}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="text" autoComplete="off" aria-required="true" aria-describedby={describedBy} aria-invalid={invalid} {...register('fullName')} />
          )}
        </Field>
        <Field label={t('person.preferredName')} help={t('person.preferredNameHelp')} error={validationMessage(errors.preferredName?.message)}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="text" autoComplete="off" aria-describedby={describedBy} aria-invalid={invalid} {...register('preferredName')} />
          )}
        </Field>
        <Field label={t('person.birthDate')} error={validationMessage(errors.birthDate?.message)}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="date" max={todayIso()} aria-describedby={describedBy} aria-invalid={invalid} {...register('birthDate')} />
          )}
        </Field>
        <Field label={t('person.relationship')} error={validationMessage(errors.relationship?.message)}>
          {({ id, describedBy, invalid }) => (
            <select id={id} aria-describedby={describedBy} aria-invalid={invalid} {...register('relationship')}>
              <option value="">{t('person.relationshipNone')}</option>
              {relationshipSchema.options.map((option) => (
                <option key={option} value={option}>
                  {t(`person.relationships.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('person.preferredLanguage')} help={t('person.preferredLanguageHelp')} error={validationMessage(errors.preferredLanguage?.message)}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="text" autoComplete="off" aria-describedby={describedBy} aria-invalid={invalid} {...register('preferredLanguage')} />
          )}
        </Field>
        <Field label={t('person.advanceDirectiveLocation')} help={t('person.advanceDirectiveLocationHelp')} error={validationMessage(errors.advanceDirectiveLocation?.message)}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="text" autoComplete="off" aria-describedby={describedBy} aria-invalid={invalid} {...register('advanceDirectiveLocation')} />
          )}
        </Field>
        <Field label={t('person.preferredHospital')} help={t('person.preferredHospitalHelp')} error={validationMessage(errors.preferredHospital?.message)}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="text" autoComplete="off" aria-describedby={describedBy} aria-invalid={invalid} {...register('preferredHospital')} />
          )}
        </Field>
        {failure ? <Alert>{failure}</Alert> : null}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('person.saving') : t('person.save')}
          </button>
          <button type="button" className="button" onClick={cancel}>
            {t('person.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
