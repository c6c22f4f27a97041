import { randomBytes, utf8, wipe } from '../util/bytes';

/**
 * The key hierarchy: a random 256-bit data key encrypts every record; it is stored only
 * wrapped (AES-GCM) by key-encryption keys — one from the passphrase, one from the
 * recovery key. Changing the passphrase re-wraps the data key and touches no record.
 */

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;
const AES_GCM = 'AES-GCM';
export const IV_BYTES = 12;

export interface WrappedKey {
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
}

/** Imports derived bytes as a key-encryption key and wipes the bytes. */
export async function importKeyEncryptionKey(bytes: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  try {
    return await subtle().importKey('raw', bytes, AES_GCM, false, ['wrapKey', 'unwrapKey']);
  } finally {
    wipe(bytes);
  }
}

/** A fresh data key. Extractable only so it can be wrapped once; callers keep the unwrapped, non-extractable copy. */
export function generateDataKey(): Promise<CryptoKey> {
  return subtle().generateKey({ name: AES_GCM, length: 256 }, true, ['encrypt', 'decrypt']);
}

export async function wrapDataKey(dataKey: CryptoKey, kek: CryptoKey, label: string): Promise<WrappedKey> {
  const iv = randomBytes(IV_BYTES);
  const wrapped = await subtle().wrapKey('raw', dataKey, kek, { name: AES_GCM, iv, additionalData: utf8(label) });
  return { iv, ciphertext: new Uint8Array(wrapped) };
}

/**
 * Unwraps the data key. AES-GCM authentication fails for a wrong key-encryption key,
 * so a wrong passphrase is detected here and never yields a key.
 */
export async function unwrapDataKey(
  wrapped: WrappedKey,
  kek: CryptoKey,
  label: string,
  extractable = false,
): Promise<CryptoKey | null> {
  try {
    return await subtle().unwrapKey(
      'raw',
      wrapped.ciphertext,
      kek,
      { name: AES_GCM, iv: wrapped.iv, additionalData: utf8(label) },
      { name: AES_GCM, length: 256 },
      extractable,
      ['encrypt', 'decrypt'],
    );
  } catch {
    return null;
  }
}

/** The in-memory copy of a freshly generated data key, which can no longer be exported. */
export async function nonExtractableCopy(key: CryptoKey): Promise<CryptoKey> {
  const raw = new Uint8Array(await subtle().exportKey('raw', key));
  try {
    return await subtle().importKey('raw', raw, AES_GCM, false, ['encrypt', 'decrypt']);
  } finally {
    wipe(raw);
  }
}

/**
 * The recovery key and the device secret already carry 160+ random bits, so a slow KDF adds
 * nothing: HKDF-SHA256 with a stored salt turns them into a key-encryption key. Each use has
 * its own HKDF info, so one secret can never stand in for the other.
 */
export function recoveryKeyEncryptionKey(secret: Uint8Array<ArrayBuffer>, salt: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return randomSecretEncryptionKey(secret, salt, 'carebinder recovery key v1');
}

/** The secret kept in the operating system's keychain for "Remember on this device". */
export function deviceSecretEncryptionKey(secret: Uint8Array<ArrayBuffer>, salt: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return randomSecretEncryptionKey(secret, salt, 'carebinder device secret v1');
}

async function randomSecretEncryptionKey(secret: Uint8Array<ArrayBuffer>, salt: Uint8Array<ArrayBuffer>, info: string): Promise<CryptoKey> {
  const base = await subtle().importKey('raw', secret, 'HKDF', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: utf8(info) },
    base,
    { name: AES_GCM, length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}
