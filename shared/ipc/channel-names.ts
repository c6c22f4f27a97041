/**
 * Names of every IPC channel. Kept free of zod (and of any import) because the sandboxed
 * preload bundles this file and may only `require('electron')` at run time.
 */

/** Renderer → main requests (ipcRenderer.invoke / ipcMain.handle). */
export const INVOKE_CHANNELS = {
  fileSave: 'file:save',
  windowPrint: 'window:print',
} as const;

/** Main → renderer events (webContents.send / ipcRenderer.on). Carry no payload. */
export const EVENT_CHANNELS = {
  lockRequested: 'vault:lock-requested',
} as const;

export type InvokeChannel = (typeof INVOKE_CHANNELS)[keyof typeof INVOKE_CHANNELS];
export type EventChannel = (typeof EVENT_CHANNELS)[keyof typeof EVENT_CHANNELS];
