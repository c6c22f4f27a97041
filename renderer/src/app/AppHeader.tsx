import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from './navigation';
import { PersonSwitcher } from './PersonSwitcher';
import { LockIcon } from '../components/LockIcon';
import { useVault } from '../vault/VaultProvider';
import { LOCK_ARIA_SHORTCUT, lockShortcutLabel } from '../vault/lock-shortcut';

/** The bar on every unlocked screen: where you are, whose record, and the Lock button. */
export function AppHeader(): ReactNode {
  const { t } = useTranslation();
  const { route, go } = useNavigation();
  const { lock } = useVault();
  const onPeople = route.name === 'home' || route.name === 'person' || route.name === 'add-person' || route.name === 'edit-person';
  return (
    <header className="app-header">
      <p className="app-name">{t('app.name')}</p>
      <nav aria-label={t('nav.label')}>
        <ul>
          <li>
            <button type="button" className="nav-button" aria-current={onPeople ? 'page' : undefined} onClick={() => go({ name: 'home' })}>
              {t('nav.people')}
            </button>
          </li>
          <li>
            <button
              type="button"
              className="nav-button"
              aria-current={route.name === 'settings' ? 'page' : undefined}
              onClick={() => go({ name: 'settings' })}
            >
              {t('nav.settings')}
            </button>
          </li>
        </ul>
      </nav>
      <PersonSwitcher />
      <button
        type="button"
        className="button lock-button"
        onClick={() => lock()}
        aria-keyshortcuts={LOCK_ARIA_SHORTCUT}
        title={t('nav.lockHint', { shortcut: lockShortcutLabel() })}
      >
        <LockIcon />
        {t('nav.lock')}
      </button>
    </header>
  );
}
