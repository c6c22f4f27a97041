import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Vault, type VaultSecret } from '../../../shared/vault/vault';
import type { VaultSession } from '../../../shared/vault/session';
import type { BackupContents } from '../../../shared/backup/contents';
import { restoreIntoNewVault } from '../../../shared/backup/restore';
import { getPlatform } from '../platform';
import { deriveInWorker } from './derive-in-worker';
import { openWithRememberedSecret } from './remembered-device';
import type { LockReason, VaultPhase } from './vault-phase';

interface VaultActions {
  phase: VaultPhase;
  create(passphrase: string): Promise<void>;
  /** First run from a backup: a new vault under `passphrase`, filled with the backup's records. */
  createFromBackup(passphrase: string, contents: BackupContents): Promise<void>;
  /** `remember`: also keep a device secret in the OS keychain, so the next launch opens by itself. */
  unlock(secret: VaultSecret, options?: { remember?: boolean }): Promise<void>;
  /** Whether this device opens the vault by itself at launch. */
  isRemembered(): Promise<boolean>;
  /** Stop opening by itself on this device. */
  forgetDevice(): Promise<void>;
  /** Leaves the recovery-key screens for the record. */
  enter(): void;
  changePassphrase(current: VaultSecret, next: string): Promise<void>;
  lock(reason?: LockReason): void;
}

const VaultContext = createContext<VaultActions | null>(null);

function sessionOf(phase: VaultPhase): VaultSession | null {
  return 'session' in phase ? phase.session : null;
}

/** Unlocks and hands the new device secret to the keychain; if the keychain refuses, nothing is remembered. */
async function unlockRemembering(vault: Vault, secret: VaultSecret): Promise<VaultSession> {
  const { session, deviceSecret } = await vault.unlockRemembering(secret);
  const remembered = await (await getPlatform()).keychain.remember(deviceSecret).catch(() => false);
  deviceSecret.fill(0);
  if (!remembered) await vault.forgetDevice();
  return session;
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
      async (state) => {
        if (state === 'none') return setPhase({ name: 'none' });
        // A keychain that fails in any way leaves the passphrase, which always works.
        const opened = await openWithRememberedSecret(vault, await getPlatform()).catch(() => ({ session: null, keychainChanged: false }));
        setPhase(opened.session ? { name: 'unlocked', session: opened.session } : { name: 'locked', keychainChanged: opened.keychainChanged });
      },
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
      unlock: async (secret, options) => {
        const session = options?.remember ? await unlockRemembering(vault, secret) : await vault.unlock(secret);
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
      isRemembered: () => vault.isRemembered(),
      forgetDevice: async () => {
        await vault.forgetDevice();
        await (await getPlatform()).keychain.forget();
      },
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
