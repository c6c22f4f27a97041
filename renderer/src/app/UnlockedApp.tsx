import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavigationProvider, useNavigation } from './navigation';
import { AppHeader } from './AppHeader';
import { Alert } from '../components/Alert';
import { useVault } from '../vault/VaultProvider';
import { useIdleLock } from '../vault/useIdleLock';
import { useSession, useVaultData } from '../vault/useSession';
import { readPreferences } from '../../../shared/settings/preferences-store';
import { assertNever } from '../../../shared/util/assert-never';
import { HomeScreen } from '../features/people/HomeScreen';
import { PersonScreen } from '../features/people/PersonScreen';
import { PersonFormScreen } from '../features/people/PersonFormScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';

function CurrentScreen(): ReactNode {
  const { route } = useNavigation();
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'person':
      return <PersonScreen key={route.personId} personId={route.personId} />;
    case 'add-person':
      return <PersonFormScreen />;
    case 'edit-person':
      return <PersonFormScreen key={route.personId} personId={route.personId} />;
    case 'settings':
      return <SettingsScreen />;
    default:
      return assertNever(route);
  }
}

/** Everything behind the lock: the header, the current screen, and the idle timer. */
export function UnlockedApp(): ReactNode {
  const { t } = useTranslation();
  const { lock } = useVault();
  const session = useSession();
  const idleMinutes = useVaultData((s) => readPreferences(s).idleLockMinutes);
  const onIdle = useCallback(() => lock({ kind: 'idle', minutes: idleMinutes }), [lock, idleMinutes]);
  useIdleLock(idleMinutes, onIdle);
  return (
    <NavigationProvider>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <main id="main" tabIndex={-1}>
        {session.damaged.length > 0 ? <Alert>{t('errors.damaged', { count: session.damaged.length })}</Alert> : null}
        <CurrentScreen />
      </main>
    </NavigationProvider>
  );
}
