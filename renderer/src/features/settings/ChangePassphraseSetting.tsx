import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Field } from '../../components/Field';
import { Alert } from '../../components/Alert';
import { NewPassphraseFields, newPassphraseSchema, type NewPassphraseValues } from '../../components/NewPassphraseFields';
import { useVault } from '../../vault/VaultProvider';
import { errorMessage } from '../../vault/error-message';
import { validationMessage } from '../../i18n/validation-message';

const schema = z.intersection(z.object({ current: z.string().min(1, 'passphrase.errors.required') }), newPassphraseSchema);
type Values = NewPassphraseValues & { current: string };

/** Change the passphrase: proves the current one, then re-wraps the data key. */
export function ChangePassphraseSetting(): ReactNode {
  const { t } = useTranslation();
  const { changePassphrase } = useVault();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { current: '', passphrase: '', confirm: '' } });
  const busy = form.formState.isSubmitting;
  const onSubmit = form.handleSubmit(async ({ current, passphrase }) => {
    setMessage(null);
    try {
      await changePassphrase({ kind: 'passphrase', value: current }, passphrase);
      form.reset();
      setMessage({ tone: 'success', text: t('settings.changeDone') });
    } catch (error) {
      setMessage({ tone: 'error', text: errorMessage(t, error) });
    }
  });
  return (
    <section className="card" aria-labelledby="change-heading">
      <h2 id="change-heading">{t('settings.changeTitle')}</h2>
      <form onSubmit={onSubmit} noValidate>
        <Field label={t('settings.currentLabel')} error={validationMessage(form.formState.errors.current?.message)}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="password" autoComplete="current-password" spellCheck={false} aria-describedby={describedBy} aria-invalid={invalid} {...form.register('current')} />
          )}
        </Field>
        <NewPassphraseFields form={form as never} label={t('settings.newLabel')} confirmLabel={t('settings.confirmLabel')} />
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
        {busy ? <p role="status">{t('settings.changeBusy')}</p> : null}
        <button type="submit" className="button" disabled={busy}>
          {t('settings.changeSubmit')}
        </button>
      </form>
    </section>
  );
}
