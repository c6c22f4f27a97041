import type { MenuItemConstructorOptions } from 'electron';

/**
 * The only menu label that no Electron role provides; it comes from resources/locales
 * (menu-labels.ts). Roles (File, Edit, View, Help, Quit, zoom…) get Electron's own labels.
 */
export interface MenuLabels {
  lock: string;
}


export const LOCK_ACCELERATOR = 'CmdOrCtrl+Shift+L';

export interface MenuOptions {
  isMac: boolean;
  /** DevTools and reload only in development builds. */
  isPackaged: boolean;
  labels: MenuLabels;
  /** File › Lock: asks the renderer to lock the vault. */
  onLock(): void;
}

/** File (Lock, Quit), Edit, View (zoom, full screen), Help (About); macOS adds its app menu. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
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
      submenu: options.isMac ? [lock] : [lock, { type: 'separator' }, { role: 'quit' }],
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
