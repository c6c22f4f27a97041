import { describe, expect, it, vi } from 'vitest';
import { createPreloadApi } from '../../../electron/preload/api';
import type { IpcRendererLike } from '../../../electron/preload/api';

function fakeIpcRenderer() {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const ipc = {
    invoke: vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => ({ ok: true, value: null })),
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
      listeners.get(channel)?.delete(listener);
    },
    emit: (channel: string, ...args: unknown[]) => listeners.get(channel)?.forEach((l) => l(...args)),
  } satisfies IpcRendererLike & { emit: unknown };
  return ipc;
}

describe('preload API', () => {
  it('exposes exactly its named functions', () => {
    const api = createPreloadApi(fakeIpcRenderer());
    expect(Object.keys(api).sort()).toEqual(['forgetDeviceSecret', 'keychainStatus', 'onLockRequested', 'onMenuCommand', 'printPage', 'recallDeviceSecret', 'rememberDeviceSecret', 'saveFile']);
  });

  it('binds each function to its own channel', async () => {
    const ipc = fakeIpcRenderer();
    const api = createPreloadApi(ipc);
    const request = { suggestedName: 'a.pdf', data: 'x', mimeType: 'application/pdf' };
    await api.saveFile(request);
    await api.printPage();
    expect(ipc.invoke.mock.calls).toEqual([['file:save', request], ['window:print']]);
  });

  it('relays lock requests without handing over the IPC event, until unsubscribed', () => {
    const ipc = fakeIpcRenderer();
    const api = createPreloadApi(ipc);
    const listener = vi.fn();
    const unsubscribe = api.onLockRequested(listener);
    ipc.emit('vault:lock-requested', { sender: 'ipcRenderer' });
    expect(listener).toHaveBeenCalledExactlyOnceWith();
    unsubscribe();
    ipc.emit('vault:lock-requested', {});
    expect(listener).toHaveBeenCalledOnce();
  });

  it('relays each File menu command by its own channel, without the IPC event', () => {
    const ipc = fakeIpcRenderer();
    const api = createPreloadApi(ipc);
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    ipc.emit('menu:import', { sender: 'ipcRenderer' });
    ipc.emit('menu:print');
    ipc.emit('menu:export-backup');
    ipc.emit('menu:restore-backup');
    expect(listener.mock.calls).toEqual([['import'], ['print'], ['exportBackup'], ['restoreBackup']]);
    unsubscribe();
    ipc.emit('menu:import');
    expect(listener).toHaveBeenCalledTimes(4);
  });
});
