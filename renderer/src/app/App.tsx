import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { VaultProvider, useVault } from '../vault/VaultProvider';
import { errorMessage } from '../vault/error-message';
import { CreateVaultScreen } from '../features/vault/CreateVaultScreen';
import { RecoveryKeyScreen } from '../features/vault/RecoveryKeyScreen';
import { UnlockScreen } from '../features/vault/UnlockScreen';
import { NewPassphraseScreen } from '../features/vault/NewPassphraseScreen';
import { Alert } from '../components/Alert';
import { assertNever } from '../../../shared/util/assert-never';
import { UnlockedApp } from './UnlockedApp';
import { useLockRequests } from './useLockRequests';

function VaultGate(): ReactNode {
  const { t } = useTranslation();
  const { phase } = useVault();
  useLockRequests();
  switch (phase.name) {
    case 'checking':
      return (
        <main id="main" className="narrow">
          <p role="status">{t('app.loading')}</p>
        </main>
      );
    case 'unavailable':
      return (
        <main id="main" className="narrow">
          <h1>{t('app.name')}</h1>
          <Alert>{errorMessage(t, phase.error)}</Alert>
        </main>
      );
    case 'none':
      return <CreateVaultScreen />;
    case 'locked':
      return <UnlockScreen idleMinutes={phase.idleMinutes} keychainChanged={phase.keychainChanged ?? false} />;
    case 'show-recovery-key':
      return <RecoveryKeyScreen recoveryKey={phase.recoveryKey} />;
    case 'choose-new-passphrase':
      return <NewPassphraseScreen recoveryKey={phase.recoveryKey} />;
    case 'unlocked':
      // Locking unmounts everything below, so nothing decrypted survives in the UI.
      return <UnlockedApp />;
    default:
      return assertNever(phase);
  }
}

export function App(): ReactNode {
  return (
    <VaultProvider>
      <VaultGate />
    </VaultProvider>
  );
}
