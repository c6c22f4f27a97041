import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert } from '../../components/Alert';
import { NewPassphraseFields, newPassphraseSchema, type NewPassphraseValues } from '../../components/NewPassphraseFields';
import { useVault } from '../../vault/VaultProvider';
import { errorMessage } from '../../vault/error-message';

/** After opening with the recovery key: choose a passphrase to use from now on. */
export function NewPassphraseScreen({ recoveryKey }: { recoveryKey: string }): ReactNode {
  const { t } = useTranslation();
  const { changePassphrase, enter } = useVault();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<NewPassphraseValues>({
    resolver: zodResolver(newPassphraseSchema),
    defaultValues: { passphrase: '', confirm: '' },
  });
  const busy = form.formState.isSubmitting;
  const onSubmit = form.handleSubmit(async ({ passphrase }) => {
    setFailure(null);
    try {
      await changePassphrase({ kind: 'recovery-key', value: recoveryKey }, passphrase);
      enter();
    } catch (error) {
      setFailure(errorMessage(t, error));
    }
  });
  return (
    <main id="main" className="narrow">
      <h1>{t('newPassphrase.title')}</h1>
      <p className="lead">{t('newPassphrase.intro')}</p>
      <form onSubmit={onSubmit} noValidate>
        <NewPassphraseFields form={form} label={t('newPassphrase.newLabel')} confirmLabel={t('newPassphrase.confirmLabel')} />
        {failure ? <Alert>{failure}</Alert> : null}
        {busy ? <p role="status">{t('newPassphrase.busy')}</p> : null}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('newPassphrase.submit')}
          </button>
          <button type="button" className="button" onClick={enter} disabled={busy}>
            {t('newPassphrase.later')}
          </button>
        </div>
      </form>
    </main>
  );
}
