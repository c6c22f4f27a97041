import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';
import { useNewPassphraseForm } from '../../components/useNewPassphraseForm';
import { useVault } from '../../vault/VaultProvider';
import { FirstRunRestore } from '../backup/FirstRunRestore';

/** First run: explain what the app is and choose the passphrase that locks it. */
export function CreateVaultScreen(): ReactNode {
  const [restoring, setRestoring] = useState(false);
  return restoring ? <FirstRunRestore onBack={() => setRestoring(false)} /> : <NewVault onRestore={() => setRestoring(true)} />;
}

function NewVault({ onRestore }: { onRestore: () => void }): ReactNode {
  const { t } = useTranslation();
  const { t: tBackup } = useTranslation('backup');
  const { create } = useVault();
  const { form, onSubmit, failure, busy } = useNewPassphraseForm(create);

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
      {/* Or start from a backup, or a binder another caregiver handed over. */}
      <section className="card restore-offer" aria-labelledby="restore-offer-heading">
        <h2 id="restore-offer-heading">{tBackup('firstRun.title')}</h2>
        <p>{tBackup('firstRun.offer')}</p>
        <button type="button" className="button" onClick={onRestore} disabled={busy}>
          {tBackup('actions.restore')}
        </button>
      </section>
    </main>
  );
}
