import { describe, expect, it, vi } from 'vitest';
import { registerIpcRoutes } from '../../../electron/main/ipc-routes';
import type { IpcRoutes } from '../../../electron/main/ipc-routes';
import {
  EVENT_CHANNELS,
  fileSaveInputSchema,
  fileSaveReplySchema,
  INVOKE_CHANNELS,
  IPC_CONTRACT,
  printReplySchema,
} from '../../../shared/ipc';
import { recordingLogger } from './helpers';

const valid = { suggestedName: 'medications-2024-05.pdf', data: new Uint8Array([1, 2]), mimeType: 'application/pdf' };

describe('IPC contract', () => {
  it('names every channel with a namespace and gives each a schema', () => {
    for (const channel of Object.values(INVOKE_CHANNELS)) {
      expect(channel).toMatch(/^[a-z]+:[a-z-]+$/);
      expect(IPC_CONTRACT[channel].input).toBeDefined();
      expect(IPC_CONTRACT[channel].output).toBeDefined();
    }
    expect(Object.keys(IPC_CONTRACT).sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    expect(EVENT_CHANNELS.lockRequested).toBe('vault:lock-requested');
  });

  it('accepts a file name with text or bytes', () => {
    expect(fileSaveInputSchema.safeParse(valid).success).toBe(true);
    expect(fileSaveInputSchema.safeParse({ ...valid, data: 'BEGIN:VCALENDAR' }).success).toBe(true);
    expect(fileSaveInputSchema.safeParse({ ...valid, data: Buffer.from('x') }).success).toBe(true);
  });

  it.each([
    '../escape.pdf',
    'folder/file.pdf',
    'folder\\file.pdf',
    'C:file.pdf',
    'name\u0000.pdf',
    'line\nbreak.pdf',
    '..',
    '.',
    '',
    ' padded.pdf',
    'a'.repeat(201),
    'what?.pdf',
  ])('refuses the suggested name %j', (suggestedName) => {
    expect(fileSaveInputSchema.safeParse({ ...valid, suggestedName }).success).toBe(false);
  });

  it('refuses other data types, odd MIME types and extra keys', () => {
    expect(fileSaveInputSchema.safeParse({ ...valid, data: [1, 2] }).success).toBe(false);
    expect(fileSaveInputSchema.safeParse({ ...valid, data: new ArrayBuffer(2) }).success).toBe(false);
    expect(fileSaveInputSchema.safeParse({ ...valid, mimeType: 'pdf' }).success).toBe(false);
    expect(fileSaveInputSchema.safeParse({ ...valid, mimeType: 'text/plain; charset=utf-8' }).success).toBe(false);
    expect(fileSaveInputSchema.safeParse({ ...valid, path: '/etc/passwd' }).success).toBe(false);
  });

  it('checks replies as the renderer receives them', () => {
    expect(fileSaveReplySchema.safeParse({ ok: true, value: { saved: true } }).success).toBe(true);
    expect(fileSaveReplySchema.safeParse({ ok: true, value: { saved: false, reason: 'cancelled' } }).success).toBe(true);
    expect(fileSaveReplySchema.safeParse({ ok: true, value: { saved: 'yes' } }).success).toBe(false);
    expect(printReplySchema.safeParse({ ok: false, error: { code: 'internal', message: 'x' } }).success).toBe(true);
    expect(printReplySchema.safeParse({ ok: false, error: { code: 'other', message: 'x' } }).success).toBe(false);
  });
});

describe('registerIpcRoutes', () => {
  it('registers every channel of the contract, each behind validation and the sender check', async () => {
    const listeners = new Map<string, (event: { trusted: boolean }, ...args: unknown[]) => Promise<unknown>>();
    const routes: IpcRoutes<{ trusted: boolean }> = {
      'file:save': vi.fn(async () => ({ saved: true as const })),
      'window:print': vi.fn(async () => ({ printed: true as const })),
      'keychain:status': vi.fn(async () => ({ available: true })),
      'keychain:remember': vi.fn(async () => ({ remembered: true })),
      'keychain:recall': vi.fn(async () => ({ found: false as const, reason: 'none' as const })),
      'keychain:forget': vi.fn(async () => ({ forgotten: true as const })),
    };
    registerIpcRoutes(
      { handle: (channel, listener) => void listeners.set(channel, listener) },
      routes,
      (event) => event.trusted,
      recordingLogger().log,
    );
    expect([...listeners.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());

    const save = listeners.get('file:save');
    await expect(save?.({ trusted: true }, valid)).resolves.toEqual({ ok: true, value: { saved: true } });
    await expect(save?.({ trusted: true }, { ...valid, suggestedName: '../x' })).resolves.toMatchObject({ ok: false });
    await expect(save?.({ trusted: false }, valid)).resolves.toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(routes['file:save']).toHaveBeenCalledOnce();

    const print = listeners.get('window:print');
    await expect(print?.({ trusted: true })).resolves.toEqual({ ok: true, value: { printed: true } });
    await expect(print?.({ trusted: true }, 'unexpected')).resolves.toMatchObject({ ok: false });

    // The keychain takes exactly the vault's 32-byte device secret, nothing else.
    const remember = listeners.get('keychain:remember');
    await expect(remember?.({ trusted: true }, { secret: new Uint8Array(32) })).resolves.toEqual({ ok: true, value: { remembered: true } });
    await expect(remember?.({ trusted: true }, { secret: new Uint8Array(8) })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await expect(remember?.({ trusted: true }, { secret: 'text' })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await expect(listeners.get('keychain:recall')?.({ trusted: false })).resolves.toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(routes['keychain:recall']).not.toHaveBeenCalled();
  });
});
