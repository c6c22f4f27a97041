import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, LOCK_ACCELERATOR } from '../../../electron/main/menu';
import { menuLabelsFor } from '../../../electron/main/menu-labels';

const DEFAULT_MENU_LABELS = menuLabelsFor(['en-US']);

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  flatten(items).flatMap((item) => (item.role === undefined ? [] : [item.role]));

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help, with Lock on CmdOrCtrl+Shift+L', () => {
    const onLock = vi.fn();
    const template = buildMenuTemplate({ isMac: false, isPackaged: true, labels: DEFAULT_MENU_LABELS, onLock, onCommand: () => undefined });
    expect(template.map((item) => item.role)).toEqual(['fileMenu', 'editMenu', 'viewMenu', 'help']);
    const lock = flatten(template).find((item) => item.id === 'lock');
    expect(lock?.accelerator).toBe(LOCK_ACCELERATOR);
    expect(LOCK_ACCELERATOR).toBe('CmdOrCtrl+Shift+L');
    lock?.click?.({} as never, undefined, {} as never);
    expect(onLock).toHaveBeenCalledOnce();
    expect(roles(template)).toEqual(expect.arrayContaining(['quit', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'about']));
  });

  it('offers DevTools and reload only in development', () => {
    const packaged = buildMenuTemplate({ isMac: false, isPackaged: true, labels: DEFAULT_MENU_LABELS, onLock: () => undefined, onCommand: () => undefined });
    expect(roles(packaged)).not.toContain('toggleDevTools');
    expect(roles(packaged)).not.toContain('reload');
    const dev = buildMenuTemplate({ isMac: false, isPackaged: false, labels: DEFAULT_MENU_LABELS, onLock: () => undefined, onCommand: () => undefined });
    expect(roles(dev)).toContain('toggleDevTools');
  });

  it('puts the app menu first on macOS', () => {
    const mac = buildMenuTemplate({ isMac: true, isPackaged: true, labels: DEFAULT_MENU_LABELS, onLock: () => undefined, onCommand: () => undefined });
    expect(mac[0]?.role).toBe('appMenu');
  });
});

describe('File menu commands', () => {
  it('lists Import…, Print…, Export backup…, Restore backup… before Lock, each handing its command to the page', () => {
    const onCommand = vi.fn();
    const template = buildMenuTemplate({ isMac: false, isPackaged: true, labels: DEFAULT_MENU_LABELS, onLock: () => undefined, onCommand });
    const file = template[0]?.submenu as MenuItemConstructorOptions[];
    expect(file.filter((item) => item.id !== undefined).map((item) => item.id)).toEqual(['import', 'print', 'exportBackup', 'restoreBackup', 'lock']);
    expect(file.map((item) => item.label).filter(Boolean)).toEqual(['Import from a patient portal…', 'Print…', 'Export backup…', 'Restore backup…', 'Lock']);
    for (const item of file) if (item.id !== undefined && item.id !== 'lock') item.click?.({} as never, undefined, {} as never);
    expect(onCommand.mock.calls).toEqual([['import'], ['print'], ['exportBackup'], ['restoreBackup']]);
    expect(file.find((item) => item.id === 'import')?.accelerator).toBe('CmdOrCtrl+O');
    expect(file.find((item) => item.id === 'print')?.accelerator).toBe('CmdOrCtrl+P');
  });

  it('sends a command to the focused window only, or to the first open one', async () => {
    const { sendMenuCommand } = await import('../../../electron/main/lock-requests');
    const fakeWindow = () => {
      const send = vi.fn();
      return { send, window: { isDestroyed: () => false, webContents: { send, isDestroyed: () => false } } };
    };
    const a = fakeWindow();
    const b = fakeWindow();
    sendMenuCommand('print', b.window, [a.window, b.window]);
    expect(b.send).toHaveBeenCalledExactlyOnceWith('menu:print');
    expect(a.send).not.toHaveBeenCalled();
    sendMenuCommand('import', null, [a.window, b.window]);
    expect(a.send).toHaveBeenCalledExactlyOnceWith('menu:import');
  });
});

describe('menuLabelsFor', () => {
  it('uses the first system language that has a locale file, else English', () => {
    expect(menuLabelsFor(['es-MX', 'en-US']).lock).toBe('Bloquear');
    expect(menuLabelsFor(['fr-FR', 'es-ES']).lock).toBe('Bloquear');
    expect(menuLabelsFor(['fr-FR']).lock).toBe('Lock');
    expect(menuLabelsFor([]).lock).toBe('Lock');
    expect(menuLabelsFor(['es-ES']).exportBackup).toBe('Exportar copia de seguridad…');
  });
});
