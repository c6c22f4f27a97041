import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavigationProvider } from './navigation';
import { AppHeader } from './AppHeader';
import { Sidebar } from './Sidebar';
import { CurrentScreen } from './CurrentScreen';
import { Alert } from '../components/Alert';
import { useFileDrop } from './useFileDrop';
import { useMenuCommands } from './useMenuCommands';
import { useVault } from '../vault/VaultProvider';
import { useIdleLock } from '../vault/useIdleLock';
import { useSession, useVaultData } from '../vault/useSession';
import { readPreferences } from '../../../shared/settings/preferences-store';

/** Everything behind the lock: header, sections, the current screen, and the idle timer. */
export function UnlockedApp(): ReactNode {
  const { t } = useTranslation();
  const { lock } = useVault();
  const session = useSession();
  const idleMinutes = useVaultData((s) => readPreferences(s).idleLockMinutes);
  const onIdle = useCallback(() => lock({ kind: 'idle', minutes: idleMinutes }), [lock, idleMinutes]);
  useIdleLock(idleMinutes, onIdle);
  useMenuCommands();
  useFileDrop();
  return (
    <NavigationProvider>
      <a className="skip-link" href="#main" onClick={(event) => {
        // The hash is the router's; move focus without changing the address.
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <div className="app-body">
        <Sidebar />
        <main id="main" tabIndex={-1}>
          {session.damaged.length > 0 ? <Alert>{t('errors.damaged', { count: session.damaged.length })}</Alert> : null}
          <CurrentScreen />
        </main>
      </div>
    </NavigationProvider>
  );
}
