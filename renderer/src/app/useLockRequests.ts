import { useEffect } from 'react';
import { getPlatform } from '../platform';
import { useVault } from '../vault/VaultProvider';
import { isLockShortcut } from '../vault/lock-shortcut';

/** Locks on the keyboard shortcut and when the desktop (menu, screen lock, suspend) asks. */
export function useLockRequests(): void {
  const { lock, phase } = useVault();
  const open = phase.name === 'unlocked' || phase.name === 'show-recovery-key' || phase.name === 'choose-new-passphrase';
  useEffect(() => {
    if (!open) return undefined;
    const onKey = (event: KeyboardEvent): void => {
      if (isLockShortcut(event)) {
        event.preventDefault();
        lock();
      }
    };
    window.addEventListener('keydown', onKey);
    let unsubscribe: (() => void) | null = null;
    let cancelled = false;
    void getPlatform().then((platform) => {
      if (!cancelled) unsubscribe = platform.onLockRequested(() => lock());
    });
    return () => {
      cancelled = true;
      window.removeEventListener('keydown', onKey);
      unsubscribe?.();
    };
  }, [open, lock]);
}
