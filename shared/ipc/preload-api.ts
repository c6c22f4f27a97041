import type { MenuCommand } from './channel-names';
import type { FileSaveInput, KeychainRememberInput } from './schemas';

/**
 * The API the preload exposes as `window.carebinder`. Named functions only: the page cannot
 * choose a channel, so a compromised page can do no more than these few things.
 *
 * Replies are typed `unknown` on purpose: they are IpcResult values from the main process
 * (see IPC_CONTRACT), and the renderer checks them with fileSaveReplySchema and
 * printReplySchema instead of trusting a cast. Nothing here throws for an expected failure.
 */
export interface CareBinderPreloadApi {
  /** Ask where to save, then write atomically (main process). Reply: IpcResult<FileSaveResult>. */
  saveFile(request: FileSaveInput): Promise<unknown>;
  /** Open the system print dialog for this window. Reply: IpcResult<PrintResult>. */
  printPage(): Promise<unknown>;
  /** Lock requests from the menu or the OS (screen lock, suspend). Returns an unsubscribe function. */
  onLockRequested(listener: () => void): () => void;
  /** Whether the OS keychain is a real one. Reply: IpcResult<{ available }>. */
  keychainStatus(): Promise<unknown>;
  /** Keep the device secret in the OS keychain. Reply: IpcResult<{ remembered }>. */
  rememberDeviceSecret(request: KeychainRememberInput): Promise<unknown>;
  /** The remembered device secret, once per launch. Reply: IpcResult<KeychainRecallResult>. */
  recallDeviceSecret(): Promise<unknown>;
  /** Forget the remembered device secret. Reply: IpcResult<{ forgotten }>. */
  forgetDeviceSecret(): Promise<unknown>;
  /** File menu commands (Import…, Print…, Export backup…, Restore backup…). Returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** The global name under which the preload API is exposed. */
export const PRELOAD_API_KEY = 'carebinder';
