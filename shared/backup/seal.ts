import { deflateSync, inflateSync } from 'fflate';
import { fromUtf8, randomBytes, utf8 } from '../util/bytes';
import type { DeriveKeyBytes } from '../vault/kdf';
import { assertSafeKdfParams, SALT_BYTES, SHIPPED_KDF, type KdfParams } from '../vault/kdf-params';
import { generateDataKey, importKeyEncryptionKey, IV_BYTES } from '../vault/keys';
import { passphraseLength, MIN_PASSPHRASE_LENGTH } from '../vault/passphrase-policy';
import { isVaultError } from '../vault/errors';
import { BackupError } from './errors';
import { BACKUP_FORMAT_VERSION, decodeHeader, encodeHeader, HEADER_BYTES, KEY_AAD_BYTES } from './format';
import { parseContents, type BackupContents } from './contents';

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;
const AES_GCM = 'AES-GCM';

export interface SealOptions {
  deriveKeyBytes: DeriveKeyBytes;
  /** Overridable for tests only; the app always uses SHIPPED_KDF with a fresh salt. */
  kdf?: Omit<KdfParams, 'salt'>;
}

/**
 * Encrypts backup contents under a passphrase of the backup's own into the bytes of a
 * `.carebinder` file (layout in format.ts). The passphrase rule is the vault's.
 */
export async function sealBackup(contents: BackupContents, passphrase: string, options: SealOptions): Promise<Uint8Array<ArrayBuffer>> {
  if (passphraseLength(passphrase) < MIN_PASSPHRASE_LENGTH) throw new BackupError('weak-passphrase');
  const kdf: KdfParams = { ...(options.kdf ?? SHIPPED_KDF), salt: randomBytes(SALT_BYTES) };
  assertSafeKdfParams(kdf);
  const contentKey = await generateDataKey();
  const wrapIv = randomBytes(IV_BYTES);
  const bodyIv = randomBytes(IV_BYTES);
  // The header is laid out first with a placeholder key, so the key can be bound to the
  // header bytes before it (magic, version, KDF parameters and salt).
  const draft = encodeHeader({ version: BACKUP_FORMAT_VERSION, kdf, wrapIv, wrappedKey: new Uint8Array(48), bodyIv });
  const kek = await importKeyEncryptionKey(await options.deriveKeyBytes(passphrase, kdf));
  const wrappedKey = new Uint8Array(
    await subtle().wrapKey('raw', contentKey, kek, { name: AES_GCM, iv: wrapIv, additionalData: draft.slice(0, KEY_AAD_BYTES) }),
  );
  const header = encodeHeader({ version: BACKUP_FORMAT_VERSION, kdf, wrapIv, wrappedKey, bodyIv });
  const plaintext = deflateSync(utf8(JSON.stringify(contents)), { level: 6 });
  const body = new Uint8Array(await subtle().encrypt({ name: AES_GCM, iv: bodyIv, additionalData: header }, contentKey, plaintext));
  const file = new Uint8Array(HEADER_BYTES + body.length);
  file.set(header, 0);
  file.set(body, HEADER_BYTES);
  return file;
}

/**
 * Opens a `.carebinder` file. Refuses, with a typed error and before anything is written
 * anywhere: not a backup, a newer format, weak or absurd KDF parameters, a wrong
 * passphrase, and any change or truncation (AES-GCM over the body with the header as AAD).
 */
export async function openBackup(file: Uint8Array, passphrase: string, options: Pick<SealOptions, 'deriveKeyBytes'>): Promise<BackupContents> {
  const header = decodeHeader(file);
  try {
    assertSafeKdfParams(header.kdf);
  } catch (error) {
    if (isVaultError(error)) throw new BackupError('unsafe-kdf-parameters', error.detail);
    throw error;
  }
  if (passphrase === '') throw new BackupError('wrong-passphrase');
  const headerBytes = file.slice(0, HEADER_BYTES);
  const kek = await importKeyEncryptionKey(await options.deriveKeyBytes(passphrase, header.kdf));
  let contentKey: CryptoKey;
  try {
    contentKey = await subtle().unwrapKey(
      'raw',
      header.wrappedKey,
      kek,
      { name: AES_GCM, iv: header.wrapIv, additionalData: headerBytes.slice(0, KEY_AAD_BYTES) },
      { name: AES_GCM, length: 256 },
      false,
      ['decrypt'],
    );
  } catch {
    throw new BackupError('wrong-passphrase');
  }
  let plaintext: Uint8Array;
  try {
    plaintext = new Uint8Array(
      await subtle().decrypt({ name: AES_GCM, iv: header.bodyIv, additionalData: headerBytes }, contentKey, file.slice(HEADER_BYTES)),
    );
  } catch {
    throw new BackupError('damaged', 'contents failed authentication');
  }
  let json: unknown;
  try {
    json = JSON.parse(fromUtf8(inflateSync(plaintext)));
  } catch {
    throw new BackupError('damaged', 'contents not readable');
  }
  return parseContents(json);
}
