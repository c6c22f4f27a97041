import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert } from '../../components/Alert';
import { NewPassphraseFields, newPassphraseSchema, type NewPassphraseValues } from '../../components/NewPassphraseFields';
import { useVault } from '../../vault/VaultProvider';
import { errorMessage } from '../../vault/error-message';

/** First run: explain what the app is and choose the passphrase that locks it. */
export function CreateVaultScreen(): ReactNode {
  const { t } = useTranslation();
  const { create } = useVault();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<NewPassphraseValues>({
    resolver: zodResolver(newPassphraseSchema),
    defaultValues: { passphrase: '', confirm: '' },
  });
  const busy = form.formState.isSubmitting;

  const onSubmit = form.handleSubmit(async ({ passphrase }) => {
    setFailure(null);
    try {
      await create(passphrase);
    } catch (error) {
      setFailure(errorMessage(t, error));
    }
  });

  return (
    <main id="main" className="narrow">
      <h1>{t('create.title')}</h1>
      <p className="lead">{t('create.intro')}</p>
      <form onSubmit={onSubmit} noValidate aria-labelledby="create-heading">
        <h2 id="create-heading">{t('create.heading')}</h2>
        <NewPassphraseFields form={form} label={t('passphrase.label')} confirmLabel={t('passphrase.confirmLabel')} />
        <p className="note">{t('create.forgetWarning')}</p>
        {failure ? <Alert>{failure}</Alert> : null}
        {busy ? <p role="status">{t('create.busy')}</p> : null}
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('create.submit')}
        </button>
      </form>
    </main>
  );
}
