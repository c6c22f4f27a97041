import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { VaultSession } from '../../../shared/vault/session';
import { useVault } from './VaultProvider';

/** The unlocked session; screens below the lock are only rendered while it exists. */
export function useSession(): VaultSession {
  const { phase } = useVault();
  if (phase.name !== 'unlocked') throw new Error('useSession while the vault is not unlocked');
  return phase.session;
}

/**
 * Reads from the unlocked vault and re-renders when it changes. The selector runs on
 * every render: the in-memory record is small and this keeps it always current.
 */
export function useVaultData<T>(select: (session: VaultSession) => T): T {
  const session = useSession();
  const revision = useRef(0);
  const subscribe = useCallback(
    (onChange: () => void) =>
      session.subscribe(() => {
        revision.current += 1;
        onChange();
      }),
    [session],
  );
  useSyncExternalStore(subscribe, () => revision.current);
  return select(session);
}
