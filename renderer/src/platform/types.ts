import type { MenuCommand } from '../../../shared/ipc/channel-names';

/**
 * The platform bridge: the only way the renderer reaches the operating system.
 * Two implementations exist — Electron (through the preload API) and the web
 * (downloads and window.print) — so the same renderer runs in both.
 */
export interface SaveFileRequest {
  /** Suggested file name; never carries health data (SECURITY.md #17). */
  suggestedName: string;
  /** File content; text is written as UTF-8. */
  data: string | Uint8Array;
  mimeType: string;
}

export interface PrintPdfRequest {
  data: Uint8Array;
  /** The print job's title; never carries health data. */
  title: string;
}

export type SaveFileResult = { saved: true } | { saved: false; reason: 'cancelled' | 'failed' };

export type KeychainRecall =
  | { found: true; secret: Uint8Array<ArrayBuffer> }
  | { found: false; reason: 'none' | 'keychain-changed' | 'unreadable' };

/**
 * "Remember on this device": the OS keychain keeps the secret that opens the vault. Only the
 * desktop app with a real keychain has one; elsewhere it is never available.
 */
export interface DeviceKeychain {
  isAvailable(): Promise<boolean>;
  remember(secret: Uint8Array<ArrayBuffer>): Promise<boolean>;
  /** Answers the secret at most once per launch. */
  recall(): Promise<KeychainRecall>;
  forget(): Promise<void>;
}

export interface Platform {
  readonly kind: 'electron' | 'web';
  /** Ask the user where to save a file and write it there. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Hand a finished PDF to the system print dialog. */
  printPdf(request: PrintPdfRequest): Promise<void>;
  /** Open the system print dialog for the current page. */
  printPage(): Promise<void>;
  /**
   * Called when the operating system or the application menu asks the vault to lock
   * (screen locked, computer suspended, File › Lock). Returns an unsubscribe function.
   */
  onLockRequested(listener: () => void): () => void;
  readonly keychain: DeviceKeychain;
  /** File menu commands (desktop only). Returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
