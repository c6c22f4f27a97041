import { Dexie, type EntityTable } from 'dexie';
import type { EncryptedRow } from './record-codec';
import type { WrappedKey } from './keys';
import type { KdfParams } from './kdf-params';
import { DATABASE_NAME } from './format';

/** How the data key is wrapped. Holds no health data: KDF parameters, salts and wrapped keys. */
export interface KeyringRow extends WrappedKey {
  /** 'device': the data key wrapped by a secret kept in the OS keychain (Remember on this device). */
  id: 'passphrase' | 'recovery' | 'device';
  version: number;
  kdf?: KdfParams;
  hkdfSalt?: Uint8Array<ArrayBuffer>;
}

/** Tables of encrypted records. Each is keyed by a random id only — never by anything readable. */
export const RECORD_TABLES = ['people', 'items', 'settings'] as const;
export type RecordTable = (typeof RECORD_TABLES)[number];

export type VaultDatabase = Dexie & {
  keyring: EntityTable<KeyringRow, 'id'>;
  /** Rows that each hold many small records (record-blocks.ts), keyed by a random id. */
  blocks: EntityTable<EncryptedRow, 'id'>;
} & { [T in RecordTable]: EntityTable<EncryptedRow, 'id'> };

/**
 * Every schema version ever shipped stays declared here, in order, each with its
 * upgrade (Dexie runs them one after another). Version 1: primary keys only. Version 2: the
 * blocks table (new and empty; records already stored stay where they are until next written).
 */
export function openVaultDatabase(name = DATABASE_NAME): VaultDatabase {
  const db = new Dexie(name) as VaultDatabase;
  db.version(1).stores({ keyring: 'id', people: 'id', items: 'id', settings: 'id' });
  db.version(2).stores({ blocks: 'id' });
  return db;
}
