import type { VaultSession } from '../../../shared/vault/session';

/** Where the app stands with the vault; the screen shown follows from it. */
export type VaultPhase =
  | { name: 'checking' }
  | { name: 'unavailable'; error: unknown }
  | { name: 'none' }
  /** keychainChanged: this device was remembered, but its keychain no longer opens the vault. */
  | { name: 'locked'; idleMinutes?: number; keychainChanged?: boolean }
  | { name: 'show-recovery-key'; session: VaultSession; recoveryKey: string }
  | { name: 'choose-new-passphrase'; session: VaultSession; recoveryKey: string }
  | { name: 'unlocked'; session: VaultSession };

export type LockReason = { kind: 'user' } | { kind: 'idle'; minutes: number };
