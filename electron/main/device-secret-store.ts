import type { IpcOutput } from '../../shared/ipc/contract';
import { keychainStatus, recallSecret, rememberSecret, type SafeStorageLike } from './keychain';

/** Where the encrypted device secret lives and how it is read and written (fakes in tests). */
export interface DeviceSecretFile {
  read(): Promise<string | null>;
  /** Atomic: the previous file stays whole if writing fails. */
  write(text: string): Promise<void>;
  remove(): Promise<void>;
}

export interface DeviceSecretStoreOptions {
  safeStorage: SafeStorageLike;
  platform: NodeJS.Platform;
  file: DeviceSecretFile;
}

/**
 * The four keychain requests the page may make. The secret is handed back at most once per
 * launch: it opens the app when it starts; after a lock the passphrase is needed again, so
 * the idle lock keeps its meaning on a remembered device.
 */
export function createDeviceSecretStore(options: DeviceSecretStoreOptions) {
  const { safeStorage, platform, file } = options;
  let recalled = false;
  return {
    status: async (): Promise<IpcOutput<'keychain:status'>> => ({ available: keychainStatus(safeStorage, platform).available }),

    remember: async (secret: Uint8Array): Promise<IpcOutput<'keychain:remember'>> => {
      const remembered = rememberSecret(safeStorage, platform, secret);
      if (remembered === null) return { remembered: false };
      await file.write(JSON.stringify(remembered));
      return { remembered: true };
    },

    recall: async (): Promise<IpcOutput<'keychain:recall'>> => {
      if (recalled) return { found: false, reason: 'none' };
      recalled = true;
      const text = await file.read();
      let stored: unknown = null;
      if (text !== null) {
        try {
          stored = JSON.parse(text);
        } catch {
          stored = 'unreadable';
        }
      }
      const result = recallSecret(safeStorage, platform, stored);
      if (result.ok) return { found: true, secret: result.secret };
      // A secret the keychain can no longer open is of no use: drop it, the passphrase re-remembers.
      if (result.reason !== 'none') await file.remove();
      return { found: false, reason: result.reason };
    },

    forget: async (): Promise<IpcOutput<'keychain:forget'>> => {
      await file.remove();
      return { forgotten: true };
    },
  };
}
