import { describe, expect, it, vi } from 'vitest';
import { createElectronPlatform, PrintFailedError } from '../../../renderer/src/platform/electron';
import type { CareBinderPreloadApi } from '../../../shared/ipc';

function api(replies: { save?: unknown; print?: unknown; keychain?: unknown } = {}): CareBinderPreloadApi {
  return {
    saveFile: vi.fn(async () => replies.save),
    printPage: vi.fn(async () => replies.print),
    onLockRequested: vi.fn(() => () => undefined),
    onMenuCommand: vi.fn(() => () => undefined),
    keychainStatus: vi.fn(async () => replies.keychain),
    rememberDeviceSecret: vi.fn(async () => replies.keychain),
    recallDeviceSecret: vi.fn(async () => replies.keychain),
    forgetDeviceSecret: vi.fn(async () => replies.keychain),
  };
}

const request = { suggestedName: 'a.pdf', data: new Uint8Array([1]), mimeType: 'application/pdf' };

describe('createElectronPlatform', () => {
  it('is the electron platform', () => {
    expect(createElectronPlatform(api()).kind).toBe('electron');
  });

  it('returns the result main reports', async () => {
    const saved = createElectronPlatform(api({ save: { ok: true, value: { saved: true } } }));
    await expect(saved.saveFile(request)).resolves.toEqual({ saved: true });
    const cancelled = createElectronPlatform(api({ save: { ok: true, value: { saved: false, reason: 'cancelled' } } }));
    await expect(cancelled.saveFile(request)).resolves.toEqual({ saved: false, reason: 'cancelled' });
  });

  it('treats an IPC error, a malformed reply or a rejected call as a failed save', async () => {
    for (const save of [{ ok: false, error: { code: 'invalid-input', message: 'x' } }, { ok: true, value: { saved: 'yes' } }, undefined]) {
      await expect(createElectronPlatform(api({ save })).saveFile(request)).resolves.toEqual({ saved: false, reason: 'failed' });
    }
    const rejecting: CareBinderPreloadApi = { ...api(), saveFile: () => Promise.reject(new Error('no handler')) };
    await expect(createElectronPlatform(rejecting).saveFile(request)).resolves.toEqual({ saved: false, reason: 'failed' });
  });

  it('resolves when printed or cancelled, rejects when printing failed', async () => {
    await expect(createElectronPlatform(api({ print: { ok: true, value: { printed: true } } })).printPage()).resolves.toBeUndefined();
    await expect(
      createElectronPlatform(api({ print: { ok: true, value: { printed: false, reason: 'cancelled' } } })).printPage(),
    ).resolves.toBeUndefined();
    await expect(
      createElectronPlatform(api({ print: { ok: true, value: { printed: false, reason: 'failed' } } })).printPage(),
    ).rejects.toBeInstanceOf(PrintFailedError);
    await expect(createElectronPlatform(api({ print: 'garbage' })).printPage()).rejects.toBeInstanceOf(PrintFailedError);
  });

  it('passes lock subscriptions through', () => {
    const preload = api();
    const listener = (): void => undefined;
    createElectronPlatform(preload).onLockRequested(listener);
    expect(preload.onLockRequested).toHaveBeenCalledWith(listener);
    createElectronPlatform(preload).onMenuCommand(listener);
    expect(preload.onMenuCommand).toHaveBeenCalledWith(listener);
  });

  it('treats any doubtful keychain reply as no keychain and no secret', async () => {
    for (const reply of [undefined, { ok: false, error: { code: 'internal', message: 'x' } }, { ok: true, value: { available: 'yes' } }]) {
      const keychain = createElectronPlatform(api({ keychain: reply })).keychain;
      expect(await keychain.isAvailable()).toBe(false);
      expect(await keychain.remember(new Uint8Array(32))).toBe(false);
      expect(await keychain.recall()).toMatchObject({ found: false });
    }
    const secret = new Uint8Array(32).fill(7);
    const found = createElectronPlatform(api({ keychain: { ok: true, value: { found: true, secret } } })).keychain;
    expect(await found.recall()).toEqual({ found: true, secret });
    const available = createElectronPlatform(api({ keychain: { ok: true, value: { available: true } } })).keychain;
    expect(await available.isAvailable()).toBe(true);
  });
});
