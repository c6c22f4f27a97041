import { randomBytes } from '../util/bytes';
import { VaultError } from './errors';
import { openVaultDatabase, type KeyringRow, type VaultDatabase } from './database';
import { DATABASE_NAME, KEYRING_FORMAT_VERSION } from './format';
import { assertSafeKdfParams, SALT_BYTES, SHIPPED_KDF, type KdfParams } from './kdf-params';
import type { DeriveKeyBytes } from './kdf';
import {
  deviceSecretEncryptionKey,
  generateDataKey,
  importKeyEncryptionKey,
  nonExtractableCopy,
  recoveryKeyEncryptionKey,
  unwrapDataKey,
  wrapDataKey,
} from './keys';
import { assertAcceptablePassphrase } from './passphrase-policy';
import { generateRecoveryKey, parseRecoveryKey } from './recovery-key';
import { VaultSession } from './session';
import { assertNotFromNewerVersion } from './version-guard';

export type VaultState = 'none' | 'locked';

/**
 * What proves the right to the data key: the passphrase, the printed recovery key, or the
 * secret this device keeps in its OS keychain ("Remember on this device").
 */
export type VaultSecret =
  | { kind: 'passphrase'; value: string }
  | { kind: 'recovery-key'; value: string }
  | { kind: 'device'; value: Uint8Array<ArrayBuffer> };

/** Random bytes of a device secret: as strong as the data key it wraps. */
export const DEVICE_SECRET_BYTES = 32;

const wrapLabel = (id: KeyringRow['id']): string => `carebinder|keyring|v${KEYRING_FORMAT_VERSION}|${id}`;

export interface VaultOptions {
  deriveKeyBytes: DeriveKeyBytes;
  name?: string;
  /** Overridable for tests only; the app always uses SHIPPED_KDF. */
  kdf?: Omit<KdfParams, 'salt'>;
}

/**
 * The vault on disk: creating it, opening it with the passphrase or recovery key, and
 * changing the passphrase. Nothing is written until the secret has been proven, so a wrong
 * passphrase changes nothing (SECURITY.md #3).
 */
export class Vault {
  readonly #name: string;
  readonly #derive: DeriveKeyBytes;
  readonly #kdf: Omit<KdfParams, 'salt'>;
  #db: VaultDatabase | null = null;

  constructor(options: VaultOptions) {
    this.#name = options.name ?? DATABASE_NAME;
    this.#derive = options.deriveKeyBytes;
    this.#kdf = options.kdf ?? SHIPPED_KDF;
  }

  async state(): Promise<VaultState> {
    const db = await this.#open();
    const rows = await db.keyring.toArray();
    for (const row of rows) {
      if (row.version > KEYRING_FORMAT_VERSION) throw new VaultError('newer-version', `keyring format ${row.version}`);
    }
    return rows.some((row) => row.id === 'passphrase') ? 'locked' : 'none';
  }

  async create(passphrase: string): Promise<{ session: VaultSession; recoveryKey: string }> {
    assertAcceptablePassphrase(passphrase);
    if ((await this.state()) !== 'none') throw new VaultError('already-created');
    const db = await this.#open();
    const dataKey = await generateDataKey();
    const passphraseRow = await this.#passphraseRow(dataKey, passphrase);
    const recovery = generateRecoveryKey();
    const hkdfSalt = randomBytes(SALT_BYTES);
    const recoveryKek = await recoveryKeyEncryptionKey(recovery.secret, hkdfSalt);
    const recoveryRow: KeyringRow = {
      id: 'recovery',
      version: KEYRING_FORMAT_VERSION,
      hkdfSalt,
      ...(await wrapDataKey(dataKey, recoveryKek, wrapLabel('recovery'))),
    };
    await db.transaction('rw', db.keyring, async () => {
      await db.keyring.bulkPut([passphraseRow, recoveryRow]);
    });
    return { session: await VaultSession.open(db, await nonExtractableCopy(dataKey)), recoveryKey: recovery.text };
  }

  async unlock(secret: VaultSecret): Promise<VaultSession> {
    const db = await this.#open();
    if ((await this.state()) === 'none') throw new VaultError('not-created');
    const dataKey = await this.#unwrap(db, secret, false);
    return VaultSession.open(db, dataKey);
  }

