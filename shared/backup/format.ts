import { utf8 } from '../util/bytes';
import type { KdfParams } from '../vault/kdf-params';
import { BackupError } from './errors';

/**
 * The `.carebinder` file, format version 1. A fixed binary header in the clear, then the
 * AES-256-GCM ciphertext of the contents:
 *
 * | offset | bytes | what |
 * |---|---|---|
 * | 0 | 16 | magic "CAREBINDERBACKUP" |
 * | 16 | 2 | format version, big-endian (readers refuse a newer one before reading further) |
 * | 18 | 1 | KDF algorithm (1 = Argon2id) |
 * | 19 | 4 | Argon2id memory in KiB |
 * | 23 | 4 | Argon2id iterations |
 * | 27 | 1 | Argon2id parallelism |
 * | 28 | 16 | Argon2id salt (random per backup) |
 * | 44 | 12 | IV of the wrapped content key |
 * | 56 | 48 | content key wrapped by the passphrase key (AES-GCM; AAD = bytes 0–43) |
 * | 104 | 12 | IV of the contents |
 * | 116 | … | contents: AES-GCM(deflate(JSON)), AAD = the whole header (bytes 0–115) |
 *
 * Nothing in the clear says whose binder it is or what it holds. A random content key
 * wrapped by the passphrase key (as the vault does) lets a wrong passphrase be told apart
 * from a damaged file; the header as AAD means any change to it fails authentication.
 */
export const BACKUP_MAGIC = utf8('CAREBINDERBACKUP');
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_FILE_EXTENSION = 'carebinder';
export const BACKUP_MIME_TYPE = 'application/octet-stream';

const KDF_ARGON2ID = 1;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const WRAPPED_KEY_BYTES = 32 + 16;
const GCM_TAG_BYTES = 16;

const OFFSET = {
  version: 16,
  kdf: 18,
  memory: 19,
  iterations: 23,
  parallelism: 27,
  salt: 28,
  wrapIv: 44,
  wrappedKey: 56,
  bodyIv: 104,
} as const;
export const HEADER_BYTES = 116;
/** The part of the header the wrapped key is bound to (everything before its IV … key). */
export const KEY_AAD_BYTES = OFFSET.wrapIv;

export interface BackupHeader {
  version: number;
  kdf: KdfParams;
  wrapIv: Uint8Array<ArrayBuffer>;
  wrappedKey: Uint8Array<ArrayBuffer>;
  bodyIv: Uint8Array<ArrayBuffer>;
}

export function encodeHeader(header: BackupHeader): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(HEADER_BYTES);
  const view = new DataView(out.buffer);
  out.set(BACKUP_MAGIC, 0);
  view.setUint16(OFFSET.version, header.version);
  view.setUint8(OFFSET.kdf, KDF_ARGON2ID);
  view.setUint32(OFFSET.memory, header.kdf.memoryKiB);
  view.setUint32(OFFSET.iterations, header.kdf.iterations);
  view.setUint8(OFFSET.parallelism, header.kdf.parallelism);
  out.set(exactly(header.kdf.salt, SALT_BYTES), OFFSET.salt);
  out.set(exactly(header.wrapIv, IV_BYTES), OFFSET.wrapIv);
  out.set(exactly(header.wrappedKey, WRAPPED_KEY_BYTES), OFFSET.wrappedKey);
  out.set(exactly(header.bodyIv, IV_BYTES), OFFSET.bodyIv);
  return out;
}

/** Enough of the start of a file to tell whether it is a backup this version can read. */
export const SNIFF_BYTES = OFFSET.kdf;

/**
 * Checks the magic and the format version only. Callers run it on the first SNIFF_BYTES of a
 * file before reading the rest, so choosing a large file that is not a backup costs nothing.
 * The version comes right after the magic: a newer format may lay out everything after it
 * differently, so nothing further is interpreted.
 */
export function sniffBackup(start: Uint8Array): number {
  if (start.length < BACKUP_MAGIC.length || !BACKUP_MAGIC.every((byte, i) => start[i] === byte)) {
    throw new BackupError('not-a-backup', 'magic missing');
  }
  if (start.length < SNIFF_BYTES) throw new BackupError('damaged', 'file cut short');
  const version = new DataView(start.buffer, start.byteOffset, start.byteLength).getUint16(OFFSET.version);
  if (version > BACKUP_FORMAT_VERSION) throw new BackupError('newer-version', `backup format ${version}`);
  if (version < 1) throw new BackupError('damaged', `backup format ${version}`);
  return version;
}

/** Reads the header, after sniffBackup's checks. */
export function decodeHeader(file: Uint8Array): BackupHeader {
  const version = sniffBackup(file);
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  if (file.length < HEADER_BYTES + GCM_TAG_BYTES) throw new BackupError('damaged', 'file cut short');
  if (view.getUint8(OFFSET.kdf) !== KDF_ARGON2ID) throw new BackupError('damaged', 'unknown key derivation');
  const copy = (offset: number, length: number): Uint8Array<ArrayBuffer> => file.slice(offset, offset + length);
  return {
    version,
    kdf: {
      algorithm: 'argon2id',
      memoryKiB: view.getUint32(OFFSET.memory),
      iterations: view.getUint32(OFFSET.iterations),
      parallelism: view.getUint8(OFFSET.parallelism),
      salt: copy(OFFSET.salt, SALT_BYTES),
    },
    wrapIv: copy(OFFSET.wrapIv, IV_BYTES),
    wrappedKey: copy(OFFSET.wrappedKey, WRAPPED_KEY_BYTES),
    bodyIv: copy(OFFSET.bodyIv, IV_BYTES),
  };
}

function exactly(bytes: Uint8Array, length: number): Uint8Array {
  if (bytes.length !== length) throw new Error(`expected ${length} bytes, got ${bytes.length}`);
  return bytes;
}

/** "carebinder-backup-2026-12-01.carebinder": says what it is and when, never whose. */
export function backupFileName(today: Date, kind: 'full' | 'hand-over' = 'full'): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const date = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  return `carebinder-${kind === 'full' ? 'backup' : 'hand-over'}-${date}.${BACKUP_FILE_EXTENSION}`;
}
