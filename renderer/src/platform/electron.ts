import {
  fileSaveReplySchema,
  keychainForgetReplySchema,
  keychainRecallReplySchema,
  keychainRememberReplySchema,
  keychainStatusReplySchema,
  printReplySchema,
} from '../../../shared/ipc';
import type { CareBinderPreloadApi } from '../../../shared/ipc';
import type { Platform } from './types';

/** Thrown by printPage when printing failed (not when the user cancelled). */
export class PrintFailedError extends Error {
  override readonly name = 'PrintFailedError';
  constructor(readonly code: string) {
    super(`printing failed: ${code}`);
  }
}

/**
 * The Electron bridge, on top of the preload API (window.carebinder). Every reply from the
 * main process is checked against the IPC contract before it is used; a reply that does not
 * match (or an IPC call that rejects) counts as a failure, never as a success.
 */
export function createElectronPlatform(api: CareBinderPreloadApi): Platform {
  return {
    kind: 'electron',
    saveFile: async ({ suggestedName, data, mimeType }) => {
      const reply = fileSaveReplySchema.safeParse(
        await api.saveFile({ suggestedName, data, mimeType }).catch(() => undefined),
      );
      if (!reply.success || !reply.data.ok) return { saved: false, reason: 'failed' };
      return reply.data.value;
    },
    printPdf: async () => {
      throw new PrintFailedError('not-available');
    },
    printPage: async () => {
      const reply = printReplySchema.safeParse(await api.printPage().catch(() => undefined));
      if (!reply.success) throw new PrintFailedError('invalid-reply');
      if (!reply.data.ok) throw new PrintFailedError(reply.data.error.code);
      const result = reply.data.value;
      // A cancelled dialog is the user's choice, not an error.
      if (!result.printed && result.reason === 'failed') throw new PrintFailedError('failed');
    },
    onLockRequested: (listener) => api.onLockRequested(listener),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    keychain: {
      // Any failure counts as "no keychain": the passphrase always works.
      isAvailable: async () => {
        const reply = keychainStatusReplySchema.safeParse(await api.keychainStatus().catch(() => undefined));
        return reply.success && reply.data.ok && reply.data.value.available;
      },
      remember: async (secret) => {
        const reply = keychainRememberReplySchema.safeParse(await api.rememberDeviceSecret({ secret }).catch(() => undefined));
        return reply.success && reply.data.ok && reply.data.value.remembered;
      },
      recall: async () => {
        const reply = keychainRecallReplySchema.safeParse(await api.recallDeviceSecret().catch(() => undefined));
        if (!reply.success || !reply.data.ok) return { found: false, reason: 'unreadable' };
        const value = reply.data.value;
        return value.found ? { found: true, secret: new Uint8Array(value.secret) } : value;
      },
      forget: async () => {
        keychainForgetReplySchema.safeParse(await api.forgetDeviceSecret().catch(() => undefined));
      },
    },
  };
}
