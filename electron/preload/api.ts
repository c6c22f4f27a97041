import { EVENT_CHANNELS, INVOKE_CHANNELS, MENU_COMMAND_CHANNELS, MENU_COMMANDS } from '../../shared/ipc/channel-names';
import type { CareBinderPreloadApi } from '../../shared/ipc/preload-api';

/** The parts of Electron's ipcRenderer the API uses (a fake in tests). */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: () => void): unknown;
  removeListener(channel: string, listener: () => void): unknown;
}

/**
 * Builds the API exposed to the page. Each function is bound to one channel, so the page
 * cannot pick a channel; the IpcRendererEvent is never handed to page code (it would give
 * access to ipcRenderer). Main validates every argument, so none is checked twice here.
 */
export function createPreloadApi(ipcRenderer: IpcRendererLike): CareBinderPreloadApi {
  return {
    saveFile: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.fileSave, request),
    printPage: () => ipcRenderer.invoke(INVOKE_CHANNELS.windowPrint),
    keychainStatus: () => ipcRenderer.invoke(INVOKE_CHANNELS.keychainStatus),
    rememberDeviceSecret: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.keychainRemember, request),
    recallDeviceSecret: () => ipcRenderer.invoke(INVOKE_CHANNELS.keychainRecall),
    forgetDeviceSecret: () => ipcRenderer.invoke(INVOKE_CHANNELS.keychainForget),
    onLockRequested: (listener) => {
      const forward = (): void => listener();
      ipcRenderer.on(EVENT_CHANNELS.lockRequested, forward);
      return () => {
        ipcRenderer.removeListener(EVENT_CHANNELS.lockRequested, forward);
      };
    },
    onMenuCommand: (listener) => {
      const forwards = MENU_COMMANDS.map((command) => {
        const forward = (): void => listener(command);
        ipcRenderer.on(MENU_COMMAND_CHANNELS[command], forward);
        return [MENU_COMMAND_CHANNELS[command], forward] as const;
      });
      return () => {
        for (const [channel, forward] of forwards) ipcRenderer.removeListener(channel, forward);
      };
    },
  };
}
