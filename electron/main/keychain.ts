import { z } from 'zod';

/**
 * "Remember on this device": the device secret that opens the vault, kept encrypted by the
 * operating system's keychain (Electron safeStorage). Offered only when that keychain is a
 * real one: on Linux, safeStorage falls back to `basic_text` (a fixed, public key) when no
 * secret service runs, which would leave the secret as good as in clear (SECURITY.md #10).
 */

/** The parts of Electron's safeStorage used here (a fake per backend in tests). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  /** Linux only. */
  getSelectedStorageBackend?(): string;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export type KeychainStatus = { available: true; backend: string } | { available: false; reason: 'no-encryption' | 'weak-backend' };

/** Linux backends that only obscure: a secret they hold is readable by anyone with the file. */
const WEAK_LINUX_BACKENDS = new Set(['basic_text', 'unknown']);

export function keychainStatus(safeStorage: SafeStorageLike, platform: NodeJS.Platform): KeychainStatus {
  if (!safeStorage.isEncryptionAvailable()) return { available: false, reason: 'no-encryption' };
  if (platform !== 'linux') return { available: true, backend: platform };
  const backend = safeStorage.getSelectedStorageBackend?.() ?? 'unknown';
  return WEAK_LINUX_BACKENDS.has(backend) ? { available: false, reason: 'weak-backend' } : { available: true, backend };
}

/** What is written to the app's folder: the encrypted secret and the backend that encrypted it. */
export const rememberedSecretSchema = z.strictObject({
  version: z.literal(1),
  backend: z.string().min(1),
  encrypted: z.base64().min(1),
});
export type RememberedSecret = z.infer<typeof rememberedSecretSchema>;

export function rememberSecret(safeStorage: SafeStorageLike, platform: NodeJS.Platform, secret: Uint8Array): RememberedSecret | null {
  const status = keychainStatus(safeStorage, platform);
  if (!status.available) return null;
  const encrypted = safeStorage.encryptString(Buffer.from(secret).toString('base64'));
  return { version: 1, backend: status.backend, encrypted: encrypted.toString('base64') };
}

export type RecallResult =
  | { ok: true; secret: Uint8Array }
  /** none: nothing remembered; keychain-changed: remembered under another backend (or the keychain is gone); unreadable: the keychain refused. */
  | { ok: false; reason: 'none' | 'keychain-changed' | 'unreadable' };

/**
 * Reads the secret back. If the keychain backend changed since (another desktop session,
 * the secret service removed) the secret is not tried: the person types the passphrase,
 * which re-remembers under the new keychain, and nothing is lost — the vault itself never
 * depends on the keychain.
 */
export function recallSecret(safeStorage: SafeStorageLike, platform: NodeJS.Platform, stored: unknown): RecallResult {
  if (stored === null || stored === undefined) return { ok: false, reason: 'none' };
  const parsed = rememberedSecretSchema.safeParse(stored);
  if (!parsed.success) return { ok: false, reason: 'unreadable' };
  const status = keychainStatus(safeStorage, platform);
  if (!status.available || status.backend !== parsed.data.backend) return { ok: false, reason: 'keychain-changed' };
  try {
    const secret = Buffer.from(safeStorage.decryptString(Buffer.from(parsed.data.encrypted, 'base64')), 'base64');
    return secret.length > 0 ? { ok: true, secret: new Uint8Array(secret) } : { ok: false, reason: 'unreadable' };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
