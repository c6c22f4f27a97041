import type { VaultSession } from '../../../shared/vault/session';

/** Where the app stands with the vault; the screen shown follows from it. */
export type VaultPhase =
  | { name: 'checking' }
  | { name: 'unavailable'; error: unknown }
  | { name: 'none' }
  | { name: 'locked'; idleMinutes?: number }
  | { name: 'show-recovery-key'; session: VaultSession; recoveryKey: string }
  | { name: 'choose-new-passphrase'; session: VaultSession; recoveryKey: string }
  | { name: 'unlocked'; session: VaultSession };

export type LockReason = { kind: 'user' } | { kind: 'idle'; minutes: number };
