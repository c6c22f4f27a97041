/**
 * Version numbers of the vault's stored format. A vault whose stored format is newer
 * than these is refused and never written to (SECURITY.md #6).
 */

/** Format of one encrypted row: AES-256-GCM, 96-bit IV, AAD "carebinder|v<version>|<table>|<id>". */
export const RECORD_FORMAT_VERSION = 1;

/** Format of the key ring (how the data key is wrapped). */
export const KEYRING_FORMAT_VERSION = 1;

/** IndexedDB schema version; every version ever shipped stays declared in database.ts. */
export const DATABASE_SCHEMA_VERSION = 2;

export const DATABASE_NAME = 'carebinder-vault';
