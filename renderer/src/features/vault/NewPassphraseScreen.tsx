import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';
import { useNewPassphraseForm } from '../../components/useNewPassphraseForm';
import { useVault } from '../../vault/VaultProvider';

/** After opening with the recovery key: choose a passphrase to use from now on. */
export function NewPassphraseScreen({ recoveryKey }: { recoveryKey: string }): ReactNode {
  const { t } = useTranslation();
  const { changePassphrase, enter } = useVault();
  const { form, onSubmit, failure, busy } = useNewPassphraseForm(async (passphrase) => {
    await changePassphrase({ kind: 'recovery-key', value: recoveryKey }, passphrase);
    enter();
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
