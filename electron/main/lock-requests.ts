import { EVENT_CHANNELS, MENU_COMMAND_CHANNELS, type MenuCommand } from '../../shared/ipc/channel-names';

export interface LockTarget {
  readonly webContents: { send(channel: string): void; isDestroyed(): boolean };
  isDestroyed(): boolean;
}

/** Asks every open window's renderer to lock the vault (it drops keys and decrypted data). */
export function requestLock(windows: Iterable<LockTarget>): void {
  for (const window of windows) {
    if (window.isDestroyed() || window.webContents.isDestroyed()) continue;
    window.webContents.send(EVENT_CHANNELS.lockRequested);
  }
}

/** Hands a File menu command to the window the user is working in (the first open one otherwise). */
export function sendMenuCommand(command: MenuCommand, focused: LockTarget | null, windows: Iterable<LockTarget>): void {
  const target = focused ?? [...windows].find((window) => !window.isDestroyed());
  if (target === undefined || target.isDestroyed() || target.webContents.isDestroyed()) return;
  target.webContents.send(MENU_COMMAND_CHANNELS[command]);
}

export interface PowerEvents {
  on(event: 'lock-screen' | 'suspend', listener: () => void): unknown;
}

/** Lock when the screen locks or the computer sleeps (ARCHITECTURE.md, the vault). */
export function lockOnPowerEvents(powerMonitor: PowerEvents, lock: () => void): void {
  powerMonitor.on('lock-screen', lock);
  powerMonitor.on('suspend', lock);
}
