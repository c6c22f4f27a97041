import { fromUtf8, randomBytes, utf8 } from '../util/bytes';
import { VaultError } from './errors';
import { IV_BYTES } from './keys';
import { RECORD_FORMAT_VERSION } from './format';

/**
 * One stored row: nothing but an opaque id, the format version, the IV and the
 * ciphertext. No health data lives in keys or indexes (ARCHITECTURE.md, SECURITY.md #1).
 */
export interface EncryptedRow {
  id: string;
  version: number;
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
}

/**
 * Binds a ciphertext to where it lives: a record copied to another id or table, or
 * relabelled with another version, fails authentication (as Standard Notes binds item ids).
 */
export function recordAad(table: string, id: string, version: number): Uint8Array<ArrayBuffer> {
  return utf8(`carebinder|v${version}|${table}|${id}`);
}

export async function encryptRecord(key: CryptoKey, table: string, id: string, value: unknown): Promise<EncryptedRow> {
  return encryptJson(key, table, id, JSON.stringify(value), randomBytes(IV_BYTES));
}

/** Most random draws a browser allows at once (getRandomValues refuses more than 65 536 bytes). */
const IVS_PER_DRAW = Math.floor(65536 / IV_BYTES);

/** A record ready to encrypt: its value already written as JSON (the text a decrypt parses back). */
export interface JsonRecord {
  table: string;
  id: string;
  json: string;
}

/**
 * Encrypts many records at once, each with its own fresh IV and its own AAD. The IVs come from
 * one random draw per few thousand rows (one call per row costs more than the encryption of a
 * small record); each is copied into a buffer of its own, so no row stores another's bytes.
 */
export async function encryptJsonRecords(key: CryptoKey, records: readonly JsonRecord[]): Promise<EncryptedRow[]> {
  const rows: Promise<EncryptedRow>[] = [];
  for (let start = 0; start < records.length; start += IVS_PER_DRAW) {
    const count = Math.min(IVS_PER_DRAW, records.length - start);
    const ivs = randomBytes(count * IV_BYTES);
    for (let i = 0; i < count; i += 1) {
      const record = records[start + i]!;
      rows.push(encryptJson(key, record.table, record.id, record.json, ivs.slice(i * IV_BYTES, (i + 1) * IV_BYTES)));
    }
  }
  return Promise.all(rows);
}

async function encryptJson(key: CryptoKey, table: string, id: string, json: string, iv: Uint8Array<ArrayBuffer>): Promise<EncryptedRow> {
  const version = RECORD_FORMAT_VERSION;
  const ciphertext = await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: recordAad(table, id, version) }, key, utf8(json));
  return { id, version, iv, ciphertext: new Uint8Array(ciphertext) };
}

/** Decrypts and parses one row; any tampering surfaces as an 'integrity' error. */
export async function decryptRecord(key: CryptoKey, table: string, row: EncryptedRow): Promise<unknown> {
  if (row.version > RECORD_FORMAT_VERSION) {
    throw new VaultError('newer-version', `record format ${row.version}`);
  }
  if (!(row.iv instanceof Uint8Array) || row.iv.length !== IV_BYTES || !(row.ciphertext instanceof Uint8Array)) {
    throw new VaultError('integrity', `malformed row in ${table}`);
  }
  let plaintext: ArrayBuffer;
  try {
    plaintext = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: row.iv, additionalData: recordAad(table, row.id, row.version) },
      key,
      row.ciphertext,
    );
  } catch {
    throw new VaultError('integrity', `record in ${table} failed authentication`);
  }
  try {
    return JSON.parse(fromUtf8(new Uint8Array(plaintext))) as unknown;
  } catch {
    throw new VaultError('integrity', `record in ${table} is not readable`);
  }
}
