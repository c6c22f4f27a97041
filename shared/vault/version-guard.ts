import { VaultError } from './errors';
import { DATABASE_SCHEMA_VERSION } from './format';

/** Dexie stores its schema version multiplied by 10 as the native IndexedDB version. */
const NATIVE_VERSION = DATABASE_SCHEMA_VERSION * 10;

/**
 * Looks at the database before Dexie opens it. Dexie 4 opens a database from a newer
 * app and quietly "repairs" its schema; a vault from the future must be refused and left
 * exactly as it is (SECURITY.md #6), so we check the native version first, read-only.
 */
export async function assertNotFromNewerVersion(name: string, factory: IDBFactory = globalThis.indexedDB): Promise<void> {
  const version = await new Promise<number>((resolve, reject) => {
    const request = factory.open(name);
    request.onsuccess = () => {
      const found = request.result.version;
      request.result.close();
      resolve(found);
    };
    request.onerror = () => reject(new VaultError('storage', 'could not inspect the vault database'));
    request.onblocked = () => reject(new VaultError('storage', 'vault database blocked'));
  });
  if (version > NATIVE_VERSION) {
    throw new VaultError('newer-version', `database schema ${version / 10}`);
  }
}
