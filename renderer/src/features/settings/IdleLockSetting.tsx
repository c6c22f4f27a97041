import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Field } from '../../components/Field';
import { Alert } from '../../components/Alert';
import { useSession } from '../../vault/useSession';
import { errorMessage } from '../../vault/error-message';
import { validationMessage } from '../../i18n/validation-message';
import { preferencesSchema, IDLE_LOCK_MINUTES } from '../../../../shared/model/settings';
import { readPreferences, savePreferences } from '../../../../shared/settings/preferences-store';

const formSchema = z.object({ idleLockMinutes: z.coerce.number<string>().pipe(preferencesSchema.shape.idleLockMinutes.unwrap()) });

/** How many idle minutes before the app locks itself (1–60, default 5). */
export function IdleLockSetting(): ReactNode {
  const { t } = useTranslation();
  const session = useSession();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const { register, handleSubmit, formState } = useForm<{ idleLockMinutes: string }, unknown, { idleLockMinutes: number }>({
    resolver: zodResolver(formSchema),
    defaultValues: { idleLockMinutes: String(readPreferences(session).idleLockMinutes) },
  });
  const onSubmit = handleSubmit(async ({ idleLockMinutes }) => {
    try {
      const saved = await savePreferences(session, { idleLockMinutes });
      setMessage({ tone: 'success', text: t('settings.idleSaved', { count: saved.idleLockMinutes }) });
    } catch (error) {
      setMessage({ tone: 'error', text: errorMessage(t, error) });
    }
  });
  return (
    <section className="card" aria-labelledby="idle-heading">
      <h2 id="idle-heading">{t('settings.idleTitle')}</h2>
      <form onSubmit={onSubmit} noValidate>
        <Field label={t('settings.idleLabel')} help={t('settings.idleHelp')} error={validationMessage(formState.errors.idleLockMinutes?.message)}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="number"
              inputMode="numeric"
              min={IDLE_LOCK_MINUTES.min}
              max={IDLE_LOCK_MINUTES.max}
              step={1}
              className="short"
              aria-describedby={describedBy}
              aria-invalid={invalid}
              {...register('idleLockMinutes', { onChange: () => setMessage(null) })}
            />
          )}
        </Field>
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
        <button type="submit" className="button">
          {t('settings.idleSave')}
        </button>
      </form>
    </section>
  );
}
