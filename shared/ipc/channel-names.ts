/**
 * Names of every IPC channel. Kept free of zod (and of any import) because the sandboxed
 * preload bundles this file and may only `require('electron')` at run time.
 */

/** Renderer → main requests (ipcRenderer.invoke / ipcMain.handle). */
export const INVOKE_CHANNELS = {
  fileSave: 'file:save',
  windowPrint: 'window:print',
  keychainStatus: 'keychain:status',
  keychainRemember: 'keychain:remember',
  keychainRecall: 'keychain:recall',
  keychainForget: 'keychain:forget',
} as const;

/** Main → renderer events (webContents.send / ipcRenderer.on). Carry no payload. */
export const EVENT_CHANNELS = {
  lockRequested: 'vault:lock-requested',
} as const;

/**
 * File menu commands the page carries out (main → renderer, no payload). One channel each, so
 * nothing the main process sends is ever parsed.
 */
export const MENU_COMMAND_CHANNELS = {
  import: 'menu:import',
  print: 'menu:print',
  exportBackup: 'menu:export-backup',
  restoreBackup: 'menu:restore-backup',
} as const;
export type MenuCommand = keyof typeof MENU_COMMAND_CHANNELS;
export const MENU_COMMANDS = Object.keys(MENU_COMMAND_CHANNELS) as MenuCommand[];

export type InvokeChannel = (typeof INVOKE_CHANNELS)[keyof typeof INVOKE_CHANNELS];
export type EventChannel = (typeof EVENT_CHANNELS)[keyof typeof EVENT_CHANNELS];
