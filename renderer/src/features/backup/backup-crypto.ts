import type { BackupContents } from '../../../../shared/backup/contents';
import { openBackup, sealBackup } from '../../../../shared/backup/seal';
import { deriveInWorker } from '../../vault/derive-in-worker';

/** Seals and opens `.carebinder` files with Argon2id running in the KDF Worker, off the main thread. */
export function sealInWorker(contents: BackupContents, passphrase: string): Promise<Uint8Array<ArrayBuffer>> {
  return sealBackup(contents, passphrase, { deriveKeyBytes: deriveInWorker });
}

export function openInWorker(bytes: Uint8Array, passphrase: string): Promise<BackupContents> {
  return openBackup(bytes, passphrase, { deriveKeyBytes: deriveInWorker });
}