  /**
   * Unlocks and wraps the data key a third time, under a new random device secret, which the
   * caller hands to the OS keychain. The key is unwrapped once (one KDF run).
   */
  async unlockRemembering(secret: VaultSecret): Promise<{ session: VaultSession; deviceSecret: Uint8Array<ArrayBuffer> }> {
    const db = await this.#open();
    if ((await this.state()) === 'none') throw new VaultError('not-created');
    const dataKey = await this.#unwrap(db, secret, true);
    const deviceSecret = randomBytes(DEVICE_SECRET_BYTES);
    const hkdfSalt = randomBytes(SALT_BYTES);
    const row: KeyringRow = {
      id: 'device',
      version: KEYRING_FORMAT_VERSION,
      hkdfSalt,
      ...(await wrapDataKey(dataKey, await deviceSecretEncryptionKey(deviceSecret, hkdfSalt), wrapLabel('device'))),
    };
    await db.transaction('rw', db.keyring, async () => {
      await db.keyring.put(row);
    });
    return { session: await VaultSession.open(db, await nonExtractableCopy(dataKey)), deviceSecret };
  }

  /** Whether a device secret can open this vault (the keychain may still have lost it). */
  async isRemembered(): Promise<boolean> {
    const db = await this.#open();
    return (await db.keyring.get('device')) !== undefined;
  }

  /** Forgets the device secret: from now on only the passphrase or recovery key opens the vault. */
  async forgetDevice(): Promise<void> {
    const db = await this.#open();
    await db.transaction('rw', db.keyring, async () => {
      await db.keyring.delete('device');
    });
  }

  /** Re-wraps the data key under a new passphrase; records are untouched. */
  async changePassphrase(current: VaultSecret, next: string): Promise<void> {
    assertAcceptablePassphrase(next);
    const db = await this.#open();
    const dataKey = await this.#unwrap(db, current, true);
    const row = await this.#passphraseRow(dataKey, next);
    await db.transaction('rw', db.keyring, async () => {
      await db.keyring.put(row);
    });
  }

  close(): void {
    this.#db?.close();
    this.#db = null;
  }

  async #open(): Promise<VaultDatabase> {
    if (this.#db) return this.#db;
    await assertNotFromNewerVersion(this.#name);
    const db = openVaultDatabase(this.#name);
    try {
      await db.open();
    } catch (error) {
      throw new VaultError('storage', error instanceof Error ? error.name : 'open failed');
    }
    this.#db = db;
    return db;
  }

  async #passphraseRow(dataKey: CryptoKey, passphrase: string): Promise<KeyringRow> {
    const kdf: KdfParams = { ...this.#kdf, salt: randomBytes(SALT_BYTES) };
    const kek = await importKeyEncryptionKey(await this.#derive(passphrase, kdf));
    return { id: 'passphrase', version: KEYRING_FORMAT_VERSION, kdf, ...(await wrapDataKey(dataKey, kek, wrapLabel('passphrase'))) };
  }

  async #unwrap(db: VaultDatabase, secret: VaultSecret, extractable: boolean): Promise<CryptoKey> {
    if (secret.kind === 'passphrase') {
      // The minimum length rules out an empty passphrase; the KDF library refuses one outright.
      if (secret.value === '') throw new VaultError('wrong-passphrase');
      const row = await db.keyring.get('passphrase');
      if (!row) throw new VaultError('not-created');
      const kdf = assertSafeKdfParams(row.kdf);
      const kek = await importKeyEncryptionKey(await this.#derive(secret.value, kdf));
      const key = await unwrapDataKey(row, kek, wrapLabel('passphrase'), extractable);
      if (!key) throw new VaultError('wrong-passphrase');
      return key;
    }
    if (secret.kind === 'device') {
      const row = await db.keyring.get('device');
      if (!row?.hkdfSalt) throw new VaultError('device-not-remembered');
      const key = await unwrapDataKey(row, await deviceSecretEncryptionKey(secret.value, row.hkdfSalt), wrapLabel('device'), extractable);
      if (!key) throw new VaultError('device-not-remembered', 'the device secret does not open this vault');
      return key;
    }
    const bytes = parseRecoveryKey(secret.value);
    if (!bytes) throw new VaultError('malformed-recovery-key');
    const row = await db.keyring.get('recovery');
    if (!row?.hkdfSalt) throw new VaultError('wrong-recovery-key', 'no recovery key stored');
    const kek = await recoveryKeyEncryptionKey(bytes, row.hkdfSalt);
    const key = await unwrapDataKey(row, kek, wrapLabel('recovery'), extractable);
    if (!key) throw new VaultError('wrong-recovery-key');
    return key;
  }
}
