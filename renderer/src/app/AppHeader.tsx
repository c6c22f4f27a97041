import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonSwitcher } from './PersonSwitcher';
import { LockIcon } from '../components/LockIcon';
import { useVault } from '../vault/VaultProvider';
import { LOCK_ARIA_SHORTCUT, lockShortcutLabel } from '../vault/lock-shortcut';

/** The bar on every unlocked screen: whose record is shown, and the Lock button. */
export function AppHeader(): ReactNode {
  const { t } = useTranslation();
  const { lock } = useVault();
  return (
    <header className="app-header">
      <p className="app-name">{t('app.name')}</p>
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
