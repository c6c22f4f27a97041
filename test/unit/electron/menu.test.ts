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
    const template = buildMenuTemplate({ isMac: false, isPackaged: true, labels: DEFAULT_MENU_LABELS, onLock });
    expect(template.map((item) => item.role)).toEqual(['fileMenu', 'editMenu', 'viewMenu', 'help']);
    const lock = flatten(template).find((item) => item.id === 'lock');
    expect(lock?.accelerator).toBe(LOCK_ACCELERATOR);
    expect(LOCK_ACCELERATOR).toBe('CmdOrCtrl+Shift+L');
    lock?.click?.({} as never, undefined, {} as never);
    expect(onLock).toHaveBeenCalledOnce();
    expect(roles(template)).toEqual(expect.arrayContaining(['quit', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'about']));
  });

  it('offers DevTools and reload only in development', () => {
    const packaged = buildMenuTemplate({ isMac: false, isPackaged: true, labels: DEFAULT_MENU_LABELS, onLock: () => undefined });
    expect(roles(packaged)).not.toContain('toggleDevTools');
    expect(roles(packaged)).not.toContain('reload');
    const dev = buildMenuTemplate({ isMac: false, isPackaged: false, labels: DEFAULT_MENU_LABELS, onLock: () => undefined });
    expect(roles(dev)).toContain('toggleDevTools');
  });

  it('puts the app menu first on macOS', () => {
    const mac = buildMenuTemplate({ isMac: true, isPackaged: true, labels: DEFAULT_MENU_LABELS, onLock: () => undefined });
    expect(mac[0]?.role).toBe('appMenu');
  });
});

describe('menuLabelsFor', () => {
  it('uses the first system language that has a locale file, else English', () => {
    expect(menuLabelsFor(['es-MX', 'en-US']).lock).toBe('Bloquear');
    expect(menuLabelsFor(['fr-FR', 'es-ES']).lock).toBe('Bloquear');
    expect(menuLabelsFor(['fr-FR']).lock).toBe('Lock');
    expect(menuLabelsFor([]).lock).toBe('Lock');
  });
});
