import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/channel-names';

/**
 * The menu labels no Electron role provides; they come from resources/locales
 * (menu-labels.ts). Roles (File, Edit, View, Help, Quit, zoom…) get Electron's own labels.
 */
export interface MenuLabels {
  lock: string;
  import: string;
  print: string;
  exportBackup: string;
  restoreBackup: string;
}


export const LOCK_ACCELERATOR = 'CmdOrCtrl+Shift+L';

export interface MenuOptions {
  isMac: boolean;
  /** DevTools and reload only in development builds. */
  isPackaged: boolean;
  labels: MenuLabels;
  /** File › Lock: asks the renderer to lock the vault. */
  onLock(): void;
  /** File › Import…, Print…, Export backup…, Restore backup…: carried out by the page. */
  onCommand(command: MenuCommand): void;
}

/** Shortcuts people know from other apps: Open (for Import) and Print. */
export const COMMAND_ACCELERATORS: Partial<Record<MenuCommand, string>> = {
  import: 'CmdOrCtrl+O',
  print: 'CmdOrCtrl+P',
};

/**
 * File (Import…, Print…, Export backup…, Restore backup…, Lock, Quit), Edit, View (zoom, full
 * screen), Help (About); macOS adds its app menu.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const command = (id: MenuCommand): MenuItemConstructorOptions => ({
    id,
    label: options.labels[id],
    ...(COMMAND_ACCELERATORS[id] === undefined ? {} : { accelerator: COMMAND_ACCELERATORS[id] }),
    click: () => options.onCommand(id),
  });
  const fileItems: MenuItemConstructorOptions[] = [
    command('import'),
    command('print'),
    { type: 'separator' },
    command('exportBackup'),
    command('restoreBackup'),
    { type: 'separator' },
  ];
  const lock: MenuItemConstructorOptions = {
    id: 'lock',
    label: options.labels.lock,
    accelerator: LOCK_ACCELERATOR,
    click: () => options.onLock(),
  };
  const developerItems: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }];

  return [
    ...(options.isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      role: 'fileMenu',
      // On macOS Quit lives in the app menu.
      submenu: options.isMac ? [...fileItems, lock] : [...fileItems, lock, { type: 'separator' }, { role: 'quit' }],
    },
    { role: 'editMenu' },
    {
      role: 'viewMenu',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...developerItems,
      ],
    },
    { role: 'help', submenu: [{ role: 'about' }] },
  ];
}
