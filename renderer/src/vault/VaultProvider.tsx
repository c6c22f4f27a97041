import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Vault, type VaultSecret } from '../../../shared/vault/vault';
import type { VaultSession } from '../../../shared/vault/session';
import type { BackupContents } from '../../../shared/backup/contents';
import { restoreIntoNewVault } from '../../../shared/backup/restore';
import { deriveInWorker } from './derive-in-worker';
import type { LockReason, VaultPhase } from './vault-phase';

interface VaultActions {
  phase: VaultPhase;
  create(passphrase: string): Promise<void>;
  /** First run from a backup: a new vault under `passphrase`, filled with the backup's records. */
  createFromBackup(passphrase: string, contents: BackupContents): Promise<void>;
  unlock(secret: VaultSecret): Promise<void>;
  /** Leaves the recovery-key screens for the record. */
  enter(): void;
  changePassphrase(current: VaultSecret, next: string): Promise<void>;
  lock(reason?: LockReason): void;
}

const VaultContext = createContext<VaultActions | null>(null);

function sessionOf(phase: VaultPhase): VaultSession | null {
  return 'session' in phase ? phase.session : null;
}

export function VaultProvider({ children }: { children: ReactNode }): ReactNode {
  const vault = useMemo(() => new Vault({ deriveKeyBytes: deriveInWorker }), []);
  const [phase, setPhase] = useState<VaultPhase>({ name: 'checking' });
  // Actions read the latest phase through a ref so they stay stable across renders.
  const phaseRef = useRef(phase);
  useLayoutEffect(() => {
    phaseRef.current = phase;
  }, [phase]);

  useEffect(() => {
    vault.state().then(
      (state) => setPhase(state === 'none' ? { name: 'none' } : { name: 'locked' }),
      (error: unknown) => setPhase({ name: 'unavailable', error }),
    );
  }, [vault]);

  const lock = useCallback((reason: LockReason = { kind: 'user' }) => {
    sessionOf(phaseRef.current)?.lock();
    // Unlocking again starts at the overview: nothing of the screen that was open is kept.
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    setPhase(reason.kind === 'idle' ? { name: 'locked', idleMinutes: reason.minutes } : { name: 'locked' });
  }, []);

  const actions = useMemo<Omit<VaultActions, 'phase'>>(
    () => ({
      create: async (passphrase) => {
        const { session, recoveryKey } = await vault.create(passphrase);
        setPhase({ name: 'show-recovery-key', session, recoveryKey });
      },
      createFromBackup: async (passphrase, contents) => {
        const { session, recoveryKey } = await restoreIntoNewVault(vault, passphrase, contents);
        setPhase({ name: 'show-recovery-key', session, recoveryKey });
      },
      unlock: async (secret) => {
        const session = await vault.unlock(secret);
        setPhase(
          secret.kind === 'recovery-key'
            ? { name: 'choose-new-passphrase', session, recoveryKey: secret.value }
            : { name: 'unlocked', session },
        );
      },
      enter: () => {
        const session = sessionOf(phaseRef.current);
        if (session) setPhase({ name: 'unlocked', session });
      },
      changePassphrase: (current, next) => vault.changePassphrase(current, next),
      lock,
    }),
    [vault, lock],
  );

  const value = useMemo(() => ({ phase, ...actions }), [phase, actions]);
  return <VaultContext.Provider value={value}>{children}</VaultContext.Provider>;
}

export function useVault(): VaultActions {
  const context = useContext(VaultContext);
  if (!context) throw new Error('useVault outside VaultProvider');
  return context;
}
